import { createContext, useContext } from 'react';
import type { AppCommand } from './shortcuts';
import type { CommandSource } from './useCommandRunner';

export type RunCommand = (command: AppCommand, source?: CommandSource) => void;

export const CommandContext = createContext<RunCommand>(() => undefined);

/** Runs an app command (the same one a shortcut or the desktop menu would run). */
export function useRunCommand(): RunCommand {
  return useContext(CommandContext);
}
