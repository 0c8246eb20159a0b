import { walk, type DocNode } from './document';

/** Where a reference stands: the index of its top-level block and its order among references. */
export interface CitationUse {
  excerptId: string;
  /** The note number: excerpts are numbered by first appearance; citing one again reuses its number. */
  number: number;
  /** Order of this marker among all citation markers and quotations, from 0. */
  order: number;
  block: number;
  /** From a quotation block (excerptQuote) rather than an inline marker. */
  fromQuote: boolean;
  locator: string | null;
}

export interface DocReferences {
  claimIds: string[];
  excerptIds: string[];
  citations: CitationUse[];
}

/**
 * Every reference in document order. Numbering follows that order and is
 * recomputed from the document each time, so inserting a citation earlier
 * renumbers the later ones; nothing numeric is stored in the document.
 */
export function extractReferences(doc: DocNode): DocReferences {
  const claimIds: string[] = [];
  const numbers = new Map<string, number>();
  const citations: CitationUse[] = [];
  let block = -1;
  walk(doc, (node, parents) => {
    if (parents.length === 1) block += 1;
    const attrs = node.attrs ?? {};
    if (node.type === 'claimRef' && typeof attrs.claimId === 'string') {
      if (!claimIds.includes(attrs.claimId)) claimIds.push(attrs.claimId);
    } else if ((node.type === 'citation' || node.type === 'excerptQuote') && typeof attrs.excerptId === 'string') {
      const id = attrs.excerptId;
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      citations.push({
        excerptId: id,
        number: numbers.get(id)!,
        order: citations.length,
        block: Math.max(block, 0),
        fromQuote: node.type === 'excerptQuote',
        locator: typeof attrs.locator === 'string' ? attrs.locator : null,
      });
    }
  });
  return { claimIds, excerptIds: [...numbers.keys()], citations };
}

/** Removes every citation and quotation of an excerpt (when the analyst deletes it and its uses). */
export function withoutExcerpt(doc: DocNode, excerptId: string): { doc: DocNode; removed: number } {
  let removed = 0;
  const strip = (node: DocNode): DocNode => {
    if (!node.content) return node;
    const content = node.content
      .filter((child) => {
        const drop =
          (child.type === 'citation' || child.type === 'excerptQuote') && child.attrs?.excerptId === excerptId;
        if (drop) removed += 1;
        return !drop;
      })
      .map(strip);
    return { ...node, content: node.type === 'doc' && content.length === 0 ? [{ type: 'paragraph' }] : content };
  };
  return { doc: strip(doc), removed };
}

export interface InlineRef {
  kind: 'claim' | 'excerpt';
  id: string;
}

export interface TextBlockInfo {
  /** Index of the top-level block. */
  block: number;
  /** paragraph, heading, or excerptQuote (an atom block with no text). */
  kind: string;
  /** The text, each inline reference standing as `atom` and a hard break as a line break. */
  text: string;
  /** The inline references in the order their `atom` characters appear. */
  refs: InlineRef[];
  /** The closest heading above this block (its text), or null. */
  section: string | null;
  claimIds: string[];
  excerptIds: string[];
}

function leafText(node: DocNode, atom: string, refs: InlineRef[]): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'claimRef' || node.type === 'citation') {
    const id = node.type === 'claimRef' ? node.attrs?.claimId : node.attrs?.excerptId;
    if (typeof id === 'string') refs.push({ kind: node.type === 'claimRef' ? 'claim' : 'excerpt', id });
    return atom;
  }
  return (node.content ?? []).map((c) => leafText(c, atom, refs)).join('');
}

/**
 * The document's text leaves — every paragraph, heading and quotation block, in
 * document order (the n-th is "leaf n") — with their section and references.
 * With a one-character `atom`, offsets in `text` equal editor positions inside
 * the leaf, which is how the editor places the checks' underlines.
 */
export function textBlocks(doc: DocNode, atom = ''): TextBlockInfo[] {
  const out: TextBlockInfo[] = [];
  let section: string | null = null;
  (doc.content ?? []).forEach((top, block) => {
    walk(top, (leaf) => {
      if (leaf.type !== 'paragraph' && leaf.type !== 'heading' && leaf.type !== 'excerptQuote') return;
      const refs: InlineRef[] = [];
      if (leaf.type === 'excerptQuote' && typeof leaf.attrs?.excerptId === 'string') {
        refs.push({ kind: 'excerpt', id: leaf.attrs.excerptId });
      }
      const text = leaf.type === 'excerptQuote' ? '' : leafText(leaf, atom, refs);
      if (leaf.type === 'heading') section = leafText(leaf, '', []).trim();
      out.push({
        block,
        kind: leaf.type,
        text,
        refs,
        section: leaf.type === 'heading' ? null : section,
        claimIds: refs.filter((r) => r.kind === 'claim').map((r) => r.id),
        excerptIds: refs.filter((r) => r.kind === 'excerpt').map((r) => r.id),
      });
    });
  });
  return out;
}

/** Words, for the status bar's count: letters and digits runs, German compounds count once. */
export function wordCount(doc: DocNode): number {
  return textBlocks(doc).reduce((n, b) => n + (b.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0), 0);
}
