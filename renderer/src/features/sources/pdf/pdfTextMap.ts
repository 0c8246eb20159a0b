/**
 * Offsets between pdf.js text items (what the page view's text layer shows, one
 * span per item) and the stored version text (what excerpts anchor into).
 *
 * The core builds each page's text from the same items (electron/core/domains/
 * sources/extract/pdf.ts, `pageText`): items are concatenated, a line ends where
 * pdf.js says (`hasEOL`), a vertical gap of more than 1.8 item heights at a line
 * start adds a blank line, then the page is NFC-normalised, trailing blanks before
 * a newline are dropped, three or more newlines become two and the page is trimmed.
 * Hyphenated line breaks are not joined ("Sicher-" + "\n" + "heit" stay as they are).
 * This module replays exactly those steps while remembering, for every character of
 * the result, which raw characters it came from, so a point in a text-layer span
 * maps to one offset in the stored text and back.
 *
 * A replay is trusted only when its text equals the stored page text. Otherwise (an
 * older core, another pdf.js) a selection is found by its words inside that page's
 * stored text, and when those words occur more than once no range is reported:
 * an excerpt must never land on a look-alike passage.
 *
 * No DOM and no pdf.js here, so Node unit tests cover it (tests/unit/pdfTextMap.test.ts).
 */

/** The fields of a pdf.js TextItem the page text is built from. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  height: number;
  transform: readonly number[];
}

/** A stored page: its range of the version text (shared/domain/source.ts TextPage). */
export interface StoredPage {
  page: number;
  label: string;
  start: number;
  end: number;
}

/** The core's test for a text item (marked-content items have no `str`). */
export function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** One page's rebuilt text and where each of its characters came from. */
export interface PageTextMap {
  /** The page text as the core builds it. */
  text: string;
  /** False when NFC composed across a boundary this module cannot split (the offsets are then not trusted). */
  exact: boolean;
  /** Per text item (the text layer's span index): where its `str` starts in the raw concatenation. */
  itemStart: readonly number[];
  itemLength: readonly number[];
  /** Per character of `text`: the raw characters [origin, originEnd) it was made from. */
  origin: readonly number[];
  originEnd: readonly number[];
}

interface Tracked {
  text: string;
  origin: number[];
  originEnd: number[];
}

/**
 * Code points that may combine with what precedes them under NFC (combining marks,
 * among them the kana voicing marks, and Hangul medial vowels and final consonants).
 * A segment starts at any other code point, and segments are normalised one by one.
 */
const COMBINES_WITH_PREVIOUS = /^(?:\p{M}|[\u1160-\u11ff])/u;

function normaliseTracked(t: Tracked): { tracked: Tracked; exact: boolean } {
  const out: Tracked = { text: '', origin: [], originEnd: [] };
  const parts: string[] = [];
  let segStart = 0;
  const flush = (end: number) => {
    if (end <= segStart) return;
    const raw = t.text.slice(segStart, end);
    const nfc = raw.normalize('NFC');
    parts.push(nfc);
    if (nfc === raw) {
      for (let i = segStart; i < end; i++) {
        out.origin.push(t.origin[i]!);
        out.originEnd.push(t.originEnd[i]!);
      }
    } else {
      // A changed cluster (base letter and marks): every character of it stands for all of it.
      const from = t.origin[segStart]!;
      const to = t.originEnd[end - 1]!;
      for (let i = 0; i < nfc.length; i++) {
        out.origin.push(from);
        out.originEnd.push(to);
      }
    }
    segStart = end;
  };
  let i = 0;
  for (const ch of t.text) {
    if (i > 0 && !COMBINES_WITH_PREVIOUS.test(ch)) flush(i);
    i += ch.length;
  }
  flush(t.text.length);
  out.text = parts.join('');
  return { tracked: out, exact: out.text === t.text.normalize('NFC') };
}

/**
 * `text.replace(re, replacement)` keeping origins. Every replacement here keeps a
 * suffix of its match ("\r\n" → "\n", "  \n" → "\n", "\n\n\n" → "\n\n"), so output
 * characters take the origins of the match's last characters.
 */
