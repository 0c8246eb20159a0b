/**
 * Options of the native save dialog for an export, as plain data (no runtime
 * 'electron' import) so a unit test checks them without the Electron binary.
 */
import type { SaveDialogOptions } from 'electron';

const FILTER_NAMES: Record<string, string> = {
  pdf: 'PDF',
  html: 'HTML',
  md: 'Markdown',
  docx: 'Word (DOCX)',
  'stix.json': 'STIX 2.1 (JSON)',
  json: 'JSON',
};

/** The extension the dialog filters by: its last part ("stix.json" filters by "json"). */
const filterExtension = (extension: string) => extension.split('.').at(-1) ?? extension;

export function exportSaveDialogOptions(suggestedName: string, extension: string, title?: string): SaveDialogOptions {
  // The suggested name comes from the renderer: only its last path segment is kept, so it can never
  // point the dialog at another folder.
  const name = suggestedName.split(/[\\/]/).at(-1) || `export.${extension}`;
  return {
    ...(title ? { title } : {}),
    defaultPath: name,
    filters: [{ name: FILTER_NAMES[extension] ?? extension.toUpperCase(), extensions: [filterExtension(extension)] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The chosen path with the format's extension (a user who typed "Bericht" gets "Bericht.pdf"). */
export function withExportExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`;
}
