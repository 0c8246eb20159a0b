import { useCallback, useEffect, useRef, useState } from 'react';
import type { WireError } from '../../../../../shared/contract/errors';
import { toWireError } from '../../errors/toWireError';

const SAVE_DELAY_MS = 800;

/**
 * One field that saves itself (no Save button; the case saves continuously): typing
 * keeps a draft that is saved after a pause, on blur, when the field goes away and
 * when the page does, so closing the window never loses what was typed. The draft
 * stays until the stored value catches up, so the field never flickers back.
 */
export function useAutoSave<T>(
  stored: T,
  save: (value: T) => Promise<unknown>,
  isValid: (value: T) => boolean = () => true,
) {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const latest = useRef({ draft, stored, save, isValid });
  const inFlight = useRef<{ value: T } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    latest.current = { draft, stored, save, isValid };
  });

  const commit = useCallback(() => {
    window.clearTimeout(timer.current);
    const { draft: pending, stored: current, save: send, isValid: valid } = latest.current;
    // An invalid draft (a blank title) stays in the field, marked, and is not sent.
    if (!pending || !valid(pending.value)) return;
    const value = pending.value;
    if (Object.is(value, current)) {
      setDraft(null);
      return;
    }
    if (inFlight.current && Object.is(inFlight.current.value, value)) return;
    inFlight.current = { value };
    send(value).then(
      () => {
        inFlight.current = null;
        setError(null);
        setDraft((d) => (d && Object.is(d.value, value) ? null : d));
      },
      (err: unknown) => {
        inFlight.current = null;
        setError(toWireError(err));
      },
    );
  }, []);

  /** A typed change: saved after a pause (or on blur). */
  const change = useCallback(
    (value: T) => {
      setDraft({ value });
      latest.current = { ...latest.current, draft: { value } };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(commit, SAVE_DELAY_MS);
    },
    [commit],
  );

  /** A chosen value (select, tag list): saved at once. */
  const set = useCallback(
    (value: T) => {
      setDraft({ value });
      latest.current = { ...latest.current, draft: { value } };
      commit();
    },
    [commit],
  );

  useEffect(() => {
    window.addEventListener('pagehide', commit);
    return () => {
      window.removeEventListener('pagehide', commit);
      commit();
    };
  }, [commit]);

  return { value: draft ? draft.value : stored, change, set, commit, error };
}
