import type { AnyExtension } from '@tiptap/core';
import { Dropcursor, Gapcursor, Placeholder, UndoRedo } from '@tiptap/extensions';
import { briefingExtensions } from '../../../../shared/editor/schema';
import { checksLayer, findLayer } from './decorations';
import { nodesWithViews } from './nodeViews';
import type { RefsStore } from './refsStore';

/**
 * The shared schema's extensions, the reference nodes swapped for the same nodes
 * with plain DOM views reading `refs`, plus UI-only behaviour (history, cursors,
 * placeholder, the checks' and find's decorations). No nodes or marks are added here.
 */
export function editorExtensions(placeholder: string, refs: RefsStore): AnyExtension[] {
  const withViews: Record<string, AnyExtension> = nodesWithViews(refs);
  return [
    ...briefingExtensions().map((ext) => withViews[ext.name] ?? ext),
    UndoRedo,
    Dropcursor.configure({ width: 2, class: 'wb-drop-cursor' }),
    Gapcursor,
    Placeholder.configure({ placeholder }),
    checksLayer.extension,
    findLayer.extension,
  ];
}

/** What a dragged row carries (the excerpt panel's and the claims section's rows). */
export { EXCERPT_DRAG_TYPE as EXCERPT_MIME } from '../analysis/dragExcerpt';
export { CLAIM_DRAG_TYPE as CLAIM_MIME } from './dragClaim';
