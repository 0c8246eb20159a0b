// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TextBlock, TextPage } from '../../shared/domain/source';
import { segmentRange, sortHighlights, type Highlight } from '../../renderer/src/features/sources/reader/segments';
import { offsetsToRange, rangeToOffsets } from '../../renderer/src/features/sources/reader/selectionOffsets';

/**
 * The reader's DOM as ChunkView renders it: blocks carry data-start/data-end, page
 * headings carry none, and highlights and find marks cut each block's text into
 * spans (built here from the same segmentRange).
 */
function render(
  root: HTMLElement,
  text: string,
  blocks: TextBlock[],
  opts: { highlights?: Highlight[]; matches?: { start: number; end: number }[]; pages?: TextPage[] } = {},
) {
  const doc = root.ownerDocument;
  const highlights = sortHighlights(opts.highlights ?? []);
  const matches = opts.matches ?? [];
  let page = 0;
  for (const block of blocks) {
    while (opts.pages && page < opts.pages.length && opts.pages[page]!.start <= block.start) {
      const h = doc.createElement('h3');
      h.textContent = `Seite ${opts.pages[page]!.page}`;
      root.append(h);
      page++;
    }
    const el = doc.createElement(block.kind === 'heading' ? 'h3' : 'p');
    el.dataset.start = String(block.start);
    el.dataset.end = String(block.end);
    for (const seg of segmentRange(block.start, block.end, highlights, matches, 0, null)) {
      let node: Node = doc.createTextNode(text.slice(seg.start, seg.end));
      if (seg.match >= 0) {
        const mark = doc.createElement('mark');
        mark.append(node);
        node = mark;
      }
      if (seg.highlights.length) {
        const span = doc.createElement('span');
        span.className = 'wb-hl';
        span.dataset.excerpts = seg.highlights.map((h) => h.id).join(' ');
        span.append(node);
        node = span;
      }
      el.append(node);
    }
    root.append(el);
  }
}

/** Independent of the code under test: the text node and offset showing character `offset` of the stored text. */
function point(root: HTMLElement, offset: number): [Node, number] {
  for (const block of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(block.dataset.start);
    const end = Number(block.dataset.end);
    if (offset < start || offset > end) continue;
    let pos = start;
    const walker = root.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (offset <= pos + n.data.length) return [n, offset - pos];
      pos += n.data.length;
    }
  }
  throw new Error(`no text node for ${offset}`);
}

function select(root: HTMLElement, start: number, end: number): Range {
  const r = root.ownerDocument.createRange();
  r.setStart(...point(root, start));
  r.setEnd(...point(root, end));
  return r;
}

function paragraphs(parts: string[], sep = '\n\n'): { text: string; blocks: TextBlock[] } {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const [i, part] of parts.entries()) {
    if (i) text += sep;
    blocks.push({ kind: i === 0 ? 'heading' : 'paragraph', start: text.length, end: text.length + part.length });
    text += part;
  }
  return { text, blocks };
}

const german = paragraphs([
  'Lage an der Front',
  'Der „Bericht“ über die Straße nach Pjöngjang nennt Einzelheiten.',
  'Ein zweiter Absatz: Größe, Maß und Übung.',
]);

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="outside">Kopf</div><div id="root"></div><div id="after">Fuß</div>';
  root = document.getElementById('root')!;
});

