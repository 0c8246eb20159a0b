/**
 * Case-file names and paths: finding one among command-line arguments (first
 * launch, second instance, file-manager double click) and naming a new one. Pure.
 */
import { isAbsolute, resolve } from 'node:path';

export const CASE_FILE_EXTENSION = '.wbcase';

/**
 * The last argument that names a .wbcase file, made absolute against the
 * launching process's working directory. Switches (`--foo`, `-x`) and the
 * app path are skipped; on Windows Chromium may append its own switches after
 * ours, hence "last matching", not "last".
 */
export function findCaseFileArg(argv: readonly string[], cwd: string): string | null {
  let found: string | null = null;
  for (const arg of argv) {
    if (!arg || arg.startsWith('-') || arg.includes('\0')) continue;
    if (!arg.toLowerCase().endsWith(CASE_FILE_EXTENSION)) continue;
    found = isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return found;
}

/** True when a path names a case file by its extension (used for macOS open-file). */
export function isCaseFilePath(path: string): boolean {
  return path.toLowerCase().endsWith(CASE_FILE_EXTENSION) && !path.includes('\0');
}

/** A file name from a user's title: no path separators or characters Windows forbids, with our extension. */
export function caseFileNameFor(title: string | undefined, fallback: string): string {
  const cleaned = (title ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  const name = cleaned || fallback;
  return name.toLowerCase().endsWith(CASE_FILE_EXTENSION) ? name : `${name}${CASE_FILE_EXTENSION}`;
}

/** GTK save dialogs do not add the extension the filter names; add it ourselves. */
export function withCaseExtension(path: string): string {
  return path.toLowerCase().endsWith(CASE_FILE_EXTENSION) ? path : `${path}${CASE_FILE_EXTENSION}`;
}