function replaceTracked(t: Tracked, re: RegExp, replacement: string): Tracked {
  const out: Tracked = { text: '', origin: [], originEnd: [] };
  let from = 0;
  const keep = (start: number, end: number) => {
    out.text += t.text.slice(start, end);
    for (let i = start; i < end; i++) {
      out.origin.push(t.origin[i]!);
      out.originEnd.push(t.originEnd[i]!);
    }
  };
  for (const m of t.text.matchAll(re)) {
    keep(from, m.index);
    const matchEnd = m.index + m[0].length;
    const shift = matchEnd - replacement.length;
    out.text += replacement;
    for (let k = 0; k < replacement.length; k++) {
      out.origin.push(t.origin[shift + k]!);
      out.originEnd.push(t.originEnd[shift + k]!);
    }
    from = matchEnd;
  }
  keep(from, t.text.length);
  return out;
}

function trimTracked(t: Tracked): Tracked {
  const lead = t.text.length - t.text.trimStart().length;
  const end = t.text.trimEnd().length;
  if (end <= lead) return { text: '', origin: [], originEnd: [] };
  return {
    text: t.text.slice(lead, end),
    origin: t.origin.slice(lead, end),
    originEnd: t.originEnd.slice(lead, end),
  };
}

/** Rebuilds a page's text from pdf.js items exactly as the core does, with an offset table. */
export function buildPageTextMap(items: readonly unknown[]): PageTextMap {
  let raw = '';
  const itemStart: number[] = [];
  const itemLength: number[] = [];
  let lineY: number | null = null;
  let atLineStart = true;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const y = item.transform[5] ?? 0;
    if (atLineStart && lineY !== null && item.height > 0 && lineY - y > item.height * 1.8) raw += '\n';
    if (atLineStart && item.str.trim()) lineY = y;
    itemStart.push(raw.length);
    itemLength.push(item.str.length);
    raw += item.str;
    if (item.str.trim()) atLineStart = false;
    if (item.hasEOL) {
      raw += '\n';
      atLineStart = true;
    }
  }
  const identity: Tracked = {
    text: raw,
    origin: Array.from({ length: raw.length }, (_, i) => i),
    originEnd: Array.from({ length: raw.length }, (_, i) => i + 1),
  };
  const { tracked: nfc, exact } = normaliseTracked(identity);
  let t = replaceTracked(nfc, /\r\n?/g, '\n');
  // The two line-level steps as the core writes them; \r\n? leaves a lone "\n" per break.
  t = replaceTracked(t, /[ \t]+\n/g, '\n');
  t = replaceTracked(t, /\n{3,}/g, '\n\n');
  t = trimTracked(t);
  return { text: t.text, exact, itemStart, itemLength, origin: t.origin, originEnd: t.originEnd };
}

/** First index whose value is ≥ `value` in an ascending array (its length if none). */
function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The page-text offset of a point inside item `item`'s string (`offset` in UTF-16 units, 0…length). */
export function pointToPageOffset(map: PageTextMap, item: number, offset: number): number {
  const start = map.itemStart[item];
  if (start === undefined) return map.text.length;
  const within = Math.max(0, Math.min(offset, map.itemLength[item]!));
  return lowerBound(map.origin, start + within);
}

/** The pieces of items that show page-text range [start, end): `from`/`to` are offsets into each item's `str`. */
export interface ItemPiece {
  item: number;
  from: number;
  to: number;
}

export function pageRangeToItemPieces(map: PageTextMap, start: number, end: number): ItemPiece[] {
  const s = Math.max(0, start);
  const e = Math.min(map.text.length, end);
  if (e <= s) return [];
  const rawStart = map.origin[s]!;
  const rawEnd = map.originEnd[e - 1]!;
  const pieces: ItemPiece[] = [];
  // Items are in raw order; the last one starting at or before rawStart is the first candidate.
  let i = Math.max(0, lowerBound(map.itemStart, rawStart + 1) - 1);
  for (; i < map.itemStart.length; i++) {
    const is = map.itemStart[i]!;
    if (is >= rawEnd) break;
    const ie = is + map.itemLength[i]!;
    const from = Math.max(is, rawStart);
    const to = Math.min(ie, rawEnd);
    if (to > from) pieces.push({ item: i, from: from - is, to: to - is });
  }
  return pieces;
}

/** The index of `needle` in `haystack` if it occurs exactly once, else -1. */
export function uniqueIndexOf(haystack: string, needle: string): number {
  if (!needle) return -1;
  const first = haystack.indexOf(needle);
  if (first < 0) return -1;
  return haystack.indexOf(needle, first + 1) < 0 ? first : -1;
}

