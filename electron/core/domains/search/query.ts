import { fold } from './fold';

/**
 * Turns what the analyst typed into an FTS5 query over folded text, keeping
 * FTS5 syntax (phrases "…", prefix *, AND/OR/NOT, NEAR(… , n), parentheses)
 * and folding every word the same way the index is folded. `plain` is the
 * fallback when the query is not valid FTS syntax: every word quoted, all
 * required — the analyst never sees a syntax error.
 */
export interface ParsedQuery {
  fts: string;
  plain: string;
  /** Folded terms to highlight: words, phrase words, and prefixes (with prefix: true). */
  terms: { text: string; prefix: boolean }[];
}

const OPERATORS = new Set(['AND', 'OR', 'NOT']);

export function parseQuery(input: string): ParsedQuery {
  const out: string[] = [];
  const terms: ParsedQuery['terms'] = [];
  const words: string[] = [];
  const re = /"([^"]*)"(\*)?|\(|\)|,|\bNEAR\b|[^\s"(),]+/gu;
  for (const m of input.matchAll(re)) {
    const token = m[0];
    if (m[1] !== undefined) {
      const inner = fold(m[1])
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      if (!inner.length) continue;
      for (const w of inner) terms.push({ text: w, prefix: false });
      words.push(...inner);
      out.push(`"${inner.join(' ')}"${m[2] ?? ''}`);
    } else if (token === '(' || token === ')' || token === ',' || token === 'NEAR' || OPERATORS.has(token)) {
      out.push(token);
    } else if (/^\d+$/.test(token) && out[out.length - 1] === ',') {
      out.push(token); // NEAR(a b, 5)
    } else {
      const prefix = token.endsWith('*');
      const parts = fold(token.replace(/\*+$/, ''))
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      if (!parts.length) continue;
      parts.forEach((w, i) => terms.push({ text: w, prefix: prefix && i === parts.length - 1 }));
      words.push(...parts);
      out.push(parts.length > 1 ? `"${parts.join(' ')}"${prefix ? '*' : ''}` : `"${parts[0]}"${prefix ? '*' : ''}`);
    }
  }
  return {
    fts: out.join(' '),
    plain: words.map((w) => `"${w}"`).join(' '),
    terms,
  };
}
