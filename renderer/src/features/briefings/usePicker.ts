import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ATOM_CHAR } from '../../../../shared/editor/languageChecks';
import { detectTrigger, type Trigger } from './triggers';

export interface OpenTrigger extends Trigger {
  /** Editor position where the trigger text starts. */
  from: number;
  left: number;
  top: number;
}

/** Watches what is typed before the cursor and opens the picker for `@`, `[[` and `/`. */
export function usePicker(editor: Editor | null) {
  const [trigger, setTriggerState] = useState<OpenTrigger | null>(null);
  const [active, setActive] = useState(0);
  // Most transactions (every key typed) open no picker: then no state update at all, so the
  // editor's React tree does not render again per key.
  const open = useRef(false);
  const setTrigger = useCallback((next: OpenTrigger | null | ((prev: OpenTrigger | null) => OpenTrigger | null)) => {
    if (next === null && !open.current) return;
    setTriggerState((prev) => {
      const value = typeof next === 'function' ? next(prev) : next;
      open.current = value !== null;
      return value;
    });
  }, []);
  // Esc closes the picker for this trigger until the writer types a new one.
  const dismissedAt = useRef<number | null>(null);

  useEffect(() => {
    if (!editor) return;
    const update = () => {
      const { selection } = editor.state;
      const $from = selection.$from;
      if (!selection.empty || !editor.isEditable || !$from.parent.isTextblock) {
        setTrigger(null);
        return;
      }
      const before = $from.parent.textBetween(
        Math.max(0, $from.parentOffset - 64),
        $from.parentOffset,
        undefined,
        ATOM_CHAR,
      );
      const found = detectTrigger(before);
      if (!found) {
        dismissedAt.current = null;
        setTrigger(null);
        return;
      }
      const from = $from.pos - found.length;
      if (dismissedAt.current === from) return setTrigger(null);
      const coords = editor.view.coordsAtPos(from);
      setTrigger((prev) => {
        if (prev?.from !== from || prev.kind !== found.kind) setActive(0);
        return { ...found, from, left: coords.left, top: coords.bottom + 4 };
      });
    };
    const onBlur = () => setTrigger(null);
    editor.on('transaction', update);
    editor.on('blur', onBlur);
    return () => {
      editor.off('transaction', update);
      editor.off('blur', onBlur);
    };
  }, [editor, setTrigger]);

  const close = useCallback(() => {
    setTrigger((t) => {
      if (t) dismissedAt.current = t.from;
      return null;
    });
  }, [setTrigger]);

  return { trigger, active, setActive, close };
}
