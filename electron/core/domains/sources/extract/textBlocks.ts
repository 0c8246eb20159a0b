import type { BlockKind, TextBlock } from '../../../../../shared/domain/source';

/**
 * The stored text's canonical form: Unicode NFC and `\n` newlines. Excerpts
 * anchor by offsets into exactly this string, so it is computed once, here.
 * Line and paragraph separators become newlines too, so a reader's line count
 * equals ours.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .normalize('NFC');
}

/** Inline text of HTML-like content: runs of whitespace are one space, as a browser shows them (no-break spaces stay). */
export function collapseWhitespace(raw: string): string {
  return raw.replace(/[ \t\n\r\f]+/g, ' ');
}

/**
 * Builds a text from blocks, separated by a blank line, recording each block's
 * offsets. Text is NFC-normalised per block; the separators are starters, so
 * normalising the whole result would give the same string.
 */
export class BlockTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly blocks: TextBlock[] = [];

  add(kind: BlockKind, raw: string, level?: number): void {
    const text = (kind === 'pre' ? raw.replace(/^\n+|\s+$/g, '') : raw.trim()).normalize('NFC');
    if (!text) return;
    if (this.parts.length) this.push('\n\n');
    const start = this.length;
    this.push(text);
    this.blocks.push(
      level === undefined ? { kind, start, end: this.length } : { kind, level, start, end: this.length },
    );
  }

  get text(): string {
    return this.parts.join('');
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}

/**
 * Paragraph blocks of a plain text, by offsets into it. Text with blank lines is
 * split at blank lines (lines inside a paragraph may be hard-wrapped); text
 * without any is split per line, as a news text pasted line by line is
 * (unless `splitLines` is off: a PDF page's lines are not paragraphs).
 */
export function plainTextBlocks(text: string, base = 0, { splitLines = true } = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  const separator = /\n[ \t]*\n/.test(text) ? /\n(?:[ \t]*\n)+/g : splitLines ? /\n+/g : /(?!)/g;
  let from = 0;
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (start + lead < end - trail)
      blocks.push({ kind: 'paragraph', start: base + start + lead, end: base + end - trail });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return blocks;
}

/** Title candidate: the first heading, else the first short line. */
export function firstHeading(text: string, blocks: readonly TextBlock[]): string | undefined {
  const heading = blocks.find((b) => b.kind === 'heading');
  const first = heading ?? blocks[0];
  if (!first) return undefined;
  const line = text.slice(first.start, first.end).split('\n')[0]!.trim();
  if (!heading && line.length > 200) return undefined;
  return line || undefined;
}
