import { useEffect, useRef, useState, type RefObject } from 'react';
import { useUiState } from '../../../state/uiStore';
import type { Flash } from './segments';

/** How long the flashed words stay marked (the CSS animation runs within it). */
const FLASH_MS = 1800;
/**
 * How long a reveal waits for its words and highlight to render before it focuses the
 * text instead: generous, because on a busy machine a long text's rest can take seconds,
 * and the fallback is only for words that never appear.
 */
const REVEAL_WAIT_MS = 6000;
/** Reveal requests already shown, across reader views (a view for another version mounts after the request). */
let handledNonce = 0;
let localNonce = 1_000_000_000;

/**
 * "Show in source": the words of a reveal request for this source and version (or
 * of a local one, such as moving to the next excerpt) flash; once their chunk is
 * rendered they are scrolled into view and the excerpt's highlight (or the text)
 * takes focus.
 */
export function useReveal(
  sourceId: string,
  version: number,
  scroller: RefObject<HTMLElement | null>,
  /** Where the text on screen ends while only its first part is there; a request for words beyond waits for the rest. */
  loadedEnd = Infinity,
) {
  const request = useUiState((s) => s.revealRequest);
  const [flash, setFlash] = useState<(Flash & { excerptId: string | null }) | null>(null);
  const focusAfter = useRef(false);

  useEffect(() => {
    if (!request || request.nonce <= handledNonce) return;
    if (request.sourceId !== sourceId || request.version !== version) return;
    // Not yet: the words come with the rest of the text (however long that takes to arrive).
    if (request.end > loadedEnd) return;
    handledNonce = request.nonce;
    focusAfter.current = true;
    setFlash({ start: request.start, end: request.end, nonce: request.nonce, excerptId: request.excerptId });
  }, [request, sourceId, version, loadedEnd]);

  useEffect(() => {
    if (!flash) return;
    // The words' chunk and the excerpt's highlight may render a few frames after the request
    // (the source's text or its excerpts still loading, a busy machine): look again each frame
    // until they are there, and fall back to focusing the text once the time is up.
    const deadline = performance.now() + REVEAL_WAIT_MS;
    let frame = 0;
    let timer: number | undefined;
    const attempt = () => {
      const root = scroller.current;
      const el = root?.querySelector<HTMLElement>('.wb-flash');
      const target =
        root && flash.excerptId
          ? root.querySelector<HTMLElement>(`[data-excerpts~="${CSS.escape(flash.excerptId)}"][tabindex]`)
          : null;
      const waiting = !el || (flash.excerptId !== null && !target);
      if (waiting && performance.now() < deadline) {
        frame = requestAnimationFrame(attempt);
        return;
      }
      // The flash runs from when the words are there, not from the request.
      timer = window.setTimeout(() => setFlash(null), FLASH_MS);
      if (!root) return;
      if (el) {
        // No smooth scrolling: chunks skipped by layout take their real height as they pass by, which
        // would leave a smooth scroll short of the words. Once more after they have: then it holds.
        el.scrollIntoView({ block: 'center' });
        frame = requestAnimationFrame(() => {
          frame = requestAnimationFrame(() => {
            const view = root.getBoundingClientRect();
            const box = el.getBoundingClientRect();
            if (box.bottom < view.top || box.top > view.bottom) el.scrollIntoView({ block: 'center' });
          });
        });
      }
      if (!focusAfter.current) return;
      focusAfter.current = false;
      (target ?? root).focus({ preventScroll: true });
    };
    frame = requestAnimationFrame(attempt);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [flash, scroller]);

  /** Flashes and focuses [start, end) of this version, e.g. the next excerpt. */
  const revealHere = (start: number, end: number, excerptId: string | null) => {
    focusAfter.current = true;
    setFlash({ start, end, nonce: ++localNonce, excerptId });
  };

  return { flash, revealHere };
}
