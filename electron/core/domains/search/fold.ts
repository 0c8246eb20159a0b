/**
 * German-aware folding for search (issue 8): lower case, diacritics removed,
 * ß → ss, and the transliterations ae/oe/ue → a/o/u, applied alike to the
 * indexed text and to the query, so "Müller", "Mueller" and "Muller" all meet
 * at "muller", and "Straße" meets "Strasse". FTS5's own unicode61 tokenizer
 * (remove_diacritics 2) folds ö → o but not ß → ss and knows nothing of "oe",
 * hence this step before it. Folding both sides the same way keeps matching
 * exact; the price is rare look-alikes ("Bauer" also matches "Baur").
 *
 * `foldWithMap` also returns, for each folded character, the index of the
 * original character it came from, so hits found in folded text are
 * highlighted in the original.
 */
export const FOLD_VERSION = 1;

function foldCharUncached(ch: string): string {
  if (ch === 'ß' || ch === 'ẞ') return 'ss';
  return ch
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Folded form of each non-ASCII character seen: normalising one character at a time was most of a search's time. */
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
  let f = folded.get(ch);
  if (f === undefined) {
    f = foldCharUncached(ch);
    if (folded.size < 100_000) folded.set(ch, f);
  }
  return f;
}

export function foldWithMap(text: string): { folded: string; map: number[] } {
  const chars: string[] = [];
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (const f of foldChar(ch)) {
      chars.push(f);
      map.push(i);
    }
    i += ch.length;
  }
  // ae/oe/ue → a/o/u: drop the e.
  const outChars: string[] = [];
  const outMap: number[] = [];
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    if (c === 'e' && k > 0 && /[aou]/.test(chars[k - 1]!)) continue;
    outChars.push(c);
    outMap.push(map[k]!);
  }
  return { folded: outChars.join(''), map: outMap };
}

/** Capital sigma: whole-string toLowerCase turns it into final ς at a word's end, per character into σ. */
const CAPITAL_SIGMA = /\u03a3/;

/**
 * The same result as `foldWithMap(text).folded`, computed on the whole string at
 * once instead of character by character: indexing folds every imported text,
 * and the per-character path was most of a bulk import's time. Equal because
 * NFKD only decomposes (its reordering moves marks, which are then removed) and
 * lower-casing is context-free except for Σ, which keeps the exact path.
 */
export function fold(text: string): string {
  const decomposed = text
    .replace(/[ßẞ]/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  // Checked after NFKD: compatibility forms such as the mathematical 𝜮 decompose to Σ.
  if (CAPITAL_SIGMA.test(decomposed)) return foldWithMap(text).folded;
  return decomposed.toLowerCase().replace(/([aou])e/g, '$1');
}
