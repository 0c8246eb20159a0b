import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface Highlight {
  from: number;
  to: number;
  className: string;
  attrs?: Record<string, string>;
}

/**
 * A layer of inline decorations the React side computes (writing checks, find
 * matches) and hands over with a transaction meta; between updates they follow the
 * edits through the mapping, so underlines never lag a keystroke behind in place.
 */
function highlightLayer(name: string) {
  const key = new PluginKey<DecorationSet>(name);
  const plugin = new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, old) {
        const next = tr.getMeta(key) as Highlight[] | undefined;
        if (next) {
          return DecorationSet.create(
            tr.doc,
            next.map((h) => Decoration.inline(h.from, h.to, { class: h.className, ...h.attrs })),
          );
        }
        return tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });
  return {
    key,
    extension: Extension.create({ name, addProseMirrorPlugins: () => [plugin] }),
    /** A transaction that replaces the layer's decorations. */
    set: (state: EditorState, highlights: Highlight[]): Transaction =>
      state.tr.setMeta(key, highlights).setMeta('addToHistory', false),
  };
}

export const checksLayer = highlightLayer('briefingChecks');
export const findLayer = highlightLayer('briefingFind');
