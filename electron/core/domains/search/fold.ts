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

function foldChar(ch: string): string {
  if (ch === 'ß' || ch === 'ẞ') return 'ss';
  return ch
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
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

export function fold(text: string): string {
  return foldWithMap(text).folded;
}
