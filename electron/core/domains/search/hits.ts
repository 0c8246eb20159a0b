import type Database from 'better-sqlite3';
import type { SearchHit } from '../../../../shared/contract/search';
import type { DocNode } from '../../../../shared/editor/document';
import { textBlocks } from '../../../../shared/editor/references';
import { stmt } from '../sources/statements';
import { FoldCursor } from './fold';
import { textOf, type SearchKind } from './indexer';
import type { ParsedQuery } from './query';

const SNIPPET_CHARS = 180;

/** One ranked match of the page asked for. */
export interface RankedDoc {
  kind: SearchKind;
  ref_id: string;
  source_id: string | null;
  /** bm25 as FTS5 gives it: lower is better. */
  score: number;
}

/**
 * A hit as the results list shows it: label, highlighted snippet, and the
 * place to open. Built only for the page asked for, never for every match:
 * reading and folding a text is the costly part of a hit.
 */
export function toHit(db: Database.Database, r: RankedDoc, parsed: ParsedQuery): SearchHit {
  const text = textOf(db, r.kind, r.ref_id) ?? { title: '', body: '', sourceId: null, label: '', version: null };
  const inBody = highlight(text.body, parsed);
  let use = inBody;
  // The snippet comes from the title only when the text has no hit and the title has.
  if (inBody.firstHit === null) {
    const inTitle = highlight(text.title, parsed);
    if (inTitle.firstHit !== null) use = inTitle;
  }
  const inText = use === inBody && use.firstHit !== null;
  const place =
    inText && r.kind === 'source'
      ? { offset: use.firstHit, hitLength: use.firstLength, version: text.version, leaf: null }
      : inText && r.kind === 'briefing'
        ? briefingPlace(db, r.ref_id, parsed)
        : { offset: null, hitLength: null, version: null, leaf: null };
  return {
    kind: r.kind,
    id: r.ref_id,
    sourceId: r.source_id,
    label: text.label.length > 120 ? `${text.label.slice(0, 119)}…` : text.label,
    field: use === inBody ? 'body' : 'title',
    snippet: use.snippet,
    ...place,
    score: -r.score,
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

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whole-word hits of the terms in what is folded so far, as [start, end) in
 * the original. `cut` is set when a candidate reaches the end of the folded
 * part, so whether it is a whole word (or where a prefix's word ends) is not
 * known yet.
 */
function rangesIn(cursor: FoldCursor, terms: ParsedQuery['terms']): { ranges: [number, number][]; cut: boolean } {
  const { folded, map, text, done } = cursor;
  const ranges: [number, number][] = [];
  let cut = false;
  for (const term of terms) {
    if (!term.text) continue;
    for (let at = folded.indexOf(term.text); at >= 0; at = folded.indexOf(term.text, at + 1)) {
      let end = at + term.text.length;
      if (term.prefix) while (end < folded.length && WORD.test(folded[end]!)) end++;
      if (end >= folded.length && !done) {
        cut = true;
        continue;
      }
      if (WORD.test(folded[at - 1] ?? ' ') || WORD.test(folded[end] ?? ' ')) continue;
      ranges.push([map[at]!, end < folded.length ? map[end]! : text.length]);
    }
  }
  return { ranges, cut };
}

/** The folded index where original position `pos` starts (or the folded length). */
function foldedIndexOf(cursor: FoldCursor, pos: number): number {
  const { map } = cursor;
  let lo = 0;
  let hi = cursor.folded.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function merge(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/**
 * Finds the query's terms in the original text through the folded copy and
 * cuts a snippet around the first hit, as plain segments (hit or not) — never
 * markup, so imported text cannot become live in the results list. Folds only
 * as far as the snippet needs: up to the first hit and a snippet's length on,
 * in growing steps.
 */
export function highlight(
  original: string,
  parsed: Pick<ParsedQuery, 'terms'>,
): { snippet: { text: string; hit: boolean }[]; firstHit: number | null; firstLength: number | null } {
  const cursor = new FoldCursor(original);
  const longest = Math.max(0, ...parsed.terms.map((t) => t.text.length));
  let merged: [number, number][];
  for (let step = 1024; ; step *= 2) {
    cursor.advance(cursor.pos + step);
    const { ranges, cut } = rangesIn(cursor, parsed.terms);
    merged = merge(ranges);
    if (cursor.done) break;
    if (!merged.length) continue;
    // Every hit that can show in the snippet must be complete: folded on past the snippet's
    // end (and the first hit's end) by more than the longest term, with no candidate cut off.
    const need = foldedIndexOf(cursor, Math.max(merged[0]![0] + SNIPPET_CHARS, merged[0]![1])) + longest + 1;
    if (!cut && cursor.folded.length > need) break;
  }
  if (!merged.length) {
    const head = original.slice(0, SNIPPET_CHARS);
    return {
      snippet: head ? [{ text: head + (original.length > SNIPPET_CHARS ? '…' : ''), hit: false }] : [],
      firstHit: null,
      firstLength: null,
    };
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
