import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { WorkbenchError } from '../../../../shared/contract/errors';
import type { ImportResult } from '../../../../shared/contract/sources';
import type { TlpMarking } from '../../../../shared/domain/markings';
import type { WorkingLanguage } from '../../../../shared/domain/scales';
import { MAX_SOURCE_BYTES, type ImportFile, type SourceType } from '../../../../shared/domain/source';
import type { Extraction } from './extract';
import { inProcessExtractor, type Extractor } from './extract/extractor';
import { importError } from './extract/importError';
import { detectLanguage } from './language';
import {
  advanceVersion,
  findSourceByUrl,
  findVersionByBlob,
  insertBlob,
  insertSource,
  insertVersion,
  nextVersionNumber,
  requireSource,
} from './repo';
import { reindex } from '../search/indexer';

/** A file after the slow, asynchronous part (decode, hash, extract), ready to be written. */
type Prepared =
  | { name: string; outcome: ImportResult }
  | {
      name: string;
      bytes: Buffer;
      sha256: string;
      extraction: Extraction & { ogType?: string };
      /** Detected here, outside the write transaction, which should hold the lock as briefly as it can. */
      language: WorkingLanguage;
    };

export interface ImportOptions {
  asNewVersionOf?: string | undefined;
  /** Marking given to new sources: the case's own, so nothing is ever less restricted than its case. */
  defaultTlp: TlpMarking;
  newSourceId: () => string;
  now?: () => number;
  maxBytes?: number;
  /** Where parsing runs; in this thread unless the door supplies a worker. */
  extractor?: Extractor;
}

function failed(name: string, err: unknown): ImportResult {
  if (err instanceof WorkbenchError) return { name, status: 'failed', error: { code: err.code, message: err.message } };
  return {
    name,
    status: 'failed',
    error: {
      code: 'INTERNAL',
      message: `“${name}”: the file could not be imported because of an internal error (${String((err as Error)?.message ?? err)}).`,
    },
  };
}

/** Decodes base64 after checking the size it will have, so an oversize file is refused before it is allocated. */
export function decodeFile(file: ImportFile, maxBytes = MAX_SOURCE_BYTES): Buffer {
  const b64 = file.dataBase64;
  // From the length alone (at most two padding characters): reading characters of a huge string costs time.
  const upper = Math.floor((b64.length * 3) / 4);
  const size = upper - 2 > maxBytes ? upper : upper - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
  if (size > maxBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw importError('PAYLOAD_TOO_LARGE', file.name, `is ${mb(size)}; files up to ${mb(maxBytes)} can be imported.`, {
      sizeBytes: size,
      maxBytes,
    });
  }
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) {
    throw importError('INVALID_INPUT', file.name, 'did not arrive as valid base64 data.');
  }
  if (size === 0) throw importError('FILE_EMPTY', file.name, 'is empty.');
  return Buffer.from(b64, 'base64');
}

/**
 * Step one, outside any transaction: parsing (pdf.js, mammoth, postal-mime) is
 * asynchronous and better-sqlite3 transactions must not span an await.
 * Originals already in the case are answered as duplicates without parsing.
 * Every file is decoded, hashed and handed to the extractor before the first
 * result is awaited, so a worker parses while this thread prepares the next files.
 */
