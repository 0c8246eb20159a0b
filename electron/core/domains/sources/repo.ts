import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../../../shared/contract/errors';
import type {
  AuditEntry,
  ExtractedMetadata,
  Reliability,
  SourceDetail,
  SourceFormat,
  SourceMetadata,
  SourceMetadataPatch,
  SourceVersionContent,
  SourceVersionInfo,
  SourceVersionMeta,
  TagCount,
  TextBlock,
  TextPage,
} from '../../../../shared/domain/source';
import { summarySelect, summaryFromRow, type SummaryRow } from './listQuery';
import { stmt } from './statements';
import { reindex } from '../search/indexer';

/** SQL of the sources domain. Plain functions over a connection; callers own the transactions. */

/** Title folded for sorting: no diacritics, lower case, ß → ss, leading quotes and brackets dropped. */
export function titleSortKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/^[^\p{L}\p{N}]+/u, '');
}

export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().normalize('NFC');
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      out.push(tag);
    }
  }
  return out;
}

export function findVersionByBlob(db: Database.Database, sha256: string): { sourceId: string; version: number } | null {
  const row = stmt(
    db,
    'SELECT source_id AS sourceId, version FROM source_version WHERE blob_sha256 = ? ORDER BY imported_at LIMIT 1',
  ).get(sha256) as { sourceId: string; version: number } | undefined;
  return row ?? null;
}

/** The source a page with this canonical URL already belongs to, if any (the newest when several). */
export function findSourceByUrl(db: Database.Database, url: string): string | null {
  const row = stmt(
    db,
    `SELECT id FROM (
       SELECT id, updated_at FROM source WHERE url = @url
       UNION SELECT s.id, s.updated_at FROM source_version v JOIN source s ON s.id = v.source_id
         WHERE v.canonical_url = @url)
     ORDER BY updated_at DESC LIMIT 1`,
  )
    .pluck()
    .get({ url }) as string | undefined;
  return row ?? null;
}

export function sourceExists(db: Database.Database, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM source WHERE id = ?').get(id) !== undefined;
}

export function requireSource(db: Database.Database, id: string): void {
  if (!sourceExists(db, id)) throw new WorkbenchError('NOT_FOUND', 'There is no such source in this case.', { id });
}

/** Stores an original once per SHA-256; true when it was not stored yet. */
export function insertBlob(db: Database.Database, sha256: string, bytes: Buffer): boolean {
  return (
    stmt(db, 'INSERT OR IGNORE INTO source_blob (sha256, size_bytes, data) VALUES (?, ?, ?)').run(
      sha256,
      bytes.length,
      bytes,
    ).changes > 0
  );
}

export interface NewSourceRow extends Omit<SourceMetadata, 'tags'> {
  id: string;
  now: number;
}

