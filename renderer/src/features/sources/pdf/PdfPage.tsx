import {
  memo,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import type { PDFPageProxy, PDFDocumentProxy } from 'pdfjs-dist';
import type { TextLayer as TextLayerType } from 'pdfjs-dist';
import { useTranslation } from 'react-i18next';
import { loadPdfJs } from './pdfjs';
import { buildPageTextMap, storedRangeToItemPieces, type VersionText } from './pdfTextMap';
import { spanRects, type TextLayerRegistry } from './textLayers';
import type { PageSize } from './pageLayout';
import type { PdfHighlight } from './types';

/** Canvas pixels per page at most (a 4096 × 4096 bitmap); a larger page is drawn at a lower resolution. */
const MAX_CANVAS_PIXELS = 4096 * 4096;

interface HighlightRect {
  id: string;
  className: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Length of the highlighted range: a click on overlapping highlights picks the shortest. */
  span: number;
}

export interface PdfPageProps {
  pdf: PDFDocumentProxy;
  /** 1-based page number. */
  number: number;
  label: string;
  /** CSS pixels per PDF point. */
  scale: number;
  width: number;
  height: number;
  /** Near the view (or holding the selection): drawn; otherwise an empty box of the right size. */
  draw: boolean;
  registry: TextLayerRegistry;
  version: VersionText;
  /** Highlights whose range touches this page. */
  highlights: readonly PdfHighlight[];
  onHighlightClick?: (id: string) => void;
  onSize: (page: number, size: PageSize) => void;
  /** Called when the page's text layer appears or goes (the selection may need mapping again). */
  onTextLayer: () => void;
}

function isCancelled(err: unknown): boolean {
  return (
    (err as Error | null)?.name === 'RenderingCancelledException' || (err as Error | null)?.name === 'AbortException'
  );
}

/**
 * While a drag selects, the layer's end block covers the page (pdf.js's viewer does the
 * same), so the selection does not jump to the page's start over empty space.
 */
function startSelecting(e: PointerEvent<HTMLDivElement>) {
  const layer = e.currentTarget;
  layer.classList.add('selecting');
  document.addEventListener('pointerup', () => layer.classList.remove('selecting'), { once: true });
}

/** One PDF page: canvas, highlights, and pdf.js's text layer on top for selecting. */
export const PdfPage = memo(function PdfPage(props: PdfPageProps) {
  const { pdf, number, label, scale, width, height, draw, registry, version, highlights } = props;
  const { onSize, onTextLayer, onHighlightClick } = props;
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const canvasHost = useRef<HTMLDivElement>(null);
  const textHost = useRef<HTMLDivElement>(null);
  const layerRef = useRef<TextLayerType | null>(null);
  const [page, setPage] = useState<PDFPageProxy | null>(null);
  const [textVersion, setTextVersion] = useState(0);
  const [rects, setRects] = useState<HighlightRect[]>([]);

  // The page object, fetched once it is first needed; its real size replaces the estimate.
  useEffect(() => {
    if (!draw || page) return;
    let cancelled = false;
    pdf
      .getPage(number)
      .then((p) => {
        if (cancelled) return;
        const vp = p.getViewport({ scale: 1 });
        onSize(number, { width: vp.width, height: vp.height });
        setPage(p);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [draw, page, pdf, number, onSize]);

  // The canvas: drawn into a fresh one and swapped in when done, so zooming never flashes blank.
  useEffect(() => {
    const host = canvasHost.current;
    if (!host) return;
    if (!draw || !page) {
      host.replaceChildren();
      // Far from the view: let pdf.js drop the page's drawing data (it is fetched again when needed).
      page?.cleanup();
      return;
    }
    const viewport = page.getViewport({ scale });
    const dpr = window.devicePixelRatio || 1;
    const ratio = Math.min(dpr, Math.sqrt(MAX_CANVAS_PIXELS / Math.max(1, viewport.width * viewport.height)));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(viewport.width * ratio));
    canvas.height = Math.max(1, Math.floor(viewport.height * ratio));
    canvas.setAttribute('aria-hidden', 'true');
    const task = page.render({
      canvas,
      viewport,
      ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}),
    });
    task.promise.then(
      () => host.replaceChildren(canvas),
      (err: unknown) => {
        if (!isCancelled(err)) host.replaceChildren();
      },
    );
    return () => task.cancel();
  }, [draw, page, scale]);

  // The text layer: pdf.js's spans over the canvas, from the same items the stored text was built from.
  useEffect(() => {
    const host = textHost.current;
    if (!host || !draw || !page) return;
    let cancelled = false;
    let layer: TextLayerType | null = null;
    (async () => {
      const { TextLayer } = await loadPdfJs();
      const content = await page.getTextContent();
      if (cancelled) return;
      const map = buildPageTextMap(content.items);
      host.replaceChildren();
      layer = new TextLayer({ textContentSource: content, container: host, viewport: page.getViewport({ scale }) });
      layerRef.current = layer;
      await layer.render();
      if (cancelled) return;
      // As pdf.js's own viewer does: a block after the text that stretches over the layer
      // while selecting, so a drag through empty space does not jump to the page's start.
      const end = document.createElement('div');
      end.className = 'endOfContent';
      host.append(end);
      registry.set({ page: number, container: host, divs: layer.textDivs, map });
      setTextVersion((n) => n + 1);
      onTextLayer();
    })().catch((err: unknown) => {
      if (!isCancelled(err)) host.replaceChildren();
    });
    return () => {
      cancelled = true;
      layer?.cancel();
      layerRef.current = null;
      registry.delete(number, host);
      host.replaceChildren();
      onTextLayer();
    };
    // The scale is read once at creation on purpose: update() below applies a new one without rebuilding.
  }, [draw, page, registry, number, onTextLayer]);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer || !page) return;
    layer.update({ viewport: page.getViewport({ scale }) });
    setTextVersion((n) => n + 1);
  }, [scale, page]);

  // Highlight rectangles from the spans' client rects, in percent of the page box (so they follow zoom).
  useLayoutEffect(() => {
    const layer = registry.get(number);
    const pageBox = box.current;
    if (!layer || !pageBox || !highlights.length) {
      setRects((r) => (r.length ? [] : r));
      return;
    }
    const bounds = pageBox.getBoundingClientRect();
    if (!bounds.width || !bounds.height) return;
    const out: HighlightRect[] = [];
    for (const h of highlights) {
      const className = [
        'wb-pdf-hl',
        `wb-pdf-hl--${h.colour}`,
        h.status === 'moved' ? 'wb-pdf-hl--moved' : '',
        h.selected ? 'wb-pdf-hl--selected' : '',
        h.flash ? 'wb-pdf-hl--flash' : '',
      ]
        .filter(Boolean)
        .join(' ');
      for (const piece of storedRangeToItemPieces(version, number, layer.map, h.start, h.end)) {
        const div = layer.divs[piece.item];
        if (!div) continue;
        for (const r of spanRects(div, piece.from, piece.to)) {
          if (!r.width || !r.height) continue;
          out.push({
            id: h.id,
            className,
            left: ((r.left - bounds.left) / bounds.width) * 100,
            top: ((r.top - bounds.top) / bounds.height) * 100,
            width: (r.width / bounds.width) * 100,
            height: (r.height / bounds.height) * 100,
            span: h.end - h.start,
          });
        }
      }
    }
    setRects(out);
  }, [highlights, textVersion, registry, number, version]);

  // Clicks land on the text layer (highlights lie under it, so selecting still works); hit-test here.
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!onHighlightClick || !rects.length) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const bounds = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - bounds.left) / bounds.width) * 100;
    const y = ((e.clientY - bounds.top) / bounds.height) * 100;
    const hit = rects
      .filter((r) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height)
      .sort((a, b) => a.span - b.span)[0];
    if (hit) onHighlightClick(hit.id);
  };

  const style = { width, height, '--scale-factor': scale } as CSSProperties;
  return (
    // A pointer shortcut only: every excerpt is also reachable from the excerpt panel by keyboard.
    <div
      ref={box}
      className="wb-pdf-page"
      style={style}
      data-page={number}
      role="group"
      aria-label={
        label === String(number)
          ? t('pdfView.pageN', { page: number })
          : t('pdfView.pageLabelled', { page: number, label })
      }
      onClick={onClick}
    >
      <div ref={canvasHost} className="wb-pdf-page__canvas" />
      <div className="wb-pdf-page__highlights" aria-hidden="true">
        {rects.map((r, i) => (
          <div
            key={`${r.id}:${i}`}
            className={r.className}
            data-excerpt={r.id}
            style={{ left: `${r.left}%`, top: `${r.top}%`, width: `${r.width}%`, height: `${r.height}%` }}
          />
        ))}
      </div>
      <div ref={textHost} className="textLayer wb-pdf-page__text" onPointerDown={startSelecting} />
    </div>
  );
});
