import { useMemo } from 'react';
import { PdfPageView } from './PdfPageView';
import type { PdfPagesViewProps } from './ReaderPdfToggle';
import type { PdfHighlight } from './types';

/**
 * The page view as the reader shows it (the lazily loaded chunk's root): the reader's
 * highlights (its painted list, so the words being kept show too) with the selected
 * excerpt marked, its "show in source" flashes, its highlight picking.
 */
export default function PdfReaderPane({
  source,
  version,
  highlights,
  selectedId,
  flash,
  onHighlightClick,
}: PdfPagesViewProps) {
  const drawn = useMemo<PdfHighlight[]>(
    () => highlights.map((h) => ({ ...h, selected: h.id === selectedId })),
    [highlights, selectedId],
  );
  return (
    <PdfPageView
      source={source}
      version={version}
      highlights={drawn}
      onHighlightClick={onHighlightClick}
      reveal={flash}
    />
  );
}
