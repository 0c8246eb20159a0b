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
            next.map((h) => Decoration.inline(h.from, h.to, { class: h.className, ...h.attrs }, { look: lookOf(h) })),
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

/** What a highlight looks like apart from where it is (kept in the decoration's spec to compare). */
const lookOf = (h: Highlight) => `${h.className}\u0001${JSON.stringify(h.attrs ?? {})}`;

/** Whether a layer already shows exactly these highlights (same ranges and looks). */
export function sameHighlights(current: DecorationSet | undefined, next: readonly Highlight[]): boolean {
  const shown = current?.find() ?? [];
  if (shown.length !== next.length) return false;
  const order = <T extends { from: number; to: number }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.from - b.from || a.to - b.to);
  const want = order(next);
  return order(shown).every((d, i) => {
    const h = want[i]!;
    return d.from === h.from && d.to === h.to && (d.spec as { look?: string }).look === lookOf(h);
  });
}
