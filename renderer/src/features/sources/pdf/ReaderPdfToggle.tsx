import { lazy, Suspense, useSyncExternalStore } from 'react';
import { SegmentedControl, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SourceDetail, SourceVersionContent } from '../../../../../shared/domain/source';
import type { PdfHighlight } from './types';

/**
 * The reader's "Text | Pages" switch for PDF sources and the page view it shows.
 * pdf.js loads only when the page view is first opened (its own chunk).
 */
const PdfReaderPane = lazy(() => import('./PdfReaderPane'));

export type ReaderMode = 'text' | 'pages';

const STORAGE_KEY = 'workbench.reader.pdfMode';
const listeners = new Set<() => void>();

function readMode(): ReaderMode {
  try {
    return sessionStorage.getItem(STORAGE_KEY) === 'pages' ? 'pages' : 'text';
  } catch {
    return 'text';
  }
}

let mode: ReaderMode = readMode();

/** The choice is kept for the session (this tab), for every PDF. */
export function setReaderMode(next: ReaderMode): void {
  mode = next;
  try {
    sessionStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage refused (private mode): the choice still holds until reload.
  }
  for (const l of listeners) l();
}

export function useReaderMode(): ReaderMode {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => mode,
  );
}

/** A PDF version with pages: the page view is available for it. */
export function hasPageView(version: SourceVersionContent): boolean {
  return version.format === 'pdf' && version.pages !== null;
}

export function ReaderModeSwitch() {
  const { t } = useTranslation();
  const current = useReaderMode();
  return (
    <SegmentedControl
      size="small"
      className="wb-reader-mode"
      aria-label={t('pdfView.mode')}
      value={current}
      onValueChange={(value) => setReaderMode(value === 'pages' ? 'pages' : 'text')}
      options={[
        { value: 'text', label: t('pdfView.modeText') },
        { value: 'pages', label: t('pdfView.modePages') },
      ]}
    />
  );
}

export interface PdfPagesViewProps {
  source: SourceDetail;
  version: SourceVersionContent;
  /** The excerpts placed on this version (ranges of its stored text). */
  highlights: readonly Omit<PdfHighlight, 'selected' | 'flash'>[];
  selectedId: string | null;
  /** "Show in source" (or a step to the next excerpt): scroll there and flash the words. */
  flash: { start: number; end: number; nonce: number } | null;
  onHighlightClick: (id: string) => void;
}

/** The page view, loaded on first use. */
export function PdfPagesView(props: PdfPagesViewProps) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <div className="wb-pdf-state" aria-busy="true">
          <Spinner aria-label={t('pdfView.loading')} />
        </div>
      }
    >
      <PdfReaderPane {...props} />
    </Suspense>
  );
}
