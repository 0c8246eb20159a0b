import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Core } from '../../core';
import type { ImportResult } from '../../../shared/contract/sources';
import { MAX_IMPORT_FILES, MAX_SOURCE_BYTES, type ImportFile } from '../../../shared/domain/source';
import type { ErrorCode } from '../../../shared/contract/errors';

/**
 * Files per `sources.import` call. Each call is one transaction: one commit
 * (an fsync) and one new search-index segment, which FTS5 later merges with the
 * others; calls of 50 files made a 1,000-file import spend more on its 21
 * commits than on writing the files. The first call is small, so the writing
 * (and the printed results) start at once while the parser reads on; each call
 * after it takes twice as many files, up to the most one call may carry.
 */
const FIRST_CHUNK_FILES = 50;
/** Their combined size (base64) per call, to bound memory. */
const CHUNK_BYTES = 32 * 1024 * 1024;
/**
 * Calls under way at once. While the core writes one chunk (synchronously, on
 * this thread) the parser worker is already reading the next one's files: with
 * one call at a time the worker waited for every write and the writer for
 * every parse. Two keep both busy and bound memory to two chunks.
 */
const IN_FLIGHT = 2;

export type CliImportResult = ImportResult & { path: string };

function failure(path: string, code: ErrorCode, message: string): CliImportResult {
  return { path, name: basename(path), status: 'failed', error: { code, message: `“${path}”: ${message}` } };
}

/** Reads one file for import, or says why it cannot; the core never sees paths. */
function readForImport(path: string): ImportFile | CliImportResult {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return failure(path, 'INVALID_INPUT', 'is a folder, not a file.');
    size = stat.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return failure(path, 'PERMISSION_DENIED', 'cannot be read.');
    return failure(path, 'FILE_NOT_FOUND', 'does not exist.');
  }
  // Checked before reading, so an enormous file is never loaded just to be refused.
  if (size > MAX_SOURCE_BYTES) {
    return failure(path, 'PAYLOAD_TOO_LARGE', `is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB.`);
  }
  try {
    return { name: basename(path), dataBase64: readFileSync(path).toString('base64') };
  } catch (err) {
    return failure(path, 'PERMISSION_DENIED', `cannot be read (${(err as Error).message}).`);
  }
}

function describe(r: CliImportResult): string {
  const ref = r.sourceId ? `${r.sourceId} v${r.version ?? 1}` : '';
  switch (r.status) {
    case 'imported':
      return `imported    ${ref}  ${r.path}  ${r.title ?? ''}`.trimEnd();
    case 'newVersion':
      return `new version ${ref}  ${r.path}  ${r.title ?? ''}`.trimEnd();
    case 'duplicate':
      return `duplicate   ${ref}  ${r.path}  (already in this case)`;
    case 'failed':
      return `failed      ${r.path}  ${r.error?.code}: ${r.error?.message}`;
  }
}

/**
 * `workbench import CASE FILE...`: one result per file, in the order given. A
 * file that cannot be read is a failed result like any other; exit code 1 when
 * any file failed.
 */
export async function importCommand(
  core: Core,
  casePath: string,
  paths: readonly string[],
  options: { json: boolean; asNewVersionOf?: string | undefined },
): Promise<number> {
  const opened = await core.dispatch('case.open', { path: casePath });
  if (!opened.ok) {
    if (options.json) console.log(JSON.stringify({ ok: false, error: opened.error }, null, 2));
    else console.error(`workbench: ${opened.error.code}: ${opened.error.message}`);
    return 1;
  }
  const results: CliImportResult[] = [];
  let chunk: { path: string; file: ImportFile }[] = [];
  let chunkBytes = 0;
  const emit = (r: CliImportResult) => {
    results.push(r);
    if (!options.json) (r.status === 'failed' ? console.error : console.log)(describe(r));
  };
  // Results are reported in the order the files were given: each call's (and each unreadable
  // file's) report waits for the ones before it.
  let reported: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = [];
  let chunkFiles = FIRST_CHUNK_FILES;
  const flush = async () => {
    if (!chunk.length) return;
    const batch = chunk;
    chunk = [];
    chunkBytes = 0;
    chunkFiles = Math.min(chunkFiles * 2, MAX_IMPORT_FILES);
    // Started now: the core decodes, hashes and hands the files to its parser before this call awaits anything.
    const call = core.dispatch('sources.import', {
      files: batch.map((c) => c.file),
      ...(options.asNewVersionOf ? { asNewVersionOf: options.asNewVersionOf } : {}),
    });
    reported = Promise.all([call, reported]).then(([envelope]) => {
      if (!envelope.ok) {
        for (const c of batch) emit(failure(c.path, envelope.error.code, envelope.error.message));
        return;
      }
      (envelope.value as ImportResult[]).forEach((r, i) => {
        const path = batch[i]!.path;
        const error = r.error
          ? { ...r.error, message: r.error.message.replace(`“${r.name}”`, `“${path}”`) }
          : undefined;
        emit({ ...r, ...(error ? { error } : {}), path });
      });
    });
    inFlight.push(reported);
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
  };
  for (const path of paths) {
    const read = readForImport(path);
    if ('status' in read) {
      await flush();
      reported = reported.then(() => emit(read));
      continue;
    }
    if (chunk.length >= chunkFiles || chunkBytes + read.dataBase64.length > CHUNK_BYTES) await flush();
    chunk.push({ path, file: read });
    chunkBytes += read.dataBase64.length;
  }
  await flush();
  await reported;
  if (options.json) console.log(JSON.stringify(results, null, 2));
  else {
    const count = (s: ImportResult['status']) => results.filter((r) => r.status === s).length;
    console.log(
      `${count('imported')} imported, ${count('newVersion')} new versions, ${count('duplicate')} duplicates, ${count('failed')} failed`,
    );
  }
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}
