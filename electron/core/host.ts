import { WorkbenchError } from '../../shared/contract/errors';
import type { HostMethodName, MethodOutput, ParsedInput } from '../../shared/contract';

/**
 * Door-specific capabilities (native dialogs, print to PDF, reveal in folder).
 * The Electron main process supplies real ones; other doors use the defaults,
 * which say plainly that the capability is not available there.
 */
export type HostAdapter = {
  [M in HostMethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

function unsupported(what: string): never {
  throw new WorkbenchError('NOT_SUPPORTED', `${what} is only available in the desktop app.`);
}

export const headlessHost: HostAdapter = {
  'host.capabilities': () => ({ nativeDialogs: false, printToPdf: false, revealInFolder: false }),
  'host.showOpenCaseDialog': () => unsupported('The native open dialog'),
  'host.showNewCaseDialog': () => unsupported('The native save dialog'),
  'host.showSaveExportDialog': () => unsupported('The native save dialog'),
  'host.revealInFolder': () => unsupported('Showing a file in its folder'),
};
