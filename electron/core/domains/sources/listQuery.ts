import type Database from 'better-sqlite3';
import type { SourceListFilter, SourceSort, SourceSummary } from '../../../../shared/domain/source';

/** How many excerpts cite a source, as an SQL expression over `s` (the source row); uses index excerpt_source. */
export const EXCERPT_COUNT_SQL = 'SELECT count(*) FROM excerpt e WHERE e.source_id = s.id';

/** The columns of a summary (plus `extra` ones): the source, its current version's format, its original's size. */
export const summarySelect = (extra = '') => `
  SELECT ${extra} s.id, s.title, s.outlet, s.source_type, s.language, s.reliability, s.tlp, s.published_at,
         s.imported_at, s.current_version, v.format, b.size_bytes,
         (${EXCERPT_COUNT_SQL}) AS excerpt_count,
         (SELECT json_group_array(tag) FROM (SELECT tag FROM source_tag t WHERE t.source_id = s.id ORDER BY position))
           AS tags
  FROM source s
  JOIN source_version v ON v.source_id = s.id AND v.version = s.current_version
  JOIN source_blob b ON b.sha256 = v.blob_sha256`;

export interface SummaryRow {
  id: string;
  title: string;
  outlet: string;
  source_type: SourceSummary['sourceType'];
  language: SourceSummary['language'];
  reliability: SourceSummary['reliability'];
  tlp: SourceSummary['tlp'];
  published_at: number | null;
  imported_at: number;
  current_version: number;
  format: SourceSummary['format'];
  size_bytes: number;
  excerpt_count: number;
  tags: string;
}

export function summaryFromRow(r: SummaryRow): SourceSummary {
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    sourceType: r.source_type,
    language: r.language,
    reliability: r.reliability,
    tags: JSON.parse(r.tags) as string[],
    tlp: r.tlp,
    publishedAt: r.published_at,
    importedAt: r.imported_at,
    currentVersion: r.current_version,
    format: r.format,
    sizeBytes: r.size_bytes,
    excerptCount: r.excerpt_count,
  };
}

/** Sort orders; every one ends in a unique key so paging is stable. Empty values sort last either way. */
function orderBy(sort: SourceSort, dir: 'ASC' | 'DESC'): string {
  switch (sort) {
    case 'title':
      return `s.title_sort ${dir}, s.rowid ${dir}`;
    case 'publishedAt':
      return `s.published_at IS NULL, s.published_at ${dir}, s.rowid ${dir}`;
    case 'reliability':
      return `s.reliability IS NULL, s.reliability ${dir}, s.title_sort, s.rowid`;
    case 'importedAt':
      return `s.imported_at ${dir}, s.rowid ${dir}`;
  }
}

function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function whereClause(filter: SourceListFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly unknown[]) => {
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (filter.types?.length) inList('s.source_type', filter.types);
  if (filter.languages?.length) inList('s.language', filter.languages);
  if (filter.reliabilities?.length) {
    const letters = filter.reliabilities.filter((r) => r !== null);
    const unrated = filter.reliabilities.includes(null);
    const clauses = [];
    if (letters.length) {
      clauses.push(`s.reliability IN (${letters.map(() => '?').join(', ')})`);
      params.push(...letters);
    }
    if (unrated) clauses.push('s.reliability IS NULL');
    parts.push(`(${clauses.join(' OR ')})`);
  }
  if (filter.tag) {
    parts.push('EXISTS (SELECT 1 FROM source_tag t WHERE t.source_id = s.id AND t.tag = ?)');
    params.push(filter.tag.normalize('NFC'));
  }
  const range = (column: string, from: number | undefined, to: number | undefined) => {
    if (from !== undefined) {
      parts.push(`${column} >= ?`);
      params.push(from);
    }
    if (to !== undefined) {
      parts.push(`${column} <= ?`);
      params.push(to);
    }
  };
  range('s.published_at', filter.publishedFrom, filter.publishedTo);
  range('s.imported_at', filter.importedFrom, filter.importedTo);
  if (filter.query) {
    parts.push("(s.title LIKE ? ESCAPE '\\' OR s.outlet LIKE ? ESCAPE '\\' OR s.author LIKE ? ESCAPE '\\')");
    const p = likePattern(filter.query.normalize('NFC'));
    params.push(p, p, p);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export interface ListQuery {
  sort: SourceSort;
  direction: 'asc' | 'desc';
  filter: SourceListFilter;
  limit: number;
  offset: number;
}

export function listSources(db: Database.Database, q: ListQuery): { items: SourceSummary[]; total: number } {
  const where = whereClause(q.filter);
  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const rows = db
    .prepare(`${summarySelect()} ${where.sql} ORDER BY ${orderBy(q.sort, dir)} LIMIT ? OFFSET ?`)
    .all(...where.params, q.limit, q.offset) as SummaryRow[];
  const total = db
    .prepare(`SELECT count(*) FROM source s ${where.sql}`)
    .pluck()
    .get(...where.params) as number;
  return { items: rows.map(summaryFromRow), total };
}
