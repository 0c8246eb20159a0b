import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { NonIdealState, Spinner } from '@blueprintjs/core';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useTranslation } from 'react-i18next';
import type { SourceDetail, SourceVersionContent } from '../../../../../shared/domain/source';
import {
  CSS_PER_PT,
  PAGE_MARGIN,
  clampZoom,
  currentPageIndex,
  fitWidthZoom,
  layoutPages,
  pageIndexAt,
  pagesNearView,
  stepZoom,
  type PageSize,
  type ZoomMode,
} from './pageLayout';
import { PdfPage } from './PdfPage';
import { pagesOfRange, type VersionText } from './pdfTextMap';
import { PdfToolbar } from './PdfToolbar';
import { TextLayerRegistry } from './textLayers';
import type { PdfHighlight } from './types';
import { usePdfDocument } from './usePdfDocument';
import { usePdfSelection } from './usePdfSelection';

export interface PdfRevealTarget {
  start: number;
  end: number;
  nonce: number;
}

export interface PdfPageViewProps {
  source: SourceDetail;
  version: SourceVersionContent;
  highlights?: readonly PdfHighlight[];
  onHighlightClick?: (id: string) => void;
  /** "Show in source": scroll to the range and flash it. */
  reveal?: PdfRevealTarget | null;
}

const NONE: readonly PdfHighlight[] = [];
const FLASH_MS = 1600;
/** The zoom is kept for the session (a reader who zoomed in wants the next PDF zoomed in too). */
let sessionZoom: ZoomMode = { kind: 'fitWidth' };

/** The original PDF's pages, drawn lazily, with a selectable text layer over each. */
export function PdfPageView(props: PdfPageViewProps) {
  const { t } = useTranslation();
  const doc = usePdfDocument(props.source.id, props.version.version);
  if (doc.status === 'error') {
    return (
      <NonIdealState
        className="wb-pdf-state"
        icon="error"
        title={t('pdfView.failed')}
        description={t('pdfView.failedHint')}
      />
    );
  }
  if (doc.status === 'loading') {
    return (
      <div className="wb-pdf-state" aria-busy="true">
        <Spinner aria-label={t('pdfView.loading')} />
      </div>
    );
  }
  return <PdfPages {...props} pdf={doc.pdf} firstPage={doc.firstPage} />;
}

