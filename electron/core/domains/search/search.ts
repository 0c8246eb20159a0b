import type Database from 'better-sqlite3';
import type { SearchHit, SearchInput, SearchOutput } from '../../../../shared/contract/search';
import type { DocNode } from '../../../../shared/editor/document';
import { textBlocks } from '../../../../shared/editor/references';
import { stmt } from '../sources/statements';
import { foldWithMap } from './fold';
import { textOf, type SearchKind } from './indexer';
import { parseQuery, type ParsedQuery } from './query';

/** Title matches weigh more than body matches (set through rank MATCH, 3× faster than ORDER BY bm25(…)). */
const RANK = `bm25(8.0, 1.0)`;
const SNIPPET_CHARS = 180;

interface Row {
  rowid: number;
  kind: SearchKind;
  ref_id: string;
  source_id: string | null;
  rank: number;
}

function filterSql(input: SearchInput, withKinds = true): { where: string[]; params: unknown[]; join: string } {
  const where: string[] = [];
  const params: unknown[] = [];
  let join = '';
  if (withKinds && input.kinds?.length) {
    where.push(`d.kind IN (${input.kinds.map(() => '?').join(',')})`);
    params.push(...input.kinds);
  }
  const sourceFilters = Boolean(input.reliability?.length || input.languages?.length || input.from || input.to);
  if (sourceFilters) {
    join = 'JOIN source s ON s.id = d.source_id';
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
  return { where, params, join };
}

function isSyntaxError(err: unknown): boolean {
  return /fts5|syntax error|no such column|unterminated/i.test((err as Error).message ?? '');
}

/**
 * Ranked search with snippets. The analyst's query runs as FTS5 syntax; if
 * SQLite calls it a syntax error, the same words run as a plain all-words query.
 */
export function runSearch(db: Database.Database, input: SearchInput): SearchOutput {
  const parsed = parseQuery(input.query);
  const counts = { source: 0, excerpt: 0, analytic: 0, briefing: 0 };
  if (!parsed.plain) return { total: 0, counts, items: [], effectiveQuery: '', fallback: false };
  const { where, params, join } = filterSql(input);
  const conditions = ['search_fts MATCH ?', `rank MATCH '${RANK}'`, ...where].join(' AND ');
  // Counts per kind leave the kind filter out, so the view can say what the other kinds hold.
  const all = filterSql(input, false);
  const countConditions = ['search_fts MATCH ?', ...all.where].join(' AND ');
  const page = (fts: string) => {
    const rows = db
      .prepare(
        `SELECT d.rowid, d.kind, d.ref_id, d.source_id, f.rank FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid ${join}
         WHERE ${conditions} ORDER BY f.rank LIMIT ? OFFSET ?`,
      )
      .all(fts, ...params, input.limit, input.offset) as Row[];
    const total = db
      .prepare(`SELECT count(*) FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid ${join} WHERE ${conditions}`)
      .pluck()
      .get(fts, ...params) as number;
    const perKind = db
      .prepare(
        `SELECT d.kind, count(*) AS n FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid ${all.join}
         WHERE ${countConditions} GROUP BY d.kind`,
      )
      .all(fts, ...all.params) as { kind: SearchKind; n: number }[];
    return { rows, total, perKind };
  };
  let effective = parsed.fts;
  let fallback = false;
  let result: ReturnType<typeof page>;
  try {
    result = page(parsed.fts);
  } catch (err) {
    if (!isSyntaxError(err)) throw err;
    effective = parsed.plain;
    fallback = true;
    result = page(parsed.plain);
  }
  for (const { kind, n } of result.perKind) counts[kind] = n;
  return {
    total: result.total,
    counts,
    items: result.rows.map((r) => toHit(db, r, parsed)),
    effectiveQuery: effective,
    fallback,
  };
}

function toHit(db: Database.Database, r: Row, parsed: ParsedQuery): SearchHit {
  const text = textOf(db, r.kind, r.ref_id) ?? { title: '', body: '', sourceId: null };
  const label = labelOf(db, r.kind, r.ref_id);
  const inBody = highlight(text.body, parsed);
  const inTitle = highlight(text.title, parsed);
  const use = inBody.firstHit !== null || inTitle.firstHit === null ? inBody : inTitle;
  const inText = use === inBody && use.firstHit !== null;
  const place =
    inText && r.kind === 'source'
      ? {
          offset: use.firstHit,
          hitLength: use.firstLength,
          version: stmt(db, 'SELECT current_version FROM source WHERE id = ?').pluck().get(r.ref_id) as number,
          leaf: null,
        }
      : inText && r.kind === 'briefing'
        ? briefingPlace(db, r.ref_id, parsed)
        : { offset: null, hitLength: null, version: null, leaf: null };
  return {
    kind: r.kind,
    id: r.ref_id,
    sourceId: r.source_id,
    label,
    field: use === inBody ? 'body' : 'title',
    snippet: use.snippet,
    ...place,
    score: -r.rank,
  };
}

/** The first hit in a briefing as (leaf, offset in it), counting each inline reference as one character like the editor. */
function briefingPlace(
  db: Database.Database,
  id: string,
  parsed: ParsedQuery,
): Pick<SearchHit, 'offset' | 'hitLength' | 'version' | 'leaf'> {
  const doc = stmt(db, 'SELECT doc FROM briefing WHERE id = ?').pluck().get(id) as string | undefined;
  const blocks = doc ? textBlocks(JSON.parse(doc) as DocNode, '\uFFFC') : [];
  for (const [leaf, block] of blocks.entries()) {
    const h = highlight(block.text, parsed);
    if (h.firstHit !== null) return { offset: h.firstHit, hitLength: h.firstLength, version: null, leaf };
  }
  return { offset: null, hitLength: null, version: null, leaf: null };
}

function labelOf(db: Database.Database, kind: SearchKind, id: string): string {
  const sql = {
    source: 'SELECT title FROM source WHERE id = ?',
    excerpt: 'SELECT quote FROM excerpt WHERE id = ?',
    analytic: 'SELECT text FROM analytic_object WHERE id = ?',
    briefing: 'SELECT title FROM briefing WHERE id = ?',
  }[kind];
  const value = (db.prepare(sql).pluck().get(id) as string | undefined) ?? '';
  return value.length > 120 ? `${value.slice(0, 119)}…` : value;
}

/**
 * Finds the query's terms in the original text through the folded copy and
 * cuts a snippet around the first hit, as plain segments (hit or not) — never
 * markup, so imported text cannot become live in the results list.
 */
export function highlight(
  original: string,
  parsed: Pick<ParsedQuery, 'terms'>,
): { snippet: { text: string; hit: boolean }[]; firstHit: number | null; firstLength: number | null } {
  const { folded, map } = foldWithMap(original);
  const ranges: [number, number][] = [];
  for (const term of parsed.terms) {
    if (!term.text) continue;
    let at = folded.indexOf(term.text);
    while (at >= 0) {
      const before = folded[at - 1] ?? ' ';
      const endF = at + term.text.length;
      let end = endF;
      if (term.prefix) while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end]!)) end++;
      const after = folded[end] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        const start = map[at]!;
        const stop = end < map.length ? map[end]! : original.length;
        ranges.push([start, stop]);
      }
      at = folded.indexOf(term.text, at + 1);
    }
  }
  if (!ranges.length) {
    const head = original.slice(0, SNIPPET_CHARS);
    return {
      snippet: head ? [{ text: head + (original.length > SNIPPET_CHARS ? '…' : ''), hit: false }] : [],
      firstHit: null,
      firstLength: null,
    };
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const first = merged[0]!;
  let from = Math.max(0, first[0] - 60);
  // Start at a word boundary.
  while (from > 0 && /\S/.test(original[from - 1]!)) from--;
  const to = Math.min(original.length, from + SNIPPET_CHARS);
  const snippet: { text: string; hit: boolean }[] = [];
  let pos = from;
  if (from > 0) snippet.push({ text: '…', hit: false });
  for (const [s, e] of merged) {
    if (s >= to) break;
    if (s > pos) snippet.push({ text: original.slice(pos, s), hit: false });
    snippet.push({ text: original.slice(Math.max(s, pos), Math.min(e, to)), hit: true });
    pos = Math.min(e, to);
  }
  if (pos < to) snippet.push({ text: original.slice(pos, to), hit: false });
  if (to < original.length) snippet.push({ text: '…', hit: false });
  return {
    snippet: snippet.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') })),
    firstHit: first[0],
    firstLength: first[1] - first[0],
  };
}
