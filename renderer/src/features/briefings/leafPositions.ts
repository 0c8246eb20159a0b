import type { Node as PMNode } from '@tiptap/pm/model';

/** Node types that are text leaves for the shared textBlocks()/checkLanguage() (same order, same kinds). */
const LEAF_TYPES = new Set(['paragraph', 'heading', 'excerptQuote']);

/**
 * The editor position where each text leaf's content starts, in the order of
 * textBlocks(): leaf n's offset k is at `starts[n] + k`, because every atom counts
 * as one character there and is one position here.
 */
export function leafStarts(doc: PMNode): number[] {
  const starts: number[] = [];
  doc.descendants((node, pos) => {
    if (LEAF_TYPES.has(node.type.name)) {
      starts.push(pos + 1);
      return false;
    }
    return true;
  });
  return starts;
}

/** A check's range in editor positions, or null when the leaf is gone (the document changed since). */
export function leafRange(
  doc: PMNode,
  starts: readonly number[],
  leaf: number,
  start: number,
  end: number,
): { from: number; to: number } | null {
  const base = starts[leaf];
  if (base === undefined) return null;
  const node = doc.nodeAt(base - 1);
  if (!node) return null;
  const size = node.content.size;
  if (start < 0 || end > size || start >= end) return null;
  return { from: base + start, to: base + end };
}

/** Note numbers by first appearance of each excerpt (citation or quotation), as extractReferences numbers them. */
export function citationNumbers(doc: PMNode): Map<string, number> {
  const numbers = new Map<string, number>();
  doc.descendants((node) => {
    if (node.type.name === 'citation' || node.type.name === 'excerptQuote') {
      const id = node.attrs.excerptId as unknown;
      if (typeof id === 'string' && !numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
    return true;
  });
  return numbers;
}

/** The ids a document references, for one refs.resolve call (sorted, so the query key is stable). */
export function referencedIds(doc: PMNode): { claimIds: string[]; excerptIds: string[] } {
  const claims = new Set<string>();
  const excerpts = new Set<string>();
  doc.descendants((node) => {
    const name = node.type.name;
    if (name === 'claimRef' && typeof node.attrs.claimId === 'string') claims.add(node.attrs.claimId);
    if ((name === 'citation' || name === 'excerptQuote') && typeof node.attrs.excerptId === 'string') {
      excerpts.add(node.attrs.excerptId);
    }
    return true;
  });
  return { claimIds: [...claims].sort(), excerptIds: [...excerpts].sort() };
}

/** How a citation marker reads: its number, or a dash while the document has not numbered it yet. */
export function citationLabel(number: number | undefined): string {
  return number === undefined ? '–' : String(number);
}
