/** Anchoring and re-anchoring as pure functions: selections, locators, code points, and each re-anchoring rule. */
import { describe, expect, it } from 'vitest';
import {
  CodePoints,
  blockIndexOf,
  contextOf,
  locateQuote,
  occurrences,
  pageSpanOf,
  rangeProblem,
  trimRange,
} from '../../electron/core/domains/excerpts/anchor';
import {
  MIN_MARGIN,
  MIN_SIMILARITY,
  QUOTE_MIN_SIMILARITY,
  TextChange,
  reanchor,
} from '../../electron/core/domains/excerpts/reanchor';
import {
  GramIndex,
  alignInText,
  contextDistance,
  fuzzyCandidates,
  levenshtein,
} from '../../electron/core/domains/excerpts/similarity';

/** An excerpt of `words` (the n-th occurrence) in `text`, as it would be stored. */
function basisOf(text: string, words: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = start + words.length;
  return { quote: words, ...contextOf(text, start, end), start, end };
}

const OLD = [
  'Sechs nordkoreanische Offiziere sollen bei dem Angriff ums Leben gekommen sein.',
  'Das wurde bisher nur von einer einzigen Geheimdienstquelle bestätigt.',
  'Es gibt keine Foto- oder Videobeweise für den Vorfall an der Grenze.',
].join('\n\n');