// Positional parameters in the two statements bulk import runs per file: binding named ones from
// a spread object cost as much as SQLite's own work for these rows.
export function insertSource(db: Database.Database, s: NewSourceRow): void {
  stmt(
    db,
    `INSERT INTO source (id, title, title_sort, author, outlet, url, published_at, retrieved_at, language,
       source_type, notes, tlp, current_version, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  ).run(
    s.id,
    s.title,
    titleSortKey(s.title),
    s.author,
    s.outlet,
    s.url,
    s.publishedAt,
    s.retrievedAt,
    s.language,
    s.sourceType,
    s.notes,
    s.tlp,
    s.now,
    s.now,
  );
}

export interface NewVersionRow {
  sourceId: string;
  version: number;
  sha256: string;
  fileName: string;
  mediaType: string;
  format: SourceFormat;
  encoding: string | null;
  text: string;
  blocks: TextBlock[];
  pages: TextPage[] | null;
  metadata: ExtractedMetadata;
  now: number;
}

export function insertVersion(db: Database.Database, v: NewVersionRow): void {
  stmt(
    db,
    `INSERT INTO source_version (source_id, version, blob_sha256, file_name, media_type, format, encoding, text,
       char_count, blocks, pages, metadata, canonical_url, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    v.sourceId,
    v.version,
    v.sha256,
    v.fileName,
    v.mediaType,
    v.format,
    v.encoding,
    v.text,
    v.text.length,
    JSON.stringify(v.blocks),
    v.pages ? JSON.stringify(v.pages) : null,
    JSON.stringify(v.metadata),
    v.metadata.canonicalUrl ?? null,
    v.now,
  );
}

export function nextVersionNumber(db: Database.Database, sourceId: string): number {
  return (stmt(db, 'SELECT max(version) FROM source_version WHERE source_id = ?').pluck().get(sourceId) as number) + 1;
}

/** Moves a source to a new current version; empty metadata fields are filled from what the new file says. */
export function advanceVersion(
  db: Database.Database,
  sourceId: string,
  version: number,
  found: { author?: string | undefined; outlet?: string | undefined; publishedAt?: number | undefined },
  now: number,
): void {
  stmt(
    db,
    `UPDATE source SET current_version = @version, updated_at = @now,
       author = CASE WHEN author = '' THEN @author ELSE author END,
       outlet = CASE WHEN outlet = '' THEN @outlet ELSE outlet END,
       published_at = coalesce(published_at, @publishedAt)
     WHERE id = @sourceId`,
  ).run({
    sourceId,
    version,
    now,
    author: found.author ?? '',
    outlet: found.outlet ?? '',
    publishedAt: found.publishedAt ?? null,
  });
}

export function replaceTags(db: Database.Database, sourceId: string, tags: readonly string[]): void {
  stmt(db, 'DELETE FROM source_tag WHERE source_id = ?').run(sourceId);
  const insert = stmt(db, 'INSERT INTO source_tag (source_id, position, tag) VALUES (?, ?, ?)');
  normaliseTags(tags).forEach((tag, i) => insert.run(sourceId, i, tag));
}

interface DetailExtraRow {
  author: string;
  url: string;
  retrieved_at: number | null;
  notes: string;
  updated_at: number;
  version_count: number;
}

export function readDetail(db: Database.Database, id: string): SourceDetail {
  const row = db
    .prepare(
      `${summarySelect(`s.author, s.url, s.retrieved_at, s.notes, s.updated_at,
         (SELECT count(*) FROM source_version x WHERE x.source_id = s.id) AS version_count,`)} WHERE s.id = ?`,
    )
    .get(id) as (SummaryRow & DetailExtraRow) | undefined;
  if (!row) throw new WorkbenchError('NOT_FOUND', 'There is no such source in this case.', { id });
  return {
    ...summaryFromRow(row),
    author: row.author,
    url: row.url,
    retrievedAt: row.retrieved_at,
    notes: row.notes,
    updatedAt: row.updated_at,
    versionCount: row.version_count,
  };
}

interface VersionRow {
  version: number;
  file_name: string;
  media_type: string;
  format: SourceFormat;
  encoding: string | null;
  blob_sha256: string;
  size_bytes: number;
  char_count: number;
  imported_at: number;
  is_current: number;
}

const versionSelect = (extra = '') => `
  SELECT ${extra} v.version, v.file_name, v.media_type, v.format, v.encoding, v.blob_sha256, b.size_bytes, v.char_count,
         v.imported_at, v.version = s.current_version AS is_current
  FROM source_version v
  JOIN source s ON s.id = v.source_id
  JOIN source_blob b ON b.sha256 = v.blob_sha256`;

function versionInfo(r: VersionRow): SourceVersionInfo {
  return {
    version: r.version,
    fileName: r.file_name,
    mediaType: r.media_type,
    format: r.format,
    encoding: r.encoding,
    sha256: r.blob_sha256,
    sizeBytes: r.size_bytes,
    charCount: r.char_count,
    importedAt: r.imported_at,
    isCurrent: r.is_current === 1,
  };
}

export function listVersions(db: Database.Database, sourceId: string): SourceVersionInfo[] {
  requireSource(db, sourceId);
  const rows = db
    .prepare(`${versionSelect()} WHERE v.source_id = ? ORDER BY v.version DESC`)
    .all(sourceId) as VersionRow[];
  return rows.map(versionInfo);
}

function resolveVersion(db: Database.Database, sourceId: string, version: number | undefined): number {
  const current = stmt(db, 'SELECT current_version FROM source WHERE id = ?').pluck().get(sourceId) as
    number | undefined;
  if (current === undefined) throw new WorkbenchError('NOT_FOUND', 'There is no such source in this case.');
  return version ?? current;
}

export function readVersion(db: Database.Database, sourceId: string, version?: number): SourceVersionContent {
  const v = resolveVersion(db, sourceId, version);
  const row = db
    .prepare(`${versionSelect('v.text, v.blocks, v.pages, v.metadata,')} WHERE v.source_id = ? AND v.version = ?`)
    .get(sourceId, v) as
    (VersionRow & { text: string; blocks: string; pages: string | null; metadata: string }) | undefined;
  if (!row) throw new WorkbenchError('NOT_FOUND', `This source has no version ${v}.`, { sourceId, version: v });
  return {
    ...versionInfo(row),
    text: row.text,
    blocks: JSON.parse(row.blocks) as TextBlock[],
    pages: row.pages === null ? null : (JSON.parse(row.pages) as TextPage[]),
    metadata: JSON.parse(row.metadata) as ExtractedMetadata,
  };
}

/** A version without its text, blocks and pages: file facts and extracted metadata only. */
export function readVersionMeta(db: Database.Database, sourceId: string, version?: number): SourceVersionMeta {
  const v = resolveVersion(db, sourceId, version);
  const row = db.prepare(`${versionSelect('v.metadata,')} WHERE v.source_id = ? AND v.version = ?`).get(sourceId, v) as
    (VersionRow & { metadata: string }) | undefined;
  if (!row) throw new WorkbenchError('NOT_FOUND', `This source has no version ${v}.`, { sourceId, version: v });
  return { ...versionInfo(row), metadata: JSON.parse(row.metadata) as ExtractedMetadata };
}

/**
 * Every tag of the case with its number of sources, in the order a person looks them up: folded like
 * titles (case, diacritics and ß ignored), exact spelling second so variants stay next to each other.
 */
export function listTags(db: Database.Database): TagCount[] {
  const rows = stmt(db, 'SELECT tag, count(*) AS count FROM source_tag GROUP BY tag').all() as TagCount[];
  const keyed = rows.map((r) => ({ ...r, key: titleSortKey(r.tag) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  return keyed.map(({ tag, count }) => ({ tag, count }));
}

export function readOriginal(db: Database.Database, sourceId: string, version?: number) {
  const v = resolveVersion(db, sourceId, version);
  const row = db
    .prepare(
      `SELECT v.file_name AS fileName, v.media_type AS mediaType, b.sha256, b.size_bytes AS sizeBytes, b.data
       FROM source_version v JOIN source_blob b ON b.sha256 = v.blob_sha256
       WHERE v.source_id = ? AND v.version = ?`,
    )
    .get(sourceId, v) as
    { fileName: string; mediaType: string; sha256: string; sizeBytes: number; data: Buffer } | undefined;
  if (!row) throw new WorkbenchError('NOT_FOUND', `This source has no version ${v}.`, { sourceId, version: v });
  return row;
}

const COLUMN_OF: Record<Exclude<keyof SourceMetadata, 'tags'>, string> = {
  title: 'title',
  author: 'author',
  outlet: 'outlet',
  url: 'url',
  publishedAt: 'published_at',
  retrievedAt: 'retrieved_at',
  language: 'language',
  sourceType: 'source_type',
  notes: 'notes',
  tlp: 'tlp',
};

export function appendAudit(
  db: Database.Database,
  entry: {
    sourceId: string;
    field: string;
    oldValue: string | null;
    newValue: string | null;
    reason: string;
    at: number;
  },
): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, entity_type, entity_id, field, old_value, new_value, reason)
     VALUES (?, 'source', ?, ?, ?, ?, ?)`,
  ).run(entry.at, entry.sourceId, entry.field, entry.oldValue, entry.newValue, entry.reason);
}

/** Applies a metadata patch; a change of the TLP marking is kept in the audit log. */
export function updateSource(db: Database.Database, id: string, patch: SourceMetadataPatch, now: number): void {
  const before = readDetail(db, id);
  for (const [key, column] of Object.entries(COLUMN_OF) as [keyof typeof COLUMN_OF, string][]) {
    let value = patch[key];
    if (value === undefined) continue;
    if (typeof value === 'string') value = value.normalize('NFC');
    if (value === before[key]) continue;
    stmt(db, `UPDATE source SET ${column} = ? WHERE id = ?`).run(value, id);
    if (key === 'title') stmt(db, 'UPDATE source SET title_sort = ? WHERE id = ?').run(titleSortKey(String(value)), id);
    if (key === 'tlp') {
      appendAudit(db, {
        sourceId: id,
        field: 'tlp',
        oldValue: before.tlp,
        newValue: String(value),
        reason: '',
        at: now,
      });
    }
  }
  if (patch.tags) replaceTags(db, id, patch.tags);
  stmt(db, 'UPDATE source SET updated_at = ? WHERE id = ?').run(now, id);
  reindex(db, 'source', id);
}

export function setReliability(
  db: Database.Database,
  id: string,
  reliability: Reliability | null,
  reason: string,
  now: number,
): void {
  const before = readDetail(db, id);
  if (before.reliability === reliability) return;
  stmt(db, 'UPDATE source SET reliability = ?, updated_at = ? WHERE id = ?').run(reliability, now, id);
  appendAudit(db, {
    sourceId: id,
    field: 'reliability',
    oldValue: before.reliability,
    newValue: reliability,
    reason,
    at: now,
  });
}

export function history(db: Database.Database, id: string): AuditEntry[] {
  return db
    .prepare(
      `SELECT id, at, field, old_value AS oldValue, new_value AS newValue, reason FROM audit_log
       WHERE entity_type = 'source' AND entity_id = ? ORDER BY at DESC, id DESC`,
    )
    .all(id) as AuditEntry[];
}

/**
 * What cites a source: its excerpts (claims and briefings cite excerpts, not
 * sources). This is the one check `delete` runs before removing a source.
 */
export function citationsOf(db: Database.Database, sourceId: string): { kind: string; id: string }[] {
  const ids = stmt(db, 'SELECT id FROM excerpt WHERE source_id = ? ORDER BY created_at, id').pluck().all(sourceId);
  return (ids as string[]).map((id) => ({ kind: 'excerpt', id }));
}

/** Deletes a source, its versions and tags, and every original no other version still uses. */
export function deleteSource(db: Database.Database, id: string, now: number) {
  const before = readDetail(db, id);
  const blobs = stmt(db, 'SELECT DISTINCT blob_sha256 FROM source_version WHERE source_id = ?')
    .pluck()
    .all(id) as string[];
  const versionsDeleted = stmt(db, 'DELETE FROM source_version WHERE source_id = ?').run(id).changes;
  stmt(db, 'DELETE FROM source_tag WHERE source_id = ?').run(id);
  stmt(db, 'DELETE FROM source WHERE id = ?').run(id);
  let blobsDeleted = 0;
  const dropBlob = stmt(
    db,
    'DELETE FROM source_blob WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM source_version WHERE blob_sha256 = ?)',
  );
  for (const sha of blobs) blobsDeleted += dropBlob.run(sha, sha).changes;
  reindex(db, 'source', id);
  // The audit log is append-only: the source's history stays, with a last line saying it was deleted.
  appendAudit(db, { sourceId: id, field: 'deleted', oldValue: before.title, newValue: null, reason: '', at: now });
  return { versionsDeleted, blobsDeleted };
}
