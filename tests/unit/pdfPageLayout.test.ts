import { describe, expect, it } from 'vitest';
import {
  CSS_PER_PT,
  MAX_ZOOM,
  MIN_ZOOM,
  PAGE_GAP,
  PAGE_MARGIN,
  currentPageIndex,
  fitWidthZoom,
  layoutPages,
  pageIndexAt,
  pagesNearView,
  stepZoom,
} from '../../renderer/src/features/sources/pdf/pageLayout';

const A4 = { width: 595, height: 842 };

describe('pdf page view layout', () => {
  it('places 300 pages one below the other, so the scroll height is known before any page is drawn', () => {
    const layout = layoutPages(
      Array.from({ length: 300 }, () => A4),
      1,
    );
    const h = Math.round(842 * CSS_PER_PT);
    expect(layout.tops[0]).toBe(PAGE_MARGIN);
    expect(layout.tops[1]).toBe(PAGE_MARGIN + h + PAGE_GAP);
    expect(layout.totalHeight).toBe(2 * PAGE_MARGIN + 300 * h + 299 * PAGE_GAP);
    expect(layout.maxWidth).toBe(Math.round(595 * CSS_PER_PT));
  });

  it('finds the page under a scroll position and draws only the pages within a view height of it', () => {
    const layout = layoutPages(
      Array.from({ length: 300 }, () => A4),
      1,
    );
    const h = layout.heights[0]!;
    expect(pageIndexAt(layout, 0)).toBe(0);
    expect(pageIndexAt(layout, layout.tops[120]! + 5)).toBe(120);
    // In the gap below page 120: still page 120.
    expect(pageIndexAt(layout, layout.tops[121]! - 2)).toBe(120);
    const view = 700;
    const [first, last] = pagesNearView(layout, layout.tops[200]!, view);
    expect(first).toBeGreaterThanOrEqual(198);
    expect(last).toBeLessThanOrEqual(203);
    expect(last - first + 1).toBeLessThanOrEqual(Math.ceil((3 * view) / h) + 2);
    expect(currentPageIndex(layout, layout.tops[200]!, view)).toBe(200);
    expect(pagesNearView(layoutPages([], 1), 0, view)).toEqual([0, -1]);
  });

  it('fits the widest page to the view width and steps the zoom through presets within bounds', () => {
    const zoom = fitWidthZoom(800, [A4, { width: 842, height: 595 }]);
    expect(Math.round(842 * CSS_PER_PT * zoom)).toBe(800 - 2 * PAGE_MARGIN);
    expect(fitWidthZoom(10, [A4])).toBe(MIN_ZOOM);
    expect(fitWidthZoom(100_000, [A4])).toBe(MAX_ZOOM);
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(0.81, 1)).toBe(0.9);
    expect(stepZoom(0.81, -1)).toBe(0.8);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });
});
