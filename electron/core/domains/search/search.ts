import type Database from 'better-sqlite3';
import type { SearchInput, SearchOutput } from '../../../../shared/contract/search';
import { stmt } from '../sources/statements';
import { toHit, type RankedDoc } from './hits';
import { BAND, bandOf, KIND_OF_BAND, type SearchKind } from './indexer';
import { parseQuery } from './query';

export { highlight } from './hits';

/** Title matches weigh eight times body matches. */
const SCORE = 'bm25(search_fts, 8.0, 1.0)';

/**
 * How many of the newest matches are ranked for the first pages. FTS5 must
 * compute bm25 for every row it ranks — the row's hits and a look-up of its
 * length — and a common word matches 15% of a 100,000-source case, which took
 * 10–30 ms of CPU for bm25 alone. Walking the index from the top, the window
 * holds all of the analyst's own excerpts, claims and briefings first (their
 * rowid bands lie above the sources'), then the newest sources. Up to this
 * many matches the ranking is exact; beyond it the first pages rank the window
 * and the pages after it rank the older rest, so every match still appears
 * once, and the total and the counts stay exact.
 */
export const RANK_WINDOW = 2000;

type Counts = Record<SearchKind, number>;

interface Scope {
  /** Joins after `search_fts f`; empty when the filters need only the rowid. */
  from: string;
  where: string[];
  params: unknown[];
}

/**
 * The filters as SQL over `search_fts f`. Kinds are rowid bands, which FTS5
 * applies itself; the source filters and the tag need search_doc (and source)
 * for every match, so only they bring the join.
 */
function scopeOf(input: SearchInput, withKinds: boolean): Scope {
  const where: string[] = [];
  const params: unknown[] = [];
  const kinds = withKinds && input.kinds?.length ? [...new Set(input.kinds)] : [];
  if (kinds.length && kinds.length < KIND_OF_BAND.length) {
    const ranges = kinds.map((k) => {
      const { from, to } = bandOf(k);
      params.push(from, to);
      return '(f.rowid >= ? AND f.rowid < ?)';
    });
    where.push(ranges.length === 1 ? ranges[0]! : `(${ranges.join(' OR ')})`);
  }
  const joins: string[] = [];
  const sourceFilters = Boolean(input.reliability?.length || input.languages?.length || input.from || input.to);
  if (sourceFilters || input.tag) joins.push('JOIN search_doc d ON d.rowid = f.rowid');
  if (sourceFilters) {
    joins.push('JOIN source s ON s.id = d.source_id');
    if (input.reliability?.length) {
      where.push(`s.reliability IN (${input.reliability.map(() => '?').join(',')})`);
      params.push(...input.reliability);
    }
    if (input.languages?.length) {
      where.push(`s.language IN (${input.languages.map(() => '?').join(',')})`);
      params.push(...input.languages);
    }
    if (input.from !== undefined) {
      where.push('s.published_at >= ?');
      params.push(input.from);
    }
    if (input.to !== undefined) {
      where.push('s.published_at <= ?');
      params.push(input.to);
    }
  }
  if (input.tag) {
    where.push(`(
      (d.kind = 'source' AND EXISTS (SELECT 1 FROM source_tag t WHERE t.source_id = d.ref_id AND t.tag = ?))
      OR (d.kind = 'excerpt' AND EXISTS (SELECT 1 FROM excerpt_tag t WHERE t.excerpt_id = d.ref_id AND t.tag = ?))
      OR (d.kind = 'analytic' AND EXISTS (SELECT 1 FROM analytic_tag t WHERE t.object_id = d.ref_id AND t.tag = ?)))`);
    params.push(input.tag, input.tag, input.tag);
  }
  return { from: joins.join(' '), where, params };
}

const whereOf = (scope: Scope, extra: string[] = []) => ['search_fts MATCH ?', ...scope.where, ...extra].join(' AND ');

/**
 * Matches per kind under every filter but `kinds` (so the view can say what the
 * other kinds hold). Without other filters one walk over the index counts them
 * all, the kinds told apart by rowid band, and a second walk — down from the
 * top, over the few rows above the sources' band — splits the non-sources.
 */
