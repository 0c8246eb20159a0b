import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

const GAP = 6;
const MARGIN = 8;

/** The last line box of a DOM range (where a drag selection ends), or null when it has none on screen. */
export function lastRect(range: Range | null): DOMRect | null {
  const rects = range?.getClientRects();
  return rects && rects.length ? rects[rects.length - 1]! : null;
}

/**
 * Places its content next to an anchor rectangle (the end of a text selection)
 * inside `root`: below it (or above it when there is no room), kept inside root's
 * box, and following it while anything in root scrolls or the window resizes.
 * Without an anchor it sits at the top right of root, below `topInset`.
 */
export function Anchored({
  root,
  anchor,
  topInset,
  className,
  children,
}: {
  root: RefObject<HTMLElement | null>;
  /** Asked again on every scroll: the rectangle to stay next to, in viewport coordinates. */
  anchor: () => DOMRect | null;
  topInset: number;
  className: string;
  children: ReactNode;
}) {
  const self = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = self.current;
    const rootEl = root.current;
    if (!el || !rootEl) return;
    const place = () => {
      const box = rootEl.getBoundingClientRect();
      const w = el.offsetWidth;
      const h = el.offsetHeight;
      let top = topInset + MARGIN;
      let left = box.width - w - MARGIN;
      const r = anchor();
      if (r) {
        top = r.bottom - box.top + GAP;
        if (top + h > box.height - MARGIN) top = r.top - box.top - h - GAP;
        left = r.right - box.left - w / 2;
      }
      top = Math.max(topInset + MARGIN, Math.min(top, box.height - h - MARGIN));
      left = Math.max(MARGIN, Math.min(left, box.width - w - MARGIN));
      el.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      el.style.opacity = '1';
    };
    place();
    // Scroll events do not bubble; a capturing listener on root hears every scroller inside it.
    rootEl.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    const resize = new ResizeObserver(place);
    resize.observe(el);
    return () => {
      rootEl.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
      resize.disconnect();
    };
  }, [root, anchor, topInset]);

  return (
    <div ref={self} className={`wb-anchored ${className}`}>
      {children}
    </div>
  );
}
