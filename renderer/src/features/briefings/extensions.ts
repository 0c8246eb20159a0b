import { Extension, type AnyExtension } from '@tiptap/core';
import { Dropcursor, Gapcursor, Placeholder, UndoRedo } from '@tiptap/extensions';
import { briefingExtensions } from '../../../../shared/editor/schema';
import { checksLayer, findLayer } from './decorations';
import { referenceViewsPlugin } from './nodeViews';
import type { RefsStore } from './refsStore';

/**
 * The shared schema's extensions, plain DOM views of the reference nodes reading
 * `refs`, plus UI-only behaviour (history, cursors,
 * placeholder, the checks' and find's decorations). No nodes or marks are added here.
 */
export function editorExtensions(placeholder: string, refs: RefsStore): AnyExtension[] {
  return [
    ...briefingExtensions(),
    Extension.create({ name: 'briefingReferenceViews', addProseMirrorPlugins: () => [referenceViewsPlugin(refs)] }),
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
