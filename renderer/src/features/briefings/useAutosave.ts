import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { WorkbenchError } from '../../../../shared/contract/errors';
import type { Briefing } from '../../../../shared/domain/briefing';
import type { DocNode } from '../../../../shared/editor/document';
import { useApi } from '../../api/client';
import { flushKeepalive } from '../../api/keepalive';
import { Autosave, type SaveState } from './autosave';

const isConflict = (e: unknown) => (e as WorkbenchError | null)?.code === 'EDIT_CONFLICT';

/**
 * Autosave for the open briefing: 250 ms after the last change, at once on blur,
 * when the page is hidden or closed (keepalive) and when the editor goes away
 * (switching briefings, closing the case).
 */
export function useAutosave(
  editor: Editor | null,
  briefingId: string,
  revision: number,
  readOnly: boolean,
): { state: SaveState; error: unknown; autosave: Autosave } {
  const api = useApi();
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>(readOnly ? 'readOnly' : 'saved');
  const [error, setError] = useState<unknown>(null);
  const shown = useMemo<{ state: SaveState; error: unknown }>(
    () => ({ state: readOnly ? 'readOnly' : 'saved', error: null }),
    // One record per open briefing, like the scheduler below.
    [briefingId],
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
        onState: (s, e) => {
          // Each key press reports 'pending' again: no React update unless something changed.
          if (s === shown.state && (e ?? null) === shown.error) return;
          shown.state = s;
          shown.error = e ?? null;
          setState(s);
          setError(e ?? null);
        },
        isConflict,
      }),
    // One scheduler per open briefing; its revision then moves on by itself.
    [briefingId],
  );

  useEffect(() => {
    if (!editor || readOnly) return;
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) autosave.change(() => editor.getJSON() as DocNode);
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
      const last = editor.isDestroyed ? null : (editor.getJSON() as DocNode);
      if (last) {
        queryClient.setQueryData<Briefing>(['briefings.get', { id: briefingId }], (old) =>
          old ? { ...old, doc: last } : old,
        );
      }
      void autosave.flush();
    };
  }, [editor, autosave, readOnly, queryClient, briefingId]);

  return { state, error, autosave };
}
