/**
 * The German text the reader benchmark opens: the 10kGNAD news articles of the shared
 * corpus as a Markdown report (one section per article, repeated until the size is
 * reached), or, where the corpus is absent, the repository's own large German report
 * (the generator the 5 MB e2e test uses).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { largeGermanMarkdown } from '../../tests/e2e/sourceFiles';
import { parseGnadCsv } from '../importCorpus';

export interface GermanText {
  /** Markdown whose first line is the heading `# <title>`. */
  markdown: string;
  title: string;
  /** Where the words come from, for the results' facts. */
  origin: string;
}

const CORPUS = 'de-news-10kGNAD-test.csv';

export function germanReport(bytes: number, title: string, sharedDir: string | null): GermanText {
  const corpus = sharedDir ? join(sharedDir, 'corpus', CORPUS) : null;
  if (!corpus || !existsSync(corpus)) {
    // The fallback opens with "# Lagebericht: Kapitel 1"; the title line replaces it.
    const body = largeGermanMarkdown(bytes)
      .buffer.toString('utf8')
      .replace(/^# [^\n]*\n/, '');
    return { markdown: `# ${title}\n${body}`, title, origin: 'tests/e2e/sourceFiles.ts largeGermanMarkdown' };
  }
  const articles = parseGnadCsv(readFileSync(corpus, 'utf8'));
  const parts = [`# ${title}\n\n`];
  let size = Buffer.byteLength(parts[0]!);
  for (let n = 0; size < bytes; n++) {
    const a = articles[n % articles.length]!;
    const part = `## Meldung ${n + 1} (${a.category})\n\n${a.text.trim()}\n\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return { markdown: parts.join(''), title, origin: `../shared/corpus/${CORPUS}` };
}
