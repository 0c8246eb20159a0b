import { useEffect, useRef, useState, type RefObject } from 'react';
import { ui, type TextRange } from '../../../state/uiStore';
import { rangeToOffsets } from './selectionOffsets';

interface Options {
  /** The reader's root (toolbar and views): DOM selections inside it are tracked for anchoring. */
  root: RefObject<HTMLElement | null>;
  /** The text view's body; when present, its selections are turned into offsets and published. */
  body: RefObject<HTMLElement | null>;
  sourceId: string;
  version: number;
  text: string;
}

/**
 * Follows the document's selection. A selection in the text view becomes the live
 * `readerSelection` (offsets into the stored text, the quote cut from it); another
 * view in the reader (the PDF page view) publishes its own. Either way, the DOM
 * range inside the reader is returned so actions can be shown next to it.
 */
export function useReaderSelection({ root, body, sourceId, version, text }: Options): Range | null {
  const [range, setRange] = useState<Range | null>(null);
  const published = useRef<TextRange | null>(null);

  useEffect(() => {
    let frame = 0;
    const clearOwn = () => {
      if (published.current && ui.get().readerSelection === published.current) ui.setReaderSelection(null);
      published.current = null;
    };
    const update = () => {
      frame = 0;
      const sel = document.getSelection();
      const r = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
      const rootEl = root.current;
      const inReader = r && rootEl && r.intersectsNode(rootEl) ? r : null;
      setRange(inReader ? inReader.cloneRange() : null);
      const bodyEl = body.current;
      const offsets = inReader && bodyEl ? rangeToOffsets(bodyEl, inReader, text) : null;
      if (!offsets) {
        // Only our own selection is taken back; the PDF view's is its own to clear.
        clearOwn();
        return;
      }
      const next: TextRange = { sourceId, version, ...offsets, quote: text.slice(offsets.start, offsets.end) };
      ui.setReaderSelection(next);
      published.current = ui.get().readerSelection;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', schedule);
    return () => {
      document.removeEventListener('selectionchange', schedule);
      if (frame) cancelAnimationFrame(frame);
      clearOwn();
    };
  }, [root, body, sourceId, version, text]);

  return range;
}