function PdfPages({
  pdf,
  firstPage,
  source,
  version,
  highlights = NONE,
  onHighlightClick,
  reveal,
}: PdfPageViewProps & { pdf: PDFDocumentProxy; firstPage: PageSize }) {
  const { t } = useTranslation();
  const count = pdf.numPages;
  const scroller = useRef<HTMLDivElement>(null);
  const [registry] = useState(() => new TextLayerRegistry());
  const [sizes, setSizes] = useState<PageSize[]>(() => Array.from({ length: count }, () => firstPage));
  const [zoomMode, setZoomModeState] = useState<ZoomMode>(sessionZoom);
  const [view, setView] = useState({ top: 0, width: 0, height: 0 });
  const [flash, setFlash] = useState<PdfRevealTarget | null>(null);
  const versionText: VersionText = useMemo(
    () => ({ text: version.text, pages: version.pages ?? [] }),
    [version.text, version.pages],
  );
  const { pinned, remap } = usePdfSelection(registry, source.id, version.version, versionText);

  const setZoomMode = (mode: ZoomMode) => {
    sessionZoom = mode;
    setZoomModeState(mode);
  };
  const zoom = zoomMode.kind === 'fitWidth' ? fitWidthZoom(view.width || 800, sizes) : zoomMode.zoom;
  const scale = zoom * CSS_PER_PT;
  const layout = useMemo(() => layoutPages(sizes, zoom), [sizes, zoom]);
  const [first, last] = pagesNearView(layout, view.top, view.height || 800);
  const current = currentPageIndex(layout, view.top, view.height || 800);
  const labelOf = (index: number) => version.pages?.[index]?.label ?? String(index + 1);

  const onSize = useCallback((page: number, size: PageSize) => {
    setSizes((prev) => {
      const old = prev[page - 1];
      if (!old || (Math.abs(old.width - size.width) < 0.5 && Math.abs(old.height - size.height) < 0.5)) return prev;
      const next = prev.slice();
      next[page - 1] = size;
      return next;
    });
  }, []);

  // Where the reader is, as a page and a fraction of it: kept when zoom or page sizes change the layout.
  // Null until the reader scrolls: the view opens at the very top.
  const anchor = useRef<{ index: number; fraction: number } | null>(null);
  const frame = useRef(0);
  const measure = useCallback(() => {
    frame.current = 0;
    const el = scroller.current;
    if (!el) return;
    setView((v) =>
      v.top === el.scrollTop && v.width === el.clientWidth && v.height === el.clientHeight
        ? v
        : { top: el.scrollTop, width: el.clientWidth, height: el.clientHeight },
    );
  }, []);
  const onScroll = () => {
    const el = scroller.current;
    if (el) {
      const index = Math.max(0, pageIndexAt(layout, el.scrollTop));
      anchor.current = { index, fraction: (el.scrollTop - layout.tops[index]!) / (layout.heights[index] || 1) };
    }
    if (!frame.current) frame.current = requestAnimationFrame(measure);
  };
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (!anchor.current) return measure();
    const { index, fraction } = anchor.current;
    const top = Math.max(0, (layout.tops[index] ?? 0) + fraction * (layout.heights[index] ?? 0));
    if (Math.abs(el.scrollTop - top) > 1) el.scrollTop = top;
    measure();
  }, [layout, measure]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(el);
    return () => {
      observer.disconnect();
      if (frame.current) cancelAnimationFrame(frame.current);
    };
  }, [measure]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el || layout.tops[index] === undefined) return;
      anchor.current = { index, fraction: -PAGE_MARGIN / 2 / (layout.heights[index] || 1) };
      el.scrollTop = layout.tops[index]! - PAGE_MARGIN / 2;
    },
    [layout],
  );

  const goTo = (entry: string): boolean => {
    const byLabel = version.pages?.findIndex((p) => p.label === entry) ?? -1;
    const n = Number(entry);
    const index = byLabel >= 0 ? byLabel : Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : -1;
    if (index < 0) return false;
    scrollToIndex(index);
    scroller.current?.focus();
    return true;
  };

  const zoomBy = (direction: 1 | -1) => setZoomMode({ kind: 'custom', zoom: clampZoom(stepZoom(zoom, direction)) });

  // +/- zoom while the pages have focus; arrows, Page Up/Down, Space, Home and End scroll as usual.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') zoomBy(1);
    else if (e.key === '-') zoomBy(-1);
    else return;
    e.preventDefault();
  };

  // "Show in source": to the range's first page, flash it, then centre it once its page has drawn it.
  useEffect(() => {
    if (!reveal || !version.pages) return;
    const page = pagesOfRange(version.pages, reveal.start, Math.max(reveal.end, reveal.start + 1))[0];
    if (page === undefined) return;
    scrollToIndex(page - 1);
    setFlash(reveal);
    const timer = window.setTimeout(() => setFlash(null), FLASH_MS);
    return () => window.clearTimeout(timer);
    // Only a new request (nonce) scrolls; layout changes must not scroll back to it.
  }, [reveal?.nonce]);
  // Runs after each render until the page has drawn the words, then once per request only,
  // so the reader can scroll away during the flash.
  const placedFlash = useRef(0);
  useEffect(() => {
    if (!flash || placedFlash.current === flash.nonce) return;
    const frameId = requestAnimationFrame(() => {
      const el = scroller.current;
      const words = el?.querySelector('.wb-pdf-hl--flash');
      if (!el || !words) return;
      placedFlash.current = flash.nonce;
      // A quarter down the view: above the line the page indicator reads, so it names the words' page.
      const offset = words.getBoundingClientRect().top - el.getBoundingClientRect().top - el.clientHeight / 4;
      if (Math.abs(offset) > 2) el.scrollTop += offset;
    });
    return () => cancelAnimationFrame(frameId);
  });

  const byPage = useMemo(() => {
    const out = new Map<number, PdfHighlight[]>();
    const all = flash
      ? [
          ...highlights,
          {
            id: 'reveal',
            start: flash.start,
            end: flash.end,
            colour: 'yellow',
            status: 'anchored',
            selected: false,
            flash: true,
          } as const,
        ]
      : highlights;
    for (const h of all) {
      for (const page of pagesOfRange(version.pages ?? [], h.start, h.end)) {
        const list = out.get(page) ?? [];
        list.push(h);
        out.set(page, list);
      }
    }
    return out;
  }, [highlights, flash, version.pages]);

  return (
    <div className="wb-pdf">
      <PdfToolbar
        page={current + 1}
        pageLabel={labelOf(current)}
        pageCount={count}
        zoom={zoom}
        fitWidth={zoomMode.kind === 'fitWidth'}
        onZoomIn={() => zoomBy(1)}
        onZoomOut={() => zoomBy(-1)}
        onFitWidth={() => setZoomMode({ kind: 'fitWidth' })}
        onGoTo={goTo}
      />
      <div
        ref={scroller}
        className="wb-pdf__scroll"
        role="region"
        aria-label={t('pdfView.label')}
        tabIndex={0}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
      >
        <div
          className="wb-pdf__pages"
          style={{ height: layout.totalHeight, minWidth: layout.maxWidth + 2 * PAGE_MARGIN }}
        >
          {sizes.map((_, index) => {
            const number = index + 1;
            return (
              <div
                key={number}
                className="wb-pdf__slot"
                style={{ top: layout.tops[index], width: layout.widths[index], height: layout.heights[index] }}
              >
                <PdfPage
                  pdf={pdf}
                  number={number}
                  label={labelOf(index)}
                  scale={scale}
                  width={layout.widths[index]!}
                  height={layout.heights[index]!}
                  draw={(index >= first && index <= last) || pinned.has(number)}
                  registry={registry}
                  version={versionText}
                  highlights={byPage.get(number) ?? NONE}
                  onHighlightClick={onHighlightClick}
                  onSize={onSize}
                  onTextLayer={remap}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
