import { createContext, useContext } from 'react';
import type { MenuCommand } from '../../../../shared/contract/events';
import type { CommandSource } from './useCommandRunner';

export type RunCommand = (command: MenuCommand, source?: CommandSource) => void;

export const CommandContext = createContext<RunCommand>(() => undefined);

/** Runs an app command (the same one a shortcut or the desktop menu would run). */
export function useRunCommand(): RunCommand {
  return useContext(CommandContext);
}
