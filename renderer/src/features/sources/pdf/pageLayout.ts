/**
 * Where the pages of the page view sit, without the DOM: every page box has its
 * size from the start (the first page's size until a page's own is known), so the
 * scroll height is right at once and only the pages near the view get drawn.
 */

/** CSS pixels per PDF point at 100 % (pdf.js's PixelsPerInch.PDF_TO_CSS_UNITS). */
export const CSS_PER_PT = 96 / 72;
export const PAGE_GAP = 16;
export const PAGE_MARGIN = 16;
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 5;
const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5];

/** A page's size in PDF points (at scale 1, rotation applied). */
export interface PageSize {
  width: number;
  height: number;
}

export type ZoomMode = { kind: 'fitWidth' } | { kind: 'custom'; zoom: number };

/** The zoom that makes the widest page fill the view's width (margins kept). */
export function fitWidthZoom(viewWidth: number, sizes: readonly PageSize[]): number {
  const widest = sizes.reduce((w, s) => Math.max(w, s.width), 0) || 612;
  const zoom = (viewWidth - 2 * PAGE_MARGIN) / (widest * CSS_PER_PT);
  return clampZoom(zoom);
}

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The next preset step above (+1) or below (-1) the current zoom. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > zoom + 0.001) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom - 0.001) ?? MIN_ZOOM;
}

export interface Layout {
  /** Top of each page box in the scroll content, in CSS pixels. */
  tops: number[];
  heights: number[];
  widths: number[];
  totalHeight: number;
  maxWidth: number;
}

export function layoutPages(sizes: readonly PageSize[], zoom: number): Layout {
  const scale = zoom * CSS_PER_PT;
  const tops: number[] = [];
  const heights: number[] = [];
  const widths: number[] = [];
  let y = PAGE_MARGIN;
  let maxWidth = 0;
  for (const size of sizes) {
    const h = Math.round(size.height * scale);
    const w = Math.round(size.width * scale);
    tops.push(y);
    heights.push(h);
    widths.push(w);
    maxWidth = Math.max(maxWidth, w);
    y += h + PAGE_GAP;
  }
  return { tops, heights, widths, totalHeight: y - PAGE_GAP + PAGE_MARGIN, maxWidth };
}

/** Index of the page box that holds content height `y` (the one above it when in a gap). */
export function pageIndexAt(layout: Layout, y: number): number {
  let lo = 0;
  let hi = layout.tops.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (layout.tops[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The pages to draw for a scroll position: those within one view height above
 * and below the visible area (so scrolling finds them drawn), as [first, last] indexes.
 */
export function pagesNearView(layout: Layout, scrollTop: number, viewHeight: number): [number, number] {
  if (!layout.tops.length) return [0, -1];
  const first = pageIndexAt(layout, Math.max(0, scrollTop - viewHeight));
  const last = pageIndexAt(layout, scrollTop + 2 * viewHeight);
  return [first, last];
}

/** The page a reader is on: the one under a line a third down the view. */
export function currentPageIndex(layout: Layout, scrollTop: number, viewHeight: number): number {
  return Math.max(0, pageIndexAt(layout, scrollTop + viewHeight / 3));
}
