import { getSchema, type AnyExtension } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { Citation, ClaimRef, ExcerptQuote } from './nodes';

/**
 * The briefing document schema: the one extension list used by the renderer's
 * editor, by export and by reference extraction (ARCHITECTURE §5). The renderer
 * passes its own additions (placeholder, node views, checks) on top; it must not
 * add nodes or marks, or documents would stop being readable here.
 */
export function briefingExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Links never open anything by a click inside the editor; export decides how they render.
      link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] },
      // The editor adds its own (with drop cursor) — the schema needs no DOM behaviour.
      dropcursor: false,
      gapcursor: false,
      undoRedo: false,
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    ClaimRef,
    Citation,
    ExcerptQuote,
  ];
}

export const briefingSchema = getSchema(briefingExtensions());
