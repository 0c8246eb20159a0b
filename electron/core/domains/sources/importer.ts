import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { WorkbenchError } from '../../../../shared/contract/errors';
import type { ImportResult } from '../../../../shared/contract/sources';
import type { TlpMarking } from '../../../../shared/domain/markings';
import type { WorkingLanguage } from '../../../../shared/domain/scales';
import { MAX_SOURCE_BYTES, type ImportFile, type SourceType } from '../../../../shared/domain/source';
import type { Extraction } from './extract';
import { inProcessExtractor, type Extractor, type ImportAnalysis } from './extract/extractor';
import { importError } from './extract/importError';
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
import { indexNewSource, reindex } from '../search/indexer';

/** A file after the slow, asynchronous part (decode, hash, extract), ready to be written. */
type Prepared =
  | { name: string; outcome: ImportResult }
  | {
      name: string;
      bytes: Buffer;
      sha256: string;
      extraction: Extraction & { ogType?: string };
      /** Detected outside the write transaction, which should hold the lock as briefly as it can. */
      language: WorkingLanguage;
      /** The text as the search index folds it, when the extractor folded it already (else folded at the write). */
      foldedText?: string;
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
  if (b64.length % 4 !== 0) throw importError('INVALID_INPUT', file.name, 'did not arrive as valid base64 data.');
  if (size === 0) throw importError('FILE_EMPTY', file.name, 'is empty.');
  const bytes = Buffer.from(b64, 'base64');
  // Node's decoder skips characters outside the alphabet instead of refusing them. Encoding
  // again and comparing proves a canonical string valid at native speed (every encoder
  // writes those); only a string that differs is checked character by character, which
  // over megabytes was a large part of an import's time.
  if (bytes.length !== size || (bytes.toString('base64') !== b64 && !/^[A-Za-z0-9+/]*={0,2}$/.test(b64))) {
    throw importError('INVALID_INPUT', file.name, 'did not arrive as valid base64 data.');
  }
  return bytes;
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
    | { name: string; bytes: Buffer; sha256: string; analysis: Promise<ImportAnalysis> };
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
      const analysis = extractor.run({ name: file.name, bytes, mediaType: file.mediaType });
      // Awaited below, in order; until then a rejection must not count as unhandled.
      analysis.catch(() => undefined);
      started.push({ name: file.name, bytes, sha256, analysis });
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
      const { extraction, language, foldedText } = await s.analysis;
      prepared.push({ name: s.name, bytes: s.bytes, sha256: s.sha256, extraction, language, foldedText });
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

/** An author or outlet as a new source stores (and indexes) it. */
function field(value: string | undefined): string {
  return (value ?? '').slice(0, 500);
}

function writeOne(
  db: Database.Database,
  file: Extract<Prepared, { bytes: Buffer }>,
  options: ImportOptions,
  now: number,
): ImportResult {
  const { name, bytes, sha256, extraction: e } = file;
  // Checked again inside the transaction: the same bytes may come twice in one batch, or in a
  // batch written since this one was prepared. An original is kept while a version uses it, so
  // only bytes whose blob is already stored can be a duplicate: the insert tells, without a query.
  if (!insertBlob(db, sha256, bytes)) {
    const existing = findVersionByBlob(db, sha256);
    if (existing) return { name, status: 'duplicate', ...existing };
  }
  const target =
    options.asNewVersionOf ?? (e.metadata.canonicalUrl ? findSourceByUrl(db, e.metadata.canonicalUrl) : null);
  const common = {
    title: titleFor(name, e),
    format: e.format,
    ...(e.metadata.warnings ? { warnings: e.metadata.warnings } : {}),
  };
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
    author: field(e.metadata.author),
    outlet: field(e.metadata.publisher),
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

/** Thrown out of the optimistic write when a file fails, so the batch is written again with savepoints. */
class FileWriteFailed extends Error {}

/**
 * Indexes what a batch wrote, after its files, in the same transaction. FTS5
 * flushes its pending terms to disk at every savepoint once it has been written
 * to, so indexing inside each file's savepoint made one tiny index segment per
 * file (and merged them), which cost as much as the rest of the write. A new
 * source is indexed from what was just written, with the body the extractor
 * folded (indexNewSource), instead of being read back row by row.
 */
function indexWritten(db: Database.Database, prepared: readonly Prepared[], results: readonly ImportResult[]): void {
  // A source made in this batch may also have had a new version in it (same canonical URL): reindexed as such.
  const versioned = new Set<string>();
  for (const r of results) if (r.status === 'newVersion' && r.sourceId) versioned.add(r.sourceId);
  results.forEach((r, i) => {
    const file = prepared[i]!;
    if (r.status !== 'imported' || !r.sourceId || versioned.has(r.sourceId) || 'outcome' in file) return;
    const { text, metadata } = file.extraction;
    indexNewSource(
      db,
      r.sourceId,
      { title: r.title ?? '', outlet: field(metadata.publisher), author: field(metadata.author), text },
      file.foldedText,
    );
  });
  for (const id of versioned) reindex(db, 'source', id);
}

/**
 * Step two: one transaction for the whole batch (one fsync instead of one per
 * file), in which a file that fails leaves nothing of itself behind and does
 * not take the others with it. The batch is first written without savepoints
 * (a savepoint per file cost a quarter of the bare write); if any file fails,
 * that attempt rolls back as a whole and the batch is written again with a
 * savepoint per file, which rolls back just the failing one. Either way the
 * transaction commits every good file or nothing. If indexing fails, the whole
 * batch rolls back: a source is never committed without its index entry.
 */
export function writePrepared(
  db: Database.Database,
  prepared: readonly Prepared[],
  options: ImportOptions,
): ImportResult[] {
  const now = options.now ?? Date.now;
  const write = (writeFile: (file: Extract<Prepared, { bytes: Buffer }>) => ImportResult) =>
    db
      .transaction(() => {
        if (options.asNewVersionOf) requireSource(db, options.asNewVersionOf);
        const results = prepared.map((file) => ('outcome' in file ? file.outcome : writeFile(file)));
        indexWritten(db, prepared, results);
        return results;
      })
      .immediate();
  try {
    return write((file) => {
      try {
        return writeOne(db, file, options, now());
      } catch (err) {
        throw new FileWriteFailed(String(err));
      }
    });
  } catch (err) {
    if (!(err instanceof FileWriteFailed)) throw err;
  }
  // better-sqlite3 runs a transaction function called inside another as a SAVEPOINT and rolls back to it on a throw.
  const inSavepoint = db.transaction((file: Extract<Prepared, { bytes: Buffer }>) =>
    writeOne(db, file, options, now()),
  );
  return write((file) => {
    try {
      return inSavepoint(file);
    } catch (err) {
      return failed(file.name, err);
    }
  });
}

/** Per case connection: settled when the import call made last has written (or failed). */
const lastWrite = new WeakMap<Database.Database, Promise<void>>();

/**
 * Calls may overlap (the CLI sends the next chunk while one is written, so the
 * parser reads on), but they write in the order they were made, whichever
 * finishes parsing first: the first of two equal files given is the one
 * imported, and sources are numbered in the order the files were given.
 */
export async function importFiles(
  getDb: () => Database.Database,
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportResult[]> {
  const db = getDb();
  if (options.asNewVersionOf) requireSource(db, options.asNewVersionOf);
  const before = lastWrite.get(db);
  let written!: () => void;
  lastWrite.set(db, new Promise<void>((resolve) => (written = resolve)));
  try {
    const prepared = await prepareFiles(db, files, options.maxBytes, options.extractor);
    await before;
    return writePrepared(getDb(), prepared, options);
  } finally {
    written();
  }
}
