import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import type { DocNode } from '../../../../shared/editor/document';
import { ATOM_CHAR } from '../../../../shared/editor/languageChecks';
import type { InlineRef, TextBlockInfo } from '../../../../shared/editor/references';

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

/**
 * referencedIds() and citationNumbers() of a stored document, before the editor has
 * built it: the refs.resolve call starts with the briefing's load, and the markers
 * have their numbers in the first frame.
 */
export function referencesOfJson(doc: DocNode): {
  ids: { claimIds: string[]; excerptIds: string[] };
  numbers: Map<string, number>;
} {
  const claims = new Set<string>();
  const numbers = new Map<string, number>();
  const visit = (node: DocNode) => {
    const attrs = node.attrs ?? {};
    if (node.type === 'claimRef' && typeof attrs.claimId === 'string') claims.add(attrs.claimId);
    if ((node.type === 'citation' || node.type === 'excerptQuote') && typeof attrs.excerptId === 'string') {
      if (!numbers.has(attrs.excerptId)) numbers.set(attrs.excerptId, numbers.size + 1);
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return { ids: { claimIds: [...claims].sort(), excerptIds: [...numbers.keys()].sort() }, numbers };
}

/** How a citation marker reads: its number, or a dash while the document has not numbered it yet. */
export function citationLabel(number: number | undefined): string {
  return number === undefined ? '–' : String(number);
}

const REF_TYPES = new Set(['claimRef', 'citation', 'excerptQuote']);

function hasReference(doc: PMNode, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (REF_TYPES.has(node.type.name)) found = true;
    return !found;
  });
  return found;
}

/**
 * Whether a transaction may have added, removed or moved a reference — only then
 * must the note numbers and the referenced ids be recomputed (a walk over the whole
 * document, too slow to repeat on every key press in a long briefing).
 */
export function touchesReferences(tr: Transaction): boolean {
  if (!tr.docChanged) return false;
  return tr.steps.some((step, i) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return false;
    // Attribute changes, wrapping and lifting: rare, so simply recount.
    if (!(step instanceof ReplaceStep)) return true;
    const before = tr.docs[i]!;
    const after = tr.docs[i + 1] ?? tr.doc;
    let found = false;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      if (found) return;
      found =
        (oldEnd > oldStart && hasReference(before, oldStart, oldEnd)) ||
        (newEnd > newStart && hasReference(after, newStart, newEnd));
    });
    return found;
  });
}

interface LeafText {
  text: string;
  refs: InlineRef[];
  /** The text without atoms (a heading's as a section name). */
  plain: string;
  words: number;
}

/** Per leaf node: nodes are immutable and an edit keeps every other paragraph's node, so this is computed once per edit. */
const leafTexts = new WeakMap<PMNode, LeafText>();

function leafTextOf(node: PMNode): LeafText {
  const cached = leafTexts.get(node);
  if (cached) return cached;
  const refs: InlineRef[] = [];
  let text = '';
  let plain = '';
  if (node.type.name === 'excerptQuote') {
    const id = node.attrs.excerptId as unknown;
    if (typeof id === 'string') refs.push({ kind: 'excerpt', id });
  } else {
    node.descendants((child) => {
      const name = child.type.name;
      if (child.isText) {
        text += child.text ?? '';
        plain += child.text ?? '';
      } else if (name === 'hardBreak') {
        text += '\n';
        plain += '\n';
      } else if (name === 'claimRef' || name === 'citation') {
        const id = (name === 'claimRef' ? child.attrs.claimId : child.attrs.excerptId) as unknown;
        if (typeof id === 'string') refs.push({ kind: name === 'claimRef' ? 'claim' : 'excerpt', id });
        text += ATOM_CHAR;
      }
      return true;
    });
  }
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const info = { text, refs, plain, words };
  leafTexts.set(node, info);
  return info;
}

/**
 * The document's text leaves as the shared textBlocks(doc, ATOM_CHAR) gives them,
 * read from the editor's own document (no JSON), each leaf's text cached by node.
 */
export function editorLeaves(doc: PMNode): TextBlockInfo[] {
  const out: TextBlockInfo[] = [];
  let section: string | null = null;
  doc.forEach((top, _offset, block) => {
    const visit = (node: PMNode): boolean => {
      if (!LEAF_TYPES.has(node.type.name)) return true;
      const leaf = leafTextOf(node);
      const heading = node.type.name === 'heading';
      if (heading) section = leaf.plain.trim();
      out.push({
        block,
        kind: node.type.name,
        text: leaf.text,
        refs: leaf.refs,
        section: heading ? null : section,
        claimIds: leaf.refs.filter((r) => r.kind === 'claim').map((r) => r.id),
        excerptIds: leaf.refs.filter((r) => r.kind === 'excerpt').map((r) => r.id),
      });
      return false;
    };
    if (visit(top)) top.descendants(visit);
  });
  return out;
}

/** Words for the status bar, from the cached leaves (letters and digits runs, as the core counts). */
export function editorWordCount(doc: PMNode): number {
  let words = 0;
  doc.descendants((node) => {
    if (!LEAF_TYPES.has(node.type.name)) return true;
    words += leafTextOf(node).words;
    return false;
  });
  return words;
}
