/**
 * Snippets fold a text only as far as they need (issue 10): the result must be exactly what
 * folding the whole text gives, wherever the hits are — at the start, past the first folding
 * step, straddling a step, or nowhere — and the folding itself must not depend on the steps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FoldCursor, fold, foldWithMap } from '../../electron/core/domains/search/fold';
import { highlight } from '../../electron/core/domains/search/hits';
import type { ParsedQuery } from '../../electron/core/domains/search/query';

/** The snippet as it was computed before: the whole text folded, then every hit. */
function reference(original: string, terms: ParsedQuery['terms']) {
  const { folded, map } = foldWithMap(original);
  const word = /[\p{L}\p{N}]/u;
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term.text) continue;
    for (let at = folded.indexOf(term.text); at >= 0; at = folded.indexOf(term.text, at + 1)) {
      let end = at + term.text.length;
      if (term.prefix) while (end < folded.length && word.test(folded[end]!)) end++;
      if (!word.test(folded[at - 1] ?? ' ') && !word.test(folded[end] ?? ' '))
        ranges.push([map[at]!, end < map.length ? map[end]! : original.length]);
    }
  }
  if (!ranges.length) return { firstHit: null, firstLength: null, hits: [] as string[] };
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const first = merged[0]!;
  let from = Math.max(0, first[0] - 60);
  while (from > 0 && /\S/.test(original[from - 1]!)) from--;
  const to = Math.min(original.length, from + 180);
  const hits = merged.filter(([s]) => s < to).map(([s, e]) => original.slice(s, Math.min(e, to)).replace(/\s+/g, ' '));
  return { firstHit: first[0], firstLength: first[1] - first[0], hits };
}

const WORDS = [
  'Müller',
  'Mueller',
  'Straße',
  'strasse',
  'Köln',
  'Koeln',
  'der',
  'Haus',
  'Häuser',
  'Flüchtling',
  '😀',
  'Σ',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 1200 })
  .map((ws) => ws.join(' '));

describe('snippets fold only as far as they need', () => {
  it('give what folding the whole text gives', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.record({ word: fc.constantFrom(...WORDS, 'mull', 'stra', 'x'), prefix: fc.boolean() }), {
          minLength: 1,
          maxLength: 3,
        }),
        (original, picked) => {
          const terms = picked.map((p) => ({ text: fold(p.word), prefix: p.prefix }));
          const got = highlight(original, { terms });
          const want = reference(original, terms);
          expect(got.firstHit).toBe(want.firstHit);
          expect(got.firstLength).toBe(want.firstLength);
          expect(got.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(want.hits);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds a hit far into a long text and one that straddles a folding step', () => {
    const filler = 'Wort '.repeat(3000);
    for (const at of [0, 1015, 1020, 3070, filler.length]) {
      const original = `${filler.slice(0, at)}Mueller-Straße ${filler.slice(at)}`;
      const h = highlight(original, {
        terms: [
          { text: 'muller', prefix: false },
          { text: 'stra', prefix: true },
        ],
      });
      expect(h.firstHit, String(at)).toBe(at);
      expect(h.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Mueller', 'Straße']);
    }
  });

  it('maps hits after an emoji onto the original', () => {
    const h = highlight('😀😀 Herr Müller', { terms: [{ text: 'muller', prefix: false }] });
    expect(h.firstHit).toBe('😀😀 Herr '.length);
    expect(h.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Müller']);
  });

  it('points every folded unit at the character it came from', () => {
    // The rule spelled out slowly: each character folded alone, then an e after a, o or u dropped.
    const slow = (original: string) => {
      const units: { unit: string; from: number }[] = [];
      let i = 0;
      for (const ch of original) {
        const f =
          ch === 'ß' || ch === 'ẞ'
            ? 'ss'
            : ch
                .normalize('NFKD')
                .replace(/\p{M}+/gu, '')
                .toLowerCase();
        for (const unit of f.split('')) units.push({ unit, from: i });
        i += ch.length;
      }
      const kept = units.filter((u, k) => !(u.unit === 'e' && k > 0 && 'aou'.includes(units[k - 1]!.unit)));
      return { folded: kept.map((u) => u.unit).join(''), map: kept.map((u) => u.from) };
    };
    const unit = fc.constantFrom(...'aeoueAEOUÄÖÜäöüßẞÉ\u0301 KﬁⅫ①😀\ud800x'.split(''), '😀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (s) => {
        expect(foldWithMap(s)).toEqual(slow(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('folds the same in any steps', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 100 }),
        fc.array(fc.nat(40), { maxLength: 10 }),
        (s, steps) => {
          const cursor = new FoldCursor(s);
          for (const step of steps) cursor.advance(cursor.pos + step);
          cursor.advance(s.length);
          const whole = foldWithMap(s);
          expect(cursor.folded).toBe(whole.folded);
          expect(Array.from(cursor.map.subarray(0, cursor.folded.length))).toEqual(whole.map);
          expect(whole.map.length).toBe(whole.folded.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
