/**
 * From a DOM selection in the reader to offsets in the stored text. Every element
 * that renders a text block carries `data-start` / `data-end` (its range in the
 * stored text), and everything inside it is that block's text and nothing else
 * (find marks and highlights only wrap pieces of it). So the offset of a boundary
 * inside a block is the block's start plus the length of its text before the
 * boundary: exact, whatever the highlights cut the text into. Page headings,
 * the reader's header and placeholders carry no offsets and so never become part
 * of a quote.
 */

export const BLOCK_SELECTOR = '[data-start]';

export interface OffsetRange {
  start: number;
  end: number;
}

function blockRange(el: Element): OffsetRange | null {
  const start = Number((el as HTMLElement).dataset.start);
  const end = Number((el as HTMLElement).dataset.end);
  return Number.isInteger(start) && Number.isInteger(end) && end >= start ? { start, end } : null;
}

/** The block element holding a boundary point, if any (inside root). */
function blockOf(root: Element, node: Node): Element | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = el?.closest(BLOCK_SELECTOR) ?? null;
  return block && root.contains(block) ? block : null;
}

/**
 * A boundary point outside any block (between paragraphs, in a page heading, at an
 * element edge after a triple click): a start moves forward to the next block's
 * start, an end back to the previous block's end.
 */
function outsideBlock(root: Element, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const doc = root.ownerDocument;
  const point = doc.createRange();
  point.setStart(node, offset);
  const blocks = root.querySelectorAll(BLOCK_SELECTOR);
  // Binary search over the blocks in document order.
  let lo = 0;
  let hi = blocks.length;
  if (side === 'start') {
    // The first block that begins at or after the point.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (point.comparePoint(blocks[mid]!, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    const block = blocks[lo];
    return block ? (blockRange(block)?.start ?? null) : null;
  }
  // The last block that ends at or before the point.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (point.comparePoint(b, b.childNodes.length) <= 0) lo = mid + 1;
    else hi = mid;
  }
  const block = blocks[lo - 1];
  return block ? (blockRange(block)?.end ?? null) : null;
}

/** The stored-text offset of one boundary point of a selection in root. */
export function offsetOfPoint(root: Element, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const block = blockOf(root, node);
  if (!block) return outsideBlock(root, node, offset, side);
  const range = blockRange(block);
  if (!range) return null;
  const before = root.ownerDocument.createRange();
  before.setStart(block, 0);
  before.setEnd(node, offset);
  // A Range's string is its Text nodes' data, nothing from CSS: exactly the block's characters before the point.
  return Math.min(range.end, range.start + before.toString().length);
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * The part of a DOM Range that lies in root, as offsets into `text`, trimmed of
 * white space at both ends (as the core stores it); null when nothing of the text
 * is selected.
 */
export function rangeToOffsets(root: Element, range: Range, text: string): OffsetRange | null {
  if (range.collapsed || !range.intersectsNode(root)) return null;
  const doc = root.ownerDocument;
  const all = doc.createRange();
  all.selectNodeContents(root);
  const clamped = range.cloneRange();
  if (clamped.compareBoundaryPoints(Range.START_TO_START, all) < 0) clamped.setStart(root, 0);
  if (clamped.compareBoundaryPoints(Range.END_TO_END, all) > 0) clamped.setEnd(root, root.childNodes.length);
  let start = offsetOfPoint(root, clamped.startContainer, clamped.startOffset, 'start');
  let end = offsetOfPoint(root, clamped.endContainer, clamped.endOffset, 'end');
  if (start === null || end === null) return null;
  end = Math.min(end, text.length);
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/** The DOM Range that shows [start, end) in root (for positioning), or null when those blocks are not rendered. */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  const from = pointAt(root, start, 'start');
  const to = pointAt(root, end, 'end');
  if (!from || !to) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function pointAt(root: Element, offset: number, side: 'start' | 'end'): { node: Node; offset: number } | null {
  for (const block of root.querySelectorAll(BLOCK_SELECTOR)) {
    const r = blockRange(block);
    if (!r || offset < r.start || offset > r.end) continue;
    if (offset === r.end && side === 'start' && r.end > r.start) continue;
    const walker = root.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let pos = r.start;
    let last: Text | null = null;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (offset <= pos + n.data.length && !(side === 'start' && offset === pos + n.data.length && n.data.length)) {
        return { node: n, offset: offset - pos };
      }
      pos += n.data.length;
      last = n;
    }
    return last ? { node: last, offset: last.data.length } : { node: block, offset: 0 };
  }
  return null;
}