export async function prepareFiles(
  db: Database.Database,
  files: readonly ImportFile[],
  maxBytes?: number,
  extractor: Extractor = inProcessExtractor,
): Promise<Prepared[]> {
  type Started =
    | { name: string; outcome: ImportResult }
    | { name: string; bytes: Buffer; sha256: string; extraction: Promise<Extraction & { ogType?: string }> };
  const started: Started[] = [];
  for (const file of files) {
    try {
      const bytes = decodeFile(file, maxBytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const existing = findVersionByBlob(db, sha256);
      if (existing) {
        started.push({ name: file.name, outcome: { name: file.name, status: 'duplicate', ...existing } });
        continue;
      }
      const extraction = extractor.run({ name: file.name, bytes, mediaType: file.mediaType });
      // Awaited below, in order; until then a rejection must not count as unhandled.
      extraction.catch(() => undefined);
      started.push({ name: file.name, bytes, sha256, extraction });
    } catch (err) {
      started.push({ name: file.name, outcome: failed(file.name, err) });
    }
  }
  const prepared: Prepared[] = [];
  for (const s of started) {
    if ('outcome' in s) {
      prepared.push(s);
      continue;
    }
    try {
      const extraction = await s.extraction;
      const language = detectLanguage(extraction.text, extraction.metadata.declaredLanguage);
      prepared.push({ name: s.name, bytes: s.bytes, sha256: s.sha256, extraction, language });
    } catch (err) {
      prepared.push({ name: s.name, outcome: failed(s.name, err) });
    }
  }
  return prepared;
}

function titleFor(name: string, e: Extraction): string {
  const fromFile = name.replace(/\.[^.]+$/, '').trim() || name;
  return (e.metadata.title?.trim() || fromFile).normalize('NFC').slice(0, 1000);
}

function suggestedType(e: Extraction & { ogType?: string }): SourceType {
  return e.ogType?.toLowerCase() === 'article' ? 'news' : 'other';
}

function writeOne(
  db: Database.Database,
  file: Extract<Prepared, { bytes: Buffer }>,
  options: ImportOptions,
  now: number,
): ImportResult {
  const { name, bytes, sha256, extraction: e } = file;
  // Checked again inside the transaction: the same bytes may come twice in one batch.
  const existing = findVersionByBlob(db, sha256);
  if (existing) return { name, status: 'duplicate', ...existing };
  const target =
    options.asNewVersionOf ?? (e.metadata.canonicalUrl ? findSourceByUrl(db, e.metadata.canonicalUrl) : null);
  const common = {
    title: titleFor(name, e),
    format: e.format,
    ...(e.metadata.warnings ? { warnings: e.metadata.warnings } : {}),
  };
  insertBlob(db, sha256, bytes);
  const versionRow = {
    sha256,
    fileName: name,
    mediaType: e.mediaType,
    format: e.format,
    encoding: e.encoding,
    text: e.text,
    blocks: e.blocks,
    pages: e.pages,
    metadata: e.metadata,
    now,
  };
  if (target) {
    requireSource(db, target);
    const version = nextVersionNumber(db, target);
    insertVersion(db, { ...versionRow, sourceId: target, version });
    advanceVersion(
      db,
      target,
      version,
      { author: e.metadata.author, outlet: e.metadata.publisher, publishedAt: e.metadata.publishedAt },
      now,
    );
    return { name, status: 'newVersion', sourceId: target, version, ...common };
  }
  const id = options.newSourceId();
  insertSource(db, {
    id,
    now,
    title: common.title,
    author: (e.metadata.author ?? '').slice(0, 500),
    outlet: (e.metadata.publisher ?? '').slice(0, 500),
    url: e.metadata.canonicalUrl ?? '',
    publishedAt: e.metadata.publishedAt ?? null,
    retrievedAt: null,
    language: file.language,
    sourceType: suggestedType(e),
    notes: '',
    tlp: options.defaultTlp,
  });
  insertVersion(db, { ...versionRow, sourceId: id, version: 1 });
  return { name, status: 'imported', sourceId: id, version: 1, ...common };
}

/**
 * Step two: one transaction for the whole batch (one fsync instead of one per
 * file) with a savepoint per file, so a file that fails leaves nothing of itself
 * behind and does not take the others with it. The search index is written
 * after the savepoints, still in the same transaction: FTS5 flushes its pending
 * terms to disk at every savepoint once it has been written to, so indexing
 * inside each file's savepoint made one tiny index segment per file (and merged
 * them), which cost as much as the rest of the write. If indexing fails, the
 * whole batch rolls back: a source is never committed without its index entry.
 */
export function writePrepared(
  db: Database.Database,
  prepared: readonly Prepared[],
  options: ImportOptions,
): ImportResult[] {
  const now = options.now ?? Date.now;
  const results: ImportResult[] = [];
  // better-sqlite3 runs a transaction function called inside another as a SAVEPOINT and rolls back to it on a throw.
  const writeFile = db.transaction((file: Extract<Prepared, { bytes: Buffer }>) => writeOne(db, file, options, now()));
  db.transaction(() => {
    if (options.asNewVersionOf) requireSource(db, options.asNewVersionOf);
    for (const file of prepared) {
      if ('outcome' in file) {
        results.push(file.outcome);
        continue;
      }
      try {
        results.push(writeFile(file));
      } catch (err) {
        results.push(failed(file.name, err));
      }
    }
    const written = new Set<string>();
    for (const r of results)
      if ((r.status === 'imported' || r.status === 'newVersion') && r.sourceId) written.add(r.sourceId);
    for (const id of written) reindex(db, 'source', id);
  }).immediate();
  return results;
}

export async function importFiles(
  getDb: () => Database.Database,
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportResult[]> {
  if (options.asNewVersionOf) requireSource(getDb(), options.asNewVersionOf);
  const prepared = await prepareFiles(getDb(), files, options.maxBytes, options.extractor);
  return writePrepared(getDb(), prepared, options);
}
