import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_PREFS, type Prefs } from '../../../../shared/domain/prefs';
import { useUpdatePrefs } from '../../api/mutations';
import { usePrefs } from '../../api/queries';
import type { SidePaneId } from '../../components/ResizablePanes';

const SAVE_DELAY_MS = 400;

/** Size limits, inside the ranges the preferences schema accepts. */
export const PANE_LIMITS: Record<SidePaneId, { min: number; max: number }> = {
  navigator: { min: 180, max: 600 },
  inspector: { min: 220, max: 640 },
};

/**
 * Pane sizes and collapsed state: applied at once while dragging, saved to the
 * preferences (not localStorage, which browser mode loses with every new port)
 * shortly after the last change.
 */
export function usePaneLayout() {
  const prefs = usePrefs().data ?? DEFAULT_PREFS;
  const { mutate } = useUpdatePrefs();
  const [sizes, setSizes] = useState<Prefs['paneSizes']>(prefs.paneSizes);
  const [collapsed, setCollapsed] = useState<Prefs['paneCollapsed']>(prefs.paneCollapsed);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<Partial<Prefs>>({});

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length) mutate({ patch });
  }, [mutate]);

  const schedule = useCallback(
    (patch: Partial<Prefs>) => {
      pending.current = { ...pending.current, ...patch };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  // Save what is pending when the case view goes away (the case is closed) or the page
  // does (reload, window closed): the transport sends small calls with keepalive.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  // Refs hold the latest values so rapid key repeats and pointer moves build on each other.
  const sizesRef = useRef(sizes);
  const collapsedRef = useRef(collapsed);

  const resize = useCallback(
    (id: SidePaneId, size: number) => {
      const { min, max } = PANE_LIMITS[id];
      const next = { ...sizesRef.current, [id]: Math.round(Math.min(max, Math.max(min, size))) };
      sizesRef.current = next;
      setSizes(next);
      schedule({ paneSizes: next });
    },
    [schedule],
  );

  const toggle = useCallback(
    (id: SidePaneId) => {
      const next = { ...collapsedRef.current, [id]: !collapsedRef.current[id] };
      collapsedRef.current = next;
      setCollapsed(next);
      schedule({ paneCollapsed: next });
    },
    [schedule],
  );

  return { sizes, collapsed, resize, toggle };
}
