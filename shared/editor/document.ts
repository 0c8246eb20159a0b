import { z } from 'zod';

/**
 * A briefing document is tiptap JSON plus the version of its shape. Document
 * migrations are ordered, named steps like the SQL ones; a document newer than
 * the app opens read-only (ARCHITECTURE §5).
 */
export const DOC_VERSION = 1;

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const docNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(100),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docNodeSchema).max(100_000).optional(),
    marks: z
      .array(z.object({ type: z.string().min(1).max(100), attrs: z.record(z.string(), z.unknown()).optional() }))
      .max(50)
      .optional(),
    text: z.string().optional(),
  }),
);

export const emptyDoc = (): DocNode => ({ type: 'doc', content: [{ type: 'paragraph' }] });

interface DocMigration {
  to: number;
  name: string;
  up(doc: DocNode): DocNode;
}

/** Ordered and append-only, like the SQL migrations. Version 1 is the first shape: nothing to migrate yet. */
export const DOC_MIGRATIONS: readonly DocMigration[] = [];

export interface LoadedDoc {
  doc: DocNode;
  /** The shape the document was stored in. */
  storedVersion: number;
  /** True when the document is newer than this app: show it, never write it. */
  readOnly: boolean;
}

export function migrateDoc(doc: DocNode, storedVersion: number): LoadedDoc {
  if (storedVersion > DOC_VERSION) return { doc, storedVersion, readOnly: true };
  let current = doc;
  for (const m of DOC_MIGRATIONS) if (m.to > storedVersion) current = m.up(current);
  return { doc: current, storedVersion, readOnly: false };
}

/** Depth-first walk in document order. */
export function walk(
  node: DocNode,
  visit: (node: DocNode, parents: readonly DocNode[]) => void,
  parents: DocNode[] = [],
) {
  visit(node, parents);
  if (!node.content) return;
  parents.push(node);
  for (const child of node.content) walk(child, visit, parents);
  parents.pop();
}
