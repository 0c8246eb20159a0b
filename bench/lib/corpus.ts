import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_TEXT_DE } from '../../electron/core/domains/sources/sample/texts';
import { GERMAN_TEXT } from '../../tests/fixtures/sources/build';

export interface Article {
  category: string;
  text: string;
}

/**
 * The 10kGNAD format: `category;'text'` per record, text quoted with single
 * quotes and a quote inside doubled (`''`). Records end at a newline outside
 * quotes (CRLF in the file), so a quoted newline would stay inside its text.
 */
export function parseGnadCsv(source: string): Article[] {
  const articles: Article[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    while (i < n && (source[i] === '\r' || source[i] === '\n')) i++;
    if (i >= n) break;
    const semi = source.indexOf(';', i);
    if (semi < 0) throw new Error(`No ';' after offset ${i}`);
    const category = source.slice(i, semi);
    i = semi + 1;
    let text = '';
    if (source[i] === "'") {
      i++;
      for (;;) {
        const q = source.indexOf("'", i);
        if (q < 0) throw new Error(`Unterminated quote in the record of category ${category}`);
        text += source.slice(i, q);
        if (source[q + 1] === "'") {
          text += "'";
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const end = source.slice(i).search(/\r?\n/);
      text = end < 0 ? source.slice(i) : source.slice(i, i + end);
      i = end < 0 ? n : i + end;
    }
    articles.push({ category, text });
    while (i < n && source[i] !== '\n') i++;
  }
  return articles;
}

export const CORPUS_FILE = join('corpus', 'de-news-10kGNAD-test.csv');

/**
 * The 1,028 test articles of 10kGNAD (CC BY-NC-SA 4.0) from ../shared, or — where
 * that folder is absent, as on a user's clone — German text the repository holds
 * (the sample case's article and the test fixtures), cut into sentences and
 * recombined into 200 distinct articles, so the suites still run, smaller.
 */
export function loadArticles(sharedDir: string | null): { articles: Article[]; origin: string } {
  const file = sharedDir ? join(sharedDir, CORPUS_FILE) : null;
  if (file && existsSync(file)) {
    return { articles: parseGnadCsv(readFileSync(file, 'utf8')), origin: '10kGNAD test set (../shared/corpus)' };
  }
  const sentences = `${SAMPLE_TEXT_DE}\n${GERMAN_TEXT}`
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
  const articles: Article[] = [];
  for (let i = 0; i < 200; i++) {
    const picked: string[] = [];
    for (let k = 0; k < 12; k++) picked.push(sentences[(i * 7 + k * 13) % sentences.length]!);
    articles.push({ category: 'Beispiel', text: `Meldung ${i + 1}. ${picked.join(' ')}` });
  }
  return { articles, origin: 'repository fallback (sample case and fixtures; ../shared absent)' };
}

/**
 * `count` distinct texts scaled from the articles: article i mod n with a line
 * naming its copy, so every text is new to the case (the import deduplicates by
 * content hash) and the word statistics stay those of the corpus.
 */
export function scaledTexts(articles: readonly Article[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length]!;
    const copy = Math.floor(i / articles.length);
    out.push(copy === 0 ? a.text : `${a.text}\n\nAusgabe ${copy + 1}, Meldung ${i + 1}.`);
  }
  return out;
}