export function countHits(db: Database.Database, fts: string, input: SearchInput): Counts {
  const counts: Counts = { source: 0, excerpt: 0, analytic: 0, briefing: 0 };
  const scope = scopeOf(input, false);
  if (!scope.from) {
    const { all, own } = stmt(
      db,
      'SELECT count(*) AS "all", count(*) FILTER (WHERE rowid >= ?) AS own FROM search_fts WHERE search_fts MATCH ?',
    ).get(BAND, fts) as { all: number; own: number };
    counts.source = all - own;
    if (own > 0) {
      const split = stmt(
        db,
        `SELECT count(*) FILTER (WHERE rowid < ?) AS excerpt,
                count(*) FILTER (WHERE rowid >= ? AND rowid < ?) AS analytic,
                count(*) FILTER (WHERE rowid >= ?) AS briefing
         FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? ORDER BY rowid DESC LIMIT -1)`,
      ).get(2 * BAND, 2 * BAND, 3 * BAND, 3 * BAND, fts, BAND) as Omit<Counts, 'source'>;
      Object.assign(counts, split);
    }
    return counts;
  }
  const rows = stmt(
    db,
    `SELECT d.kind AS kind, count(*) AS n FROM search_fts f ${scope.from} WHERE ${whereOf(scope)} GROUP BY d.kind`,
  ).all(fts, ...scope.params) as { kind: SearchKind; n: number }[];
  for (const { kind, n } of rows) counts[kind] = n;
  return counts;
}

/**
 * The page of ranked rowids (see RANK_WINDOW). The join to search_doc for the
 * page's kind and ids comes after the LIMIT, for the rows shown only.
 */
function rankedPage(
  db: Database.Database,
  fts: string,
  input: SearchInput,
  total: number,
  window: number,
): { rowid: number; score: number }[] {
  const scope = scopeOf(input, true);
  const from = `search_fts f ${scope.from}`;
  const where = whereOf(scope);
  const { limit, offset } = input;
  const rows: { rowid: number; score: number }[] = [];
  if (offset < window) {
    rows.push(
      ...(stmt(
        db,
        `SELECT rowid, score FROM (
           SELECT f.rowid AS rowid, ${SCORE} AS score FROM ${from} WHERE ${where} ORDER BY f.rowid DESC LIMIT ?
         ) ORDER BY score, rowid DESC LIMIT ? OFFSET ?`,
      ).all(fts, ...scope.params, window, Math.min(limit, window - offset), offset) as {
        rowid: number;
        score: number;
      }[]),
    );
  }
  if (total > window && offset + limit > window) {
    const oldest = stmt(db, `SELECT f.rowid FROM ${from} WHERE ${where} ORDER BY f.rowid DESC LIMIT 1 OFFSET ?`)
      .pluck()
      .get(fts, ...scope.params, window - 1) as number;
    rows.push(
      ...(stmt(
        db,
        `SELECT f.rowid AS rowid, ${SCORE} AS score FROM ${from} WHERE ${whereOf(scope, ['f.rowid < ?'])}
         ORDER BY score, f.rowid DESC LIMIT ? OFFSET ?`,
      ).all(fts, ...scope.params, oldest, limit - rows.length, Math.max(0, offset - window)) as {
        rowid: number;
        score: number;
      }[]),
    );
  }
  return rows;
}

function isSyntaxError(err: unknown): boolean {
  return /fts5|syntax error|no such column|unterminated/i.test((err as Error).message ?? '');
}

/**
 * Ranked search with snippets. The analyst's query runs as FTS5 syntax; if
 * SQLite calls it a syntax error, the same words run as a plain all-words query.
 * `window` is RANK_WINDOW but for tests.
 */
export function runSearch(db: Database.Database, input: SearchInput, window = RANK_WINDOW): SearchOutput {
  const parsed = parseQuery(input.query);
  const empty: Counts = { source: 0, excerpt: 0, analytic: 0, briefing: 0 };
  if (!parsed.plain)
    return { total: 0, counts: empty, items: [], effectiveQuery: '', fallback: false, rankedWithin: null };
  const run = (fts: string) => {
    const counts = countHits(db, fts, input);
    const kinds = input.kinds?.length ? new Set(input.kinds) : null;
    const total = KIND_OF_BAND.reduce((sum, k) => sum + (kinds && !kinds.has(k) ? 0 : counts[k]), 0);
    return { counts, total, rows: total ? rankedPage(db, fts, input, total, window) : [] };
  };
  let effective = parsed.fts;
  let fallback = false;
  let result: ReturnType<typeof run>;
  try {
    result = run(parsed.fts);
  } catch (err) {
    if (!isSyntaxError(err)) throw err;
    effective = parsed.plain;
    fallback = true;
    result = run(parsed.plain);
  }
  const doc = stmt(db, 'SELECT kind, ref_id, source_id FROM search_doc WHERE rowid = ?');
  const items = result.rows.flatMap(({ rowid, score }) => {
    const d = doc.get(rowid) as Omit<RankedDoc, 'score'> | undefined;
    return d ? [toHit(db, { ...d, score }, parsed)] : [];
  });
  const rankedWithin = result.total > window ? window : null;
  return { total: result.total, counts: result.counts, items, effectiveQuery: effective, fallback, rankedWithin };
}
