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

const enum Ch {
  A = 97,
  E = 101,
  O = 111,
  U = 117,
}

/**
 * Folds a text from the start, as far as asked: a snippet needs the folded
 * text only up to a little past the first hit, and a source's text can be
 * megabytes. One pass, ASCII (most of German text) without a string per
 * character, the rest through the cached per-character fold. `map` has one
 * entry per UTF-16 unit of `folded`: the index in the original where that unit
 * came from, so an index found with indexOf maps straight back (an astral
 * character such as an emoji takes two units on both sides).
 */
export class FoldCursor {
  folded = '';
  /** Entries 0 … folded.length - 1 are meaningful. */
  map: Int32Array;
  /** How much of the original is folded. */
  pos = 0;
  // ae/oe/ue → a/o/u: an e right after a, o or u (as folded, before any e was dropped) is left out.
  private afterAou = false;

  constructor(readonly text: string) {
    this.map = new Int32Array(Math.min(text.length, 4096) + 16);
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  private room(n: number): void {
    if (this.folded.length + n <= this.map.length) return;
    const grown = new Int32Array(Math.max(this.map.length * 2, this.folded.length + n + 16));
    grown.set(this.map.subarray(0, this.folded.length));
    this.map = grown;
  }

  /** Folds on until `upTo` characters of the original are folded (or all of it). */
  advance(upTo: number): void {
    const { text } = this;
    const end = Math.min(upTo, text.length);
    this.room(end - this.pos);
    let { map, folded, afterAou } = this;
    let i = this.pos;
    // ASCII is copied in runs (lower-cased as a whole); a run ends at a dropped e or a non-ASCII character.
    let run = i;
    const flush = (to: number) => {
      if (to > run) {
        for (let k = run, at = folded.length; k < to; k++, at++) map[at] = k;
        folded += text.slice(run, to).toLowerCase();
      }
    };
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        // c | 0x20 lower-cases an ASCII letter (and is 101, "e", only for e and E).
        if ((c | 0x20) === Ch.E && afterAou) {
          flush(i);
          run = i + 1;
          afterAou = false;
        } else {
          const f = c | 0x20;
          afterAou = f === Ch.A || f === Ch.O || f === Ch.U;
        }
        i += 1;
        continue;
      }
      flush(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const len = pair ? 2 : 1;
      const f = foldChar(text.slice(i, i + len));
      if (folded.length + f.length + (end - i) > map.length) {
        this.folded = folded;
        this.room(f.length + (end - i));
        map = this.map;
      }
      for (let k = 0; k < f.length; k++) {
        const u = f.charCodeAt(k);
        if (u === Ch.E && afterAou) {
          afterAou = false;
          continue;
        }
        map[folded.length] = i;
        folded += f[k];
        afterAou = u === Ch.A || u === Ch.O || u === Ch.U;
      }
      i += len;
      run = i;
    }
    flush(i);
    this.pos = i;
    this.folded = folded;
    this.afterAou = afterAou;
  }
}

export function foldWithMap(text: string): { folded: string; map: number[] } {
  const cursor = new FoldCursor(text);
  cursor.advance(text.length);
  return { folded: cursor.folded, map: Array.from(cursor.map.subarray(0, cursor.folded.length)) };
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