describe('rangeToOffsets', () => {
  it('maps a selection inside one paragraph to its exact offsets (umlauts, ß, „quotes“)', () => {
    render(root, german.text, german.blocks);
    const quote = '„Bericht“ über die Straße';
    const start = german.text.indexOf(quote);
    const r = select(root, start, start + quote.length);
    expect(rangeToOffsets(root, r, german.text)).toEqual({ start, end: start + quote.length });
  });

  it('stays exact across paragraphs with highlights and find marks cutting the text', () => {
    const { text, blocks } = german;
    const a = text.indexOf('Straße');
    const b = text.indexOf('Größe');
    render(root, text, blocks, {
      highlights: [
        { id: 'x', start: a - 5, end: b + 3, colour: 'blue', status: 'anchored' },
        { id: 'y', start: a, end: a + 6, colour: 'pink', status: 'moved' },
      ],
      matches: [{ start: a + 2, end: a + 4 }],
    });
    const start = a + 3;
    const end = b + 5;
    const r = select(root, start, end);
    expect(rangeToOffsets(root, r, text)).toEqual({ start, end });
  });

  it('takes element boundaries (a triple click) to the blocks’ edges', () => {
    render(root, german.text, german.blocks);
    const [, p1, p2] = root.querySelectorAll('[data-start]');
    const r = document.createRange();
    r.setStart(p1!, 0);
    r.setEnd(p2!, 0);
    // From the start of paragraph 1 to the start of paragraph 2: paragraph 1, without the line break.
    expect(rangeToOffsets(root, r, german.text)).toEqual({
      start: german.blocks[1]!.start,
      end: german.blocks[1]!.end,
    });
    const between = document.createRange();
    between.setStart(root, 1);
    between.setEnd(root, 3);
    expect(rangeToOffsets(root, between, german.text)).toEqual({
      start: german.blocks[1]!.start,
      end: german.blocks[2]!.end,
    });
  });

  it('never puts a page heading into the quote', () => {
    const text = 'Erste Seite endet hier.\n\fZweite Seite beginnt.';
    const second = text.indexOf('Zweite');
    const blocks: TextBlock[] = [
      { kind: 'paragraph', start: 0, end: 23 },
      { kind: 'paragraph', start: second, end: text.length },
    ];
    const pages: TextPage[] = [
      { page: 1, label: '1', start: 0, end: 24 },
      { page: 2, label: '2', start: 24, end: text.length },
    ];
    render(root, text, blocks, { pages });
    const headings = root.querySelectorAll('h3');
    expect(headings).toHaveLength(2);
    // Starting in the heading of page 2: the quote starts with the page's first word.
    const r = document.createRange();
    r.setStart(headings[1]!.firstChild!, 2);
    r.setEnd(...point(root, second + 6));
    expect(rangeToOffsets(root, r, text)).toEqual({ start: second, end: second + 6 });
    // Only the heading: nothing of the text.
    const onlyHeading = document.createRange();
    onlyHeading.selectNodeContents(headings[1]!);
    expect(rangeToOffsets(root, onlyHeading, text)).toBeNull();
    // Across the page break: the stored text between the pages, never "Seite 2".
    const across = select(root, 6, second + 6);
    const got = rangeToOffsets(root, across, text)!;
    expect(text.slice(got.start, got.end)).toBe('Seite endet hier.\n\fZweite');
  });

  it('clamps a selection that starts or ends outside the reader, and ignores one wholly outside', () => {
    render(root, german.text, german.blocks);
    const r = document.createRange();
    r.setStart(document.getElementById('outside')!.firstChild!, 1);
    r.setEnd(...point(root, 4));
    expect(rangeToOffsets(root, r, german.text)).toEqual({ start: 0, end: 4 });
    const tail = document.createRange();
    tail.setStart(...point(root, german.blocks[2]!.end - 5));
    tail.setEnd(document.getElementById('after')!.firstChild!, 2);
    expect(rangeToOffsets(root, tail, german.text)).toEqual({
      start: german.blocks[2]!.end - 5,
      end: german.blocks[2]!.end,
    });
    const outside = document.createRange();
    outside.selectNodeContents(document.getElementById('outside')!);
    expect(rangeToOffsets(root, outside, german.text)).toBeNull();
  });

  it('trims white space at both ends, and a collapsed or blank selection is none', () => {
    const { text, blocks } = paragraphs(['Titel', '  Eingerückter Satz.  ']);
    render(root, text, blocks);
    const r = select(root, blocks[1]!.start, blocks[1]!.end);
    expect(rangeToOffsets(root, r, text)).toEqual({ start: blocks[1]!.start + 2, end: blocks[1]!.end - 2 });
    expect(rangeToOffsets(root, select(root, 3, 3), text)).toBeNull();
    expect(rangeToOffsets(root, select(root, blocks[1]!.start, blocks[1]!.start + 2), text)).toBeNull();
  });

  it('round-trips random selections over random highlight layouts exactly', () => {
    const text = german.text;
    const inBlocks = german.blocks.flatMap((b) => Array.from({ length: b.end - b.start + 1 }, (_, i) => b.start + i));
    const pos = fc.constantFrom(...inBlocks);
    fc.assert(
      fc.property(fc.array(fc.tuple(pos, pos), { maxLength: 8 }), fc.tuple(pos, pos), (ranges, [p, q]) => {
        root.replaceChildren();
        const highlights = ranges
          .map(([a, b], i) => ({ id: `h${i}`, start: Math.min(a, b), end: Math.max(a, b) }))
          .filter((h) => h.end > h.start)
          .map((h) => ({ ...h, colour: 'green' as const, status: 'anchored' as const }));
        render(root, text, german.blocks, { highlights });
        const start = Math.min(p, q);
        const end = Math.max(p, q);
        const got = rangeToOffsets(root, select(root, start, end), text);
        let s = start;
        let e = end;
        while (s < e && /\s/.test(text[s]!)) s++;
        while (e > s && /\s/.test(text[e - 1]!)) e--;
        expect(got).toEqual(s < e ? { start: s, end: e } : null);
        // And back: the DOM range for those offsets shows exactly those characters (within one block).
        if (got && german.blocks.some((b) => b.start <= got.start && got.end <= b.end)) {
          expect(offsetsToRange(root, got.start, got.end)!.toString()).toBe(text.slice(got.start, got.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});
