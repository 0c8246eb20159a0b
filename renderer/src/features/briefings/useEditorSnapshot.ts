import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { useEffect, useRef, useState } from 'react';
import { afterNextPaint } from './signals';

/**
 * State derived from the editor for chrome around it (toolbar buttons, outline),
 * computed after the frame that shows an edit rather than inside the transaction,
 * at most once per frame, and given to React only when it changed. (tiptap's
 * useEditorState runs its selector synchronously in every transaction and, when the
 * value changes, renders in the key press's own task.)
 */
export function useEditorSnapshot<T>(
  editor: Editor,
  select: (editor: Editor) => T,
  equal: (a: T, b: T) => boolean,
  /** Only document changes matter (the outline), not selection moves. */
  docOnly = false,
): T {
  const [value, setValue] = useState(() => select(editor));
  const latest = useRef({ select, equal, value });
  latest.current.select = select;
  latest.current.equal = equal;
  latest.current.value = value;
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const compute = () => {
      cancel = null;
      if (editor.isDestroyed) return;
      const next = latest.current.select(editor);
      if (!latest.current.equal(latest.current.value, next)) {
        latest.current.value = next;
        setValue(() => next);
      }
    };
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      if (docOnly && !transaction.docChanged) return;
      cancel ??= afterNextPaint(compute);
    };
    editor.on('transaction', onTransaction);
    // Editable or not is no transaction.
    editor.on('update', onTransaction);
    compute();
    return () => {
      cancel?.();
      editor.off('transaction', onTransaction);
      editor.off('update', onTransaction);
    };
  }, [editor, docOnly]);
  return value;
}

/** Two flat records with the same values. */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}
