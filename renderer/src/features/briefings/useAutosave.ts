import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { WorkbenchError } from '../../../../shared/contract/errors';
import type { Briefing } from '../../../../shared/domain/briefing';
import { useApi } from '../../api/client';
import { flushKeepalive } from '../../api/keepalive';
import { Autosave, type SaveState } from './autosave';
import { docJson } from './docJson';
import { Signal, whenIdle } from './signals';

export interface SaveStatus {
  state: SaveState;
  error: unknown;
}

/** After the debounce, the save waits for an idle moment (at most this long), so it does not hold up a key. */
const IDLE_WAIT = 400;

const isConflict = (e: unknown) => (e as WorkbenchError | null)?.code === 'EDIT_CONFLICT';

/**
 * Autosave for the open briefing: 250 ms after the last change (then in the next idle
 * moment, within 400 ms), at once on blur, when the page is hidden or closed
 * (keepalive) and when the editor goes away (switching briefings, closing the case).
 * The state is a signal: the status bar shows it; the editor's React tree renders
 * again only when it turns to or from a conflict or an error.
 */
export function useAutosave(
  editor: Editor | null,
  briefingId: string,
  revision: number,
  readOnly: boolean,
): { status: Signal<SaveStatus>; autosave: Autosave } {
  const api = useApi();
  const queryClient = useQueryClient();
  const [status] = useState(
    () =>
      new Signal<SaveStatus>(
        { state: readOnly ? 'readOnly' : 'saved', error: null },
        (a, b) => a.state === b.state && a.error === b.error,
      ),
  );
  const autosave = useMemo(
    () =>
      new Autosave({
        revision,
        delay: 250,
        save: async (doc, baseRevision) => {
          const out = await api.call('briefings.save', { id: briefingId, doc, baseRevision });
          // The marking follows what is cited: the inspector shows the new one without a refetch. The
          // document stays out of it here: comparing a long one deeply on every save took a quarter second.
          queryClient.setQueryData<Briefing>(['briefings.get', { id: briefingId }], (old) =>
            old ? { ...old, ...out } : old,
          );
          return out;
        },
        saveOnExit: async (doc, baseRevision) => {
          const input = baseRevision === null ? { id: briefingId, doc } : { id: briefingId, doc, baseRevision };
          const envelope = await flushKeepalive('briefings.save', input);
          if (!envelope.ok) throw envelope.error;
          return envelope.value as { revision: number };
        },
        // Each key press reports 'pending' again: the signal ignores what did not change.
        onState: (s, e) => status.set({ state: s, error: e ?? null }),
        isConflict,
        setTimer: (fn, ms) => {
          let cancelIdle: (() => void) | null = null;
          const timer = setTimeout(() => (cancelIdle = whenIdle(fn, IDLE_WAIT)), ms);
          return () => {
            clearTimeout(timer);
            cancelIdle?.();
          };
        },
        clearTimer: (cancel) => (cancel as () => void)(),
      }),
    // One scheduler per open briefing; its revision then moves on by itself.
    [briefingId],
  );

  useEffect(() => {
    if (!editor || readOnly) return;
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) autosave.change(() => docJson(editor.state.doc));
    };
    const onBlur = () => void autosave.flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') autosave.exit();
    };
    const onPageHide = () => autosave.exit();
    editor.on('update', onUpdate);
    editor.on('blur', onBlur);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      editor.off('update', onUpdate);
      editor.off('blur', onBlur);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      // Switching briefings or closing the case: what is pending goes now, and the cached briefing
      // gets this editor's last document, so reopening it shows what was typed.
      const last = editor.isDestroyed ? null : docJson(editor.state.doc);
      if (last) {
        queryClient.setQueryData<Briefing>(['briefings.get', { id: briefingId }], (old) =>
          old ? { ...old, doc: last } : old,
        );
      }
      void autosave.flush();
    };
  }, [editor, autosave, readOnly, queryClient, briefingId]);

  return { status, autosave };
}
