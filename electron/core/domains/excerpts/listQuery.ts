import type Database from 'better-sqlite3';
import {
  EXCERPT_COLOURS,
  type Excerpt,
  type ExcerptListFilter,
  type ExcerptSort,
} from '../../../../shared/domain/excerpt';
import { foldForSearch } from './anchor';
import { SELECT, excerptOf, type Row } from './repo';

/** The excerpt panel's query: per source or across the case, filtered, searched, sorted and paged. */

const COLOUR_ORDER = `CASE e.colour ${EXCERPT_COLOURS.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ')} END`;

function orderBy(sort: ExcerptSort, dir: 'ASC' | 'DESC'): string {
  switch (sort) {
    case 'position':
      return `s.title_sort ${dir}, e.source_id ${dir}, e.version ${dir}, e.start_offset IS NULL, e.start_offset ${dir}, e.created_at, e.rowid`;
    case 'createdAt':
      return `e.created_at ${dir}, e.rowid ${dir}`;
    case 'updatedAt':
      return `e.updated_at ${dir}, e.rowid ${dir}`;
    case 'colour':
      return `${COLOUR_ORDER} ${dir}, e.created_at, e.rowid`;
  }
}

export function listExcerpts(
  db: Database.Database,
  q: { filter: ExcerptListFilter; sort: ExcerptSort; direction: 'asc' | 'desc'; limit: number; offset: number },
): { items: Excerpt[]; total: number } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const { filter } = q;
  const equals = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    parts.push(`${column} = ?`);
    params.push(value);
  };
  equals('e.source_id', filter.sourceId);
  equals('e.colour', filter.colour);
  equals('e.status', filter.status);
  if (filter.tag) {
    parts.push('EXISTS (SELECT 1 FROM excerpt_tag t WHERE t.excerpt_id = e.id AND t.tag = ?)');
    params.push(filter.tag.normalize('NFC'));
  }
  if (filter.query) {
    // Every word must occur; folded on both sides so "strasse" finds "Straße" and "uber" finds "Über".
    for (const word of foldForSearch(filter.query).split(/\s+/).filter(Boolean)) {
      parts.push("e.search_text LIKE ? ESCAPE '\\'");
      params.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
  }
  const where = parts.length ? `WHERE ${parts.join(' AND ')}` : '';
  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const rows = db
    .prepare(`${SELECT} ${where} ORDER BY ${orderBy(q.sort, dir)} LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as Row[];
  const total = db
    .prepare(`SELECT count(*) FROM excerpt e ${where}`)
    .pluck()
    .get(...params) as number;
  return { items: rows.map(excerptOf), total };
}
