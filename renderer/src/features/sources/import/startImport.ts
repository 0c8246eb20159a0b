import { ui } from '../../../state/uiStore';
import { importQueue, type NewImport } from './importQueue';

/**
 * Queues files for import and shows the import dialog, unless another dialog is open:
 * a drop must not throw away what the analyst is typing in one (the status bar then
 * shows the progress, and opens the dialog on request).
 */
export function startImport(files: NewImport[]): void {
  if (!files.length) return;
  importQueue.add(files);
  const dialog = ui.get().dialog;
  if (dialog === null || dialog === 'pasteText') ui.openDialog('import');
}

export const filesToImport = (files: Iterable<File>): NewImport[] =>
  Array.from(files, (file) => ({ blob: file, name: file.name }));
