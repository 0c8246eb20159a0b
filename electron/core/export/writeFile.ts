import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { WorkbenchError } from '../../../shared/contract/errors';
import { fsyncDirectory } from '../util/atomicFile';

/**
 * Writes an export to a path the user chose (the desktop's save dialog): the
 * whole file or nothing. A temp file beside the target, fsync, then `link` into
 * place (fails if the target exists, so nothing is replaced by accident) or, when
 * the user confirmed replacing it, `rename` over it. A full disk or a cancelled
 * job leaves no partial file. The CLI writes through it too (`existsAdvice`
 * names its --force).
 */
export function writeExportFile(
  target: string,
  content: string | Uint8Array,
  overwrite: boolean,
  existsAdvice = 'nothing was written.',
): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o600);
  } catch (err) {
    throw fileError(err, target, existsAdvice);
  }
  try {
    for (let at = 0; at < bytes.byteLength;) at += writeSync(fd, bytes, at, bytes.byteLength - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    if (overwrite) renameSync(tmp, target);
    else linkSync(tmp, target);
    fsyncDirectory(dir);
  } catch (err) {
    // A failed write (a full disk) must not leak the descriptor: the temp file's space is only freed once closed.
    if (fd >= 0) closeSync(fd);
    throw fileError(err, target, existsAdvice);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function fileError(err: unknown, path: string, existsAdvice: string): WorkbenchError {
  const code = (err as NodeJS.ErrnoException).code;
  const name = basename(path);
  switch (code) {
    case 'EEXIST':
      return new WorkbenchError('FILE_EXISTS', `${name} already exists; ${existsAdvice}`, { path });
    case 'ENOENT':
    case 'ENOTDIR':
      return new WorkbenchError('FILE_NOT_FOUND', `The folder of ${name} does not exist.`, { path });
    case 'ENOSPC':
    case 'EDQUOT':
      return new WorkbenchError('DISK_FULL', `The disk is full: ${name} was not written.`, { path });
    case 'EISDIR':
      return new WorkbenchError('PERMISSION_DENIED', `${name} is a folder.`, { path });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new WorkbenchError('PERMISSION_DENIED', `${name} cannot be written there.`, { path });
    default:
      return new WorkbenchError('EXPORT_FAILED', `${name} could not be written: ${(err as Error).message}`, { path });
  }
}
