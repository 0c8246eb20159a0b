import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Core } from '../../core';
import { fsyncDirectory } from '../../core/util/atomicFile';
import { WorkbenchError } from '../../../shared/contract/errors';

/** Formats `workbench export` can write. W3C Web Annotations now; briefings (HTML, DOCX, STIX) come later. */
export const EXPORT_FORMATS = ['annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Writes a whole file or nothing, beside the target: a temp file, fsync, then
 * link it into place — `link` fails if the target exists, so nothing is ever
 * overwritten by accident — or, with `force`, rename over it. A crash leaves
 * the old file or the new one, never a torn one.
 */
export function writeNewFile(target: string, content: string, force: boolean): void {
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o600);
  } catch (err) {
    throw fileError(err, target);
  }
  try {
    writeSync(fd, Buffer.from(content, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    if (force) renameSync(tmp, target);
    else linkSync(tmp, target);
    fsyncDirectory(dir);
  } catch (err) {
    throw fileError(err, target);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function fileError(err: unknown, path: string): WorkbenchError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') {
    return new WorkbenchError('FILE_EXISTS', `${path} already exists; use --force to replace it.`, { path });
  }
  if (code === 'ENOENT') return new WorkbenchError('FILE_NOT_FOUND', `The folder of ${path} does not exist.`, { path });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new WorkbenchError('PERMISSION_DENIED', `${path} cannot be written here.`, { path });
  }
  return err instanceof WorkbenchError ? err : new WorkbenchError('INTERNAL', String((err as Error).message), { path });
}

/**
 * `workbench export CASE --format annotations --out FILE [--force]`: the case's
 * excerpts as one W3C Web Annotation collection (JSON-LD).
 */
export async function exportCommand(
  core: Core,
  casePath: string,
  options: { format: ExportFormat; out: string; force: boolean; json: boolean },
): Promise<number> {
  const fail = (error: { code: string; message: string }) => {
    if (options.json) console.log(JSON.stringify({ ok: false, error }, null, 2));
    else console.error(`workbench: ${error.code}: ${error.message}`);
    return 1;
  };
  const opened = await core.dispatch('case.open', { path: casePath });
  if (!opened.ok) return fail(opened.error);
  const exported = await core.dispatch('excerpts.exportAnnotations', {});
  if (!exported.ok) return fail(exported.error);
  const out = resolve(options.out);
  try {
    writeNewFile(out, `${JSON.stringify(exported.value, null, 2)}\n`, options.force);
  } catch (err) {
    if (err instanceof WorkbenchError) return fail(err.toWire());
    throw err;
  }
  const total = (exported.value as { total: number }).total;
  if (options.json) console.log(JSON.stringify({ ok: true, path: out, format: options.format, annotations: total }));
  else console.log(`Exported ${total} annotation(s) to ${out}`);
  return 0;
}