describe('selections', () => {
  it('keeps 32 code points of context each side, fewer at the edges, never half a surrogate pair', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    expect(contextOf(text, 40, 45)).toEqual({ prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    expect(contextOf('xQUOTEy', 1, 6)).toEqual({ prefix: 'x', suffix: 'y' });
    const emoji = `${'😀'.repeat(40)}Q`;
    const ctx = contextOf(emoji, emoji.length - 1, emoji.length);
    expect(Array.from(ctx.prefix)).toHaveLength(32);
    expect(ctx.prefix).toBe('😀'.repeat(32));
  });

  it('trims white space off a selection and refuses empty, blank, out-of-range and split-character ones', () => {
    const text = 'Erster Satz.\n\nZweiter Satz.\n';
    expect(trimRange(text, { start: 12, end: 28 })).toEqual({ start: 14, end: 27 });
    expect(rangeProblem(text, { start: 3, end: 3 })).toMatch(/empty/);
    expect(rangeProblem(text, { start: 12, end: 14 })).toMatch(/white space/);
    expect(rangeProblem(text, { start: 0, end: 99 })).toMatch(/after the end/);
    expect(rangeProblem('a😀b', { start: 0, end: 2 })).toMatch(/splits a character/);
    expect(rangeProblem(text, { start: 0, end: 5 })).toBeNull();
  });

  it('finds an NFD quote in NFC text, and tells several occurrences apart by their context', () => {
    const text = 'Grüße aus Köln. Später: Grüße aus Bonn.';
    const nfd = 'Grüße aus'.normalize('NFD');
    expect(nfd).not.toBe('Grüße aus');
    expect(locateQuote(text, nfd)).toEqual({ ok: false, reason: 'ambiguous', count: 2 });
    expect(locateQuote(text, nfd, { suffix: ' Bonn'.normalize('NFD') })).toEqual({
      ok: true,
      range: { start: 24, end: 33 },
    });
    expect(locateQuote(text, 'Köln'.normalize('NFD'))).toEqual({ ok: true, range: { start: 10, end: 14 } });
    expect(locateQuote(text, 'München')).toMatchObject({ ok: false, reason: 'notFound' });
  });

  it('locates pages (first and last for a range across pages) and the block a range starts in', () => {
    const pages = [
      { page: 1, label: 'i', start: 0, end: 32 },
      { page: 2, label: '1', start: 34, end: 116 },
      { page: 3, label: '2', start: 118, end: 161 },
    ];
    expect(pageSpanOf(pages, { start: 40, end: 50 })).toEqual({
      first: { page: 2, label: '1' },
      last: { page: 2, label: '1' },
    });
    expect(pageSpanOf(pages, { start: 100, end: 130 })).toEqual({
      first: { page: 2, label: '1' },
      last: { page: 3, label: '2' },
    });
    // A selection that starts in the separator between pages belongs to the next page.
    expect(pageSpanOf(pages, { start: 33, end: 40 })?.first.page).toBe(2);
    expect(pageSpanOf(null, { start: 0, end: 1 })).toBeNull();
    const blocks = pages.map((p) => ({ kind: 'paragraph' as const, start: p.start, end: p.end }));
    expect(blockIndexOf(blocks, { start: 120, end: 125 })).toBe(2);
    expect(blockIndexOf(blocks, { start: 32, end: 34 })).toBeNull();
  });

  it('converts UTF-16 offsets to code points and back (W3C TextPositionSelector counts code points)', () => {
    const text = 'a😀b😀😀c';
    const cp = new CodePoints(text);
    const chars = Array.from(text);
    for (let c = 0; c <= chars.length; c++) {
      const u = cp.fromCodePoint(c)!;
      expect(text.slice(0, u)).toBe(chars.slice(0, c).join(''));
      expect(cp.toCodePoint(u)).toBe(c);
    }
    expect(cp.fromCodePoint(chars.length + 1)).toBeNull();
    expect(new CodePoints('Straße').toCodePoint(6)).toBe(6);
  });
});

describe('similarity', () => {
  it('aligns a quote inside a longer text and measures context with insertions counted once', () => {
    expect(levenshtein('Straße', 'Strasse')).toBe(2);
    const text = 'xxxx die Meldung nicht bestätigt yyyy';
    expect(alignInText('die Meldung nicht bestatigt', text, 0, text.length, 32)).toEqual({
      start: 5,
      end: 32,
      distance: 1,
    });
    // Three characters inserted right before the match cost three, not a shifted comparison of all 32.
    const before = 'abcdefghijklmnopqrstuvwxyz012345';
    expect(contextDistance(before, `${before}XYZ`, before.length + 3, -1)).toBe(3);
    expect(contextDistance('', 'anything', 3, 1)).toBe(0);
  });

  it('the seed index finds the same 8-character pieces as a scan, in order', () => {
    const text = `${OLD} ${OLD} Geheimdienstquelle`.repeat(3);
    const index = new GramIndex(text);
    for (const gram of ['Geheimdi', 'bestätig', ' der Gre', 'nichtda!']) {
      expect(index.find(gram, 100)).toEqual(occurrences(text, gram));
    }
    expect(index.find('Geheimdi', 2)).toEqual(occurrences(text, 'Geheimdi').slice(0, 2));
  });

  it('ranks distinct places best first, so the runner-up is a different place', () => {
    const text = 'Er sagte: die Lage ist ruhig. Später sagte sie: die Lage ist ruhig.';
    const sel = { quote: 'die Lage ist ruhig', prefix: 'Er sagte: ', suffix: '. Später sagte sie: die Lage is' };
    const [best, second] = fuzzyCandidates(sel, text);
    expect(best).toMatchObject({ start: 10, end: 28 });
    expect(second!.start).toBeGreaterThanOrEqual(28);
  });
});

describe('re-anchoring rules', () => {
  it('(a) keeps an unchanged position, and carries it through the one region that changed', () => {
    const b = basisOf(OLD, 'einzigen Geheimdienstquelle');
    expect(reanchor(b, { newText: OLD, oldText: OLD })).toMatchObject({
      status: 'anchored',
      start: b.start,
      method: 'position',
    });
    const later = OLD.replace('Grenze', 'Grenze zu China');
    expect(reanchor(b, { newText: later, oldText: OLD })).toMatchObject({ status: 'anchored', start: b.start });
    const shifted = `Eilmeldung.\n\n${OLD}`;
    expect(reanchor(b, { newText: shifted, oldText: OLD })).toEqual({
      status: 'anchored',
      start: b.start + 13,
      end: b.end + 13,
      method: 'positionMapped',
    });
  });

  it('(a) without the old text needs the quote and its whole context at the stored offsets', () => {
    const b = basisOf(OLD, 'einzigen Geheimdienstquelle');
    expect(reanchor(b, { newText: OLD })).toMatchObject({ status: 'anchored', method: 'position' });
    const touched = OLD.replace('von einer einzigen', 'von einer  einzigen');
    expect(reanchor({ ...b }, { newText: touched })).not.toMatchObject({ start: b.start });
  });

  it('(b) finds the quote once elsewhere with one side of its context intact → anchored', () => {
    const b = basisOf(OLD, 'keine Foto- oder Videobeweise');
    // Paragraphs swapped and the first rewritten: no single changed region maps the position.
    const [p1, p2, p3] = OLD.split('\n\n');
    const swapped = [p3, p1!.replace('Sechs', 'Sieben'), p2].join('\n\n');
    const r = reanchor(b, { newText: swapped, oldText: OLD });
    expect(r).toMatchObject({ status: 'anchored', method: 'uniqueQuote' });
    if (r.status === 'anchored') expect(swapped.slice(r.start, r.end)).toBe(b.quote);
  });

  it('(b) never adopts a twin: the quote was there twice, the analyst’s copy changed, the other survives', () => {
    const old = 'Erstens: die Lage ist ruhig, sagt A.\n\nZweitens: die Lage ist ruhig, sagt B.';
    const b = basisOf(old, 'die Lage ist ruhig', 0);
    const changed = old.replace('Erstens: die Lage ist ruhig', 'Erstens: die Lage ist angespannt');
    const r = reanchor(b, { newText: changed, oldText: old });
    expect(r.status).not.toBe('anchored');
    // The surviving twin has other surroundings, so it is not even proposed.
    if (r.status === 'moved') expect(changed.slice(r.start, r.end)).not.toBe('die Lage ist ruhig');
  });

  it('(c) proposes a close, unambiguous match as moved, with its similarity', () => {
    const b = basisOf(OLD, 'Das wurde bisher nur von einer einzigen Geheimdienstquelle bestätigt.');
    const edited = `Neu: ${OLD.replace('einzigen Geheimdienstquelle', 'einzelnen Geheimdienstquelle')}`;
    const r = reanchor(b, { newText: edited, oldText: OLD });
    expect(r).toMatchObject({ status: 'moved', method: 'fuzzy' });
    if (r.status === 'moved') {
      expect(edited.slice(r.start, r.end)).toBe(
        'Das wurde bisher nur von einer einzelnen Geheimdienstquelle bestätigt.',
      );
      expect(r.similarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
      expect(r.similarity).toBeLessThan(1);
    }
  });

  it('(c) the documented thresholds: 0.75 similarity, and a lead of 0.05 over the runner-up', () => {
    // Why these numbers is written at the top of reanchor.ts; this pins them so a change is deliberate.
    expect([QUOTE_MIN_SIMILARITY, MIN_SIMILARITY, MIN_MARGIN]).toEqual([0.75, 0.75, 0.05]);
    const quote = 'Die Einheit umfasste nach Angaben der Behörde etwa zweihundert Soldaten';
    const old = `Vorbemerkung. ${quote}. Schluss des Berichts.`;
    const b = basisOf(old, quote);
    const mutate = (n: number) => quote.slice(0, quote.length - n) + 'x'.repeat(n);
    // 20 % of the quote's characters replaced: still proposed. 30 %: orphan.
    const n20 = Math.round(quote.length * 0.2);
    const n30 = Math.round(quote.length * 0.3);
    expect(reanchor(b, { newText: `X ${old.replace(quote, mutate(n20))}`, oldText: old }).status).toBe('moved');
    expect(reanchor(b, { newText: `X ${old.replace(quote, mutate(n30))}`, oldText: old })).toMatchObject({
      status: 'orphan',
      reason: 'belowThreshold',
    });
  });

  it('(c) refuses to choose between two equally good places: orphan, reason ambiguous', () => {
    const pad = 'Lagebericht der Polizeidirektion, Stand zwölf Uhr. ';
    const para = 'Die Brücke wurde am Morgen gesperrt, teilte die Polizei mit. ';
    const old = `${pad}${para}${pad}`;
    const b = basisOf(old, 'Die Brücke wurde am Morgen gesperrt');
    // The new version has the reworded paragraph twice, each time in the same surroundings.
    const reworded = para.replace('am Morgen', 'am frühen Abend');
    const twice = `${pad}${reworded}${pad}${reworded}${pad}`;
    expect(reanchor(b, { newText: twice, oldText: old })).toMatchObject({ status: 'orphan', reason: 'ambiguous' });
    expect(reanchor(b, { newText: `${pad}${reworded}${pad}`, oldText: old }).status).toBe('moved');
  });

  it('(c) never proposes an intact twin of a passage that was duplicated in the old text', () => {
    const pad = 'Lagebericht der Polizeidirektion, Stand zwölf Uhr. ';
    const para = 'Die Brücke wurde am Morgen gesperrt, teilte die Polizei mit. ';
    const old = `${pad}${para}${pad}${para}${pad}`;
    const first = basisOf(old, 'Die Brücke wurde am Morgen gesperrt', 0);
    const edited = para.replace('am Morgen', 'am Abend');
    // The analyst's copy (the first) was edited and its twin survives: the twin fits better, and is still refused.
    const firstEdited = `${pad}${edited}${pad}${para}${pad}`;
    expect(reanchor(first, { newText: firstEdited, oldText: old })).toMatchObject({
      status: 'orphan',
      reason: 'ambiguous',
    });
    // The twin was edited and the analyst's copy is untouched: it stays where it is.
    const secondEdited = `${pad}${para}${pad}${edited}${pad}`;
    expect(reanchor(first, { newText: secondEdited, oldText: old })).toMatchObject({
      status: 'anchored',
      start: first.start,
    });
  });

  it('(d) a passage that is gone becomes an orphan, never attached to something else', () => {
    const b = basisOf(OLD, 'keine Foto- oder Videobeweise');
    const gone = OLD.replace(
      'Es gibt keine Foto- oder Videobeweise für den Vorfall an der Grenze.',
      'Bilder liegen vor.',
    );
    expect(reanchor(b, { newText: gone, oldText: OLD })).toMatchObject({ status: 'orphan' });
    expect(reanchor(b, { newText: '', oldText: OLD })).toMatchObject({ status: 'orphan', reason: 'notFound' });
  });

  it('matches an excerpt whose quote came from NFD input once normalised (positions stay in NFC text)', () => {
    const text = 'Die Behörde in Köln äußerte sich nicht zur Größe der Einheit.';
    const quote = 'äußerte sich nicht zur Größe'.normalize('NFD').normalize('NFC');
    const b = basisOf(text, quote);
    expect(reanchor(b, { newText: `Neu: ${text}` })).toMatchObject({ status: 'anchored', start: b.start + 5 });
  });

  it('TextChange maps only ranges wholly before or after the changed region', () => {
    const c = new TextChange('abcXYZdef', 'abcQdef');
    expect(c.map({ start: 0, end: 3 })).toEqual({ start: 0, end: 3 });
    expect(c.map({ start: 6, end: 9 })).toEqual({ start: 4, end: 7 });
    expect(c.map({ start: 2, end: 5 })).toBeNull();
  });
});
