import type { Schema } from '@tiptap/pm/model';
import type { DocNode } from './document';

/**
 * A document from a newer app may hold nodes or marks this app does not know. The
 * editor would refuse such content and show an empty page; for the read-only view we
 * keep every word instead: unknown marks are dropped, an unknown node is replaced by
 * what it contains, and if the result still does not fit, each top-level block is
 * shown as a plain paragraph of its text. The stored document is never written back.
 */
export function fitToSchema(doc: DocNode, schema: Schema): DocNode {
  if (fits(doc, schema)) return doc;
  const lifted: DocNode = { type: 'doc', content: (doc.content ?? []).flatMap((n) => liftUnknown(n, schema)) };
  if (fits(lifted, schema)) return lifted;
  const paragraphs = (doc.content ?? [])
    .map(plainText)
    .filter((t) => t.trim())
    .map<DocNode>((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] }));
  return { type: 'doc', content: paragraphs.length ? paragraphs : [{ type: 'paragraph' }] };
}

function fits(doc: DocNode, schema: Schema): boolean {
  try {
    schema.nodeFromJSON(doc).check();
    return true;
  } catch {
    return false;
  }
}

function liftUnknown(node: DocNode, schema: Schema): DocNode[] {
  const marks = node.marks?.filter((m) => schema.marks[m.type]);
  if (node.type === 'text') return node.text ? [{ ...node, ...(marks ? { marks } : {}) }] : [];
  const content = (node.content ?? []).flatMap((n) => liftUnknown(n, schema));
  if (!schema.nodes[node.type]) return content;
  const out: DocNode = { ...node, ...(marks ? { marks } : {}) };
  if (node.content) out.content = content;
  return [out];
}

/** The text of a node and everything inside it. */
function plainText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  const children = node.content ?? [];
  // Blocks inside a block are separated by a space; inline pieces run on.
  return children.map(plainText).join(children.some((c) => c.content) ? ' ' : '');
}