/** A point in the page view: text item `item` of page `page` (1-based), `offset` into its string. */
export interface PagePoint {
  page: number;
  item: number;
  offset: number;
}

/** What the mapping needs to know about one version. */
export interface VersionText {
  /** The stored (NFC) version text. */
  text: string;
  pages: readonly StoredPage[];
}

export interface StoredRange {
  start: number;
  end: number;
  quote: string;
}

function storedPage(version: VersionText, page: number): { page: StoredPage; text: string } | null {
  const p = version.pages.find((candidate) => candidate.page === page);
  return p ? { page: p, text: version.text.slice(p.start, p.end) } : null;
}

/** Does the replayed page text equal the stored one, so offsets carry over one to one? */
export function isTrusted(map: PageTextMap, storedText: string): boolean {
  return map.exact && map.text === storedText;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** Narrows a range to its first and last non-blank characters; null when nothing is left. */
export function trimRange(text: string, start: number, end: number): StoredRange | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return e > s ? { start: s, end: e, quote: text.slice(s, e) } : null;
}

/**
 * Maps a selection from `from` to `to` (document order) in the page view to the
 * stored text. `mapOf(page)` gives a page's replayed map (present for every page the
 * selection starts or ends on). Null when the selection holds no text or cannot be
 * placed without guessing.
 */
export function selectionToStoredRange(
  version: VersionText,
  mapOf: (page: number) => PageTextMap | undefined,
  from: PagePoint,
  to: PagePoint,
): StoredRange | null {
  const first = storedPage(version, from.page);
  const last = storedPage(version, to.page);
  const firstMap = mapOf(from.page);
  const lastMap = mapOf(to.page);
  if (!first || !last || !firstMap || !lastMap) return null;
  const localStart = pointToPageOffset(firstMap, from.item, from.offset);
  const localEnd = pointToPageOffset(lastMap, to.item, to.offset);
  let start: number;
  let end: number;
  if (from.page === to.page) {
    if (localEnd <= localStart) return null;
    if (isTrusted(firstMap, first.text)) {
      start = first.page.start + localStart;
      end = first.page.start + localEnd;
    } else {
      const needle = firstMap.text.slice(localStart, localEnd).trim();
      const at = uniqueIndexOf(first.text, needle);
      if (at < 0) return null;
      start = first.page.start + at;
      end = start + needle.length;
    }
  } else {
    if (to.page < from.page) return null;
    if (isTrusted(firstMap, first.text)) start = first.page.start + localStart;
    else {
      // The rest of the first page from the selection on: found once in the stored page, or not at all.
      const needle = firstMap.text.slice(localStart).trimEnd();
      if (!needle.trim()) start = first.page.end;
      else {
        const at = uniqueIndexOf(first.text, needle);
        if (at < 0) return null;
        start = first.page.start + at;
      }
    }
    if (isTrusted(lastMap, last.text)) end = last.page.start + localEnd;
    else {
      const needle = lastMap.text.slice(0, localEnd).trimStart();
      if (!needle.trim()) end = last.page.start;
      else {
        const at = uniqueIndexOf(last.text, needle);
        if (at < 0) return null;
        end = last.page.start + at + needle.length;
      }
    }
  }
  return trimRange(version.text, start, end);
}

/**
 * The item pieces that show stored range [start, end) on one page (the part of the
 * range that lies on it), for drawing a highlight. Empty when the page holds none of
 * it, or when the page's replay differs from the stored text and the words cannot be
 * found exactly once in it.
 */
export function storedRangeToItemPieces(
  version: VersionText,
  page: number,
  map: PageTextMap,
  start: number,
  end: number,
): ItemPiece[] {
  const stored = storedPage(version, page);
  if (!stored) return [];
  const s = Math.max(start, stored.page.start) - stored.page.start;
  const e = Math.min(end, stored.page.end) - stored.page.start;
  if (e <= s) return [];
  if (isTrusted(map, stored.text)) return pageRangeToItemPieces(map, s, e);
  const needle = stored.text.slice(s, e);
  const at = uniqueIndexOf(map.text, needle);
  return at < 0 ? [] : pageRangeToItemPieces(map, at, at + needle.length);
}

/** The pages (1-based numbers) a stored range touches. */
export function pagesOfRange(pages: readonly StoredPage[], start: number, end: number): number[] {
  return pages.filter((p) => p.start < end && p.end > start).map((p) => p.page);
}
