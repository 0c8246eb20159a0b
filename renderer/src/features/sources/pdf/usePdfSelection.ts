import { useCallback, useEffect, useRef, useState } from 'react';
import { ui, type TextRange } from '../../../state/uiStore';
import { selectionToStoredRange, type VersionText } from './pdfTextMap';
import { rangeToPagePoints, type TextLayerRegistry } from './textLayers';

const NO_PAGES: ReadonlySet<number> = new Set();

/**
 * Follows the document selection while it lies in the page view and reports it as a
 * range of the stored text (`ui.setReaderSelection`), which "Keep as excerpt" reads.
 * A selection that cannot be placed exactly reports nothing. Returns the pages the
 * selection starts and ends on: they keep their text layers while scrolled away, or
 * the browser would lose the selection with their spans.
 */
export function usePdfSelection(
  registry: TextLayerRegistry,
  sourceId: string,
  versionNumber: number,
  version: VersionText,
): { pinned: ReadonlySet<number>; remap: () => void } {
  const [pinned, setPinned] = useState<ReadonlySet<number>>(NO_PAGES);
  const frame = useRef(0);
  const published = useRef<TextRange | null>(null);

  // Only the selection this view published is taken back (as the text view does with its own).
  const clearOwn = useCallback(() => {
    if (published.current && ui.get().readerSelection === published.current) ui.setReaderSelection(null);
    published.current = null;
  }, []);

  const map = useCallback(() => {
    frame.current = 0;
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    // Only this view's text layers count, wherever the range ends: a drag that runs on into the
    // floating "Keep" action or the toolbar still holds the PDF words it visibly covers.
    const points = range ? rangeToPagePoints(registry, range) : null;
    if (!points) {
      setPinned(NO_PAGES);
      clearOwn();
      return;
    }
    setPinned((prev) =>
      prev.size === 2 && prev.has(points.from.page) && prev.has(points.to.page)
        ? prev
        : new Set([points.from.page, points.to.page]),
    );
    const stored = selectionToStoredRange(version, (p) => registry.get(p)?.map, points.from, points.to);
    if (!stored) {
      clearOwn();
      return;
    }
    ui.setReaderSelection({ sourceId, version: versionNumber, ...stored });
    published.current = ui.get().readerSelection;
  }, [registry, sourceId, versionNumber, version, clearOwn]);

  const remap = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(map);
  }, [map]);

  useEffect(() => {
    document.addEventListener('selectionchange', remap);
    return () => {
      document.removeEventListener('selectionchange', remap);
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [remap]);

  // Leaving the page view ends its selection.
  useEffect(() => clearOwn, [clearOwn]);

  return { pinned, remap };
}
