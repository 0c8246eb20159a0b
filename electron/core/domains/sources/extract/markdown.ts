import type { ExtractedMetadata, TextBlock } from '../../../../../shared/domain/source';
import { MEDIA_TYPE_OF } from './detect';
import { decodeText } from './decodeText';
import { importError } from './importError';
import { parseDate } from './metaDates';
import { firstHeading, normaliseText } from './textBlocks';
import { httpUrl } from './urls';
import type { ExtractInput, Extraction } from './types';

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

/** `---` front matter with simple `key: value` lines; its end offset, so blocks start after it. */
function frontMatter(text: string): { end: number; fields: Record<string, string> } {
  if (!text.startsWith('---\n')) return { end: 0, fields: {} };
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!close || close.index > 8000) return { end: 0, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of text.slice(4, close.index + 3).split('\n')) {
    const m = /^([A-Za-z][\w-]*):[ \t]*(.*)$/.exec(line);
    if (m) fields[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { end: 3 + close.index + close[0].length, fields };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const QUOTE = /^ {0,3}>[ \t]?/;
const ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

/**
 * Block structure of Markdown by offsets into the unchanged source text. Block
 * ranges skip the markers (`## `, `> `, `- `) of their first line, so a reader
 * shows the words; inline markup stays as written.
 */
export function markdownBlocks(text: string, from = 0): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = linesOf(text).filter((l) => l.start >= from);
  let open: TextBlock | null = null;
  const close = () => {
    if (open && open.end > open.start) blocks.push(open);
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line.text);
    if (fence) {
      close();
      let j = i + 1;
      while (j < lines.length && !lines[j]!.text.trimStart().startsWith(fence[1]!)) j++;
      if (j > i + 1) blocks.push({ kind: 'pre', start: lines[i + 1]!.start, end: lines[j - 1]!.end });
      i = j;
      continue;
    }
    if (!line.text.trim() || BREAK.test(line.text)) {
      close();
      continue;
    }
    const atx = ATX.exec(line.text);
    if (atx) {
      close();
      const content = line.text.slice(atx[0].length).replace(/[ \t]+#+[ \t]*$|[ \t]+$/, '');
      if (content) {
        const start = line.start + atx[0].length;
        blocks.push({ kind: 'heading', level: atx[1]!.length, start, end: start + content.length });
      }
      continue;
    }
    const setext = SETEXT.exec(line.text);
    const current = open as TextBlock | null;
    if (setext && current?.kind === 'paragraph' && !text.slice(current.start, current.end).includes('\n')) {
      current.kind = 'heading';
      current.level = setext[1]!.startsWith('=') ? 1 : 2;
      close();
      continue;
    }
    const quote = QUOTE.exec(line.text);
    const item = ITEM.exec(line.text);
    const indent = line.text.length - line.text.trimStart().length;
    if (quote) {
      if (current?.kind !== 'quote') {
        close();
        open = { kind: 'quote', start: line.start + quote[0].length, end: line.end };
      } else current.end = line.end;
    } else if (item) {
      close();
      const depth = Math.floor(item[1]!.replace(/\t/g, '    ').length / 2) + 1;
      open = { kind: 'listItem', level: Math.min(depth, 9), start: line.start + item[0].length, end: line.end };
    } else if (current && (current.kind === 'paragraph' || (current.kind === 'listItem' && indent > 0))) {
      current.end = line.end;
    } else if (current?.kind === 'quote') {
      current.end = line.end; // a lazy continuation line of the quote
    } else {
      close();
      open = { kind: 'paragraph', start: line.start + indent, end: line.end };
    }
  }
  close();
  for (const b of blocks) b.end = b.start + text.slice(b.start, b.end).trimEnd().length;
  return blocks.filter((b) => b.end > b.start);
}

/** Markdown: the source text is stored as written; structure comes from the block scan. */
export function extractMarkdown({ name, bytes }: ExtractInput): Extraction {
  const { text: raw, encoding } = decodeText(bytes, name);
  const text = normaliseText(raw);
  if (!text.trim()) throw importError('FILE_EMPTY', name, 'contains no text.');
  const fm = frontMatter(text);
  const blocks = markdownBlocks(text, fm.end);
  const metadata: ExtractedMetadata = {};
  const title = fm.fields.title || firstHeading(text, blocks);
  if (title) metadata.title = title;
  if (fm.fields.author) metadata.author = fm.fields.author;
  // Front matter is untrusted: only web addresses become the source URL (never javascript:, data:, vbscript:).
  const url = httpUrl(fm.fields.url);
  if (url) metadata.canonicalUrl = url;
  if (fm.fields.lang || fm.fields.language) metadata.declaredLanguage = fm.fields.lang || fm.fields.language;
  const date = fm.fields.date || fm.fields.published;
  if (date) {
    metadata.publishedRaw = date;
    const at = parseDate(date);
    if (at !== undefined) metadata.publishedAt = at;
  }
  return { format: 'markdown', mediaType: MEDIA_TYPE_OF.markdown, encoding, text, blocks, pages: null, metadata };
}
