/**
 * The text layers currently in the page view, by page: their spans (one per pdf.js
 * text item, in item order, as pdf.js's TextLayer creates them) and the replayed
 * page text map. The DOM side of pdfTextMap.ts: DOM selections become PagePoints
 * here, and stored ranges become client rectangles.
 */
import { type PagePoint, type PageTextMap } from './pdfTextMap';

export interface RenderedTextLayer {
  page: number;
  container: HTMLElement;
  /** TextLayer.textDivs: index = text item index (empty items have a span that is not attached). */
  divs: readonly HTMLElement[];
  map: PageTextMap;
}

export class TextLayerRegistry {
  private readonly layers = new Map<number, RenderedTextLayer>();

  set(layer: RenderedTextLayer): void {
    this.layers.set(layer.page, layer);
  }

  delete(page: number, container: HTMLElement): void {
    if (this.layers.get(page)?.container === container) this.layers.delete(page);
  }

  get(page: number): RenderedTextLayer | undefined {
    return this.layers.get(page);
  }

  /** Layers in page order (= document order). */
  ordered(): RenderedTextLayer[] {
    return [...this.layers.values()].sort((a, b) => a.page - b.page);
  }
}

const textLength = (div: HTMLElement) => div.textContent?.length ?? 0;

/** A boundary point (node, offset) as an offset into `div`'s text, when the point lies inside `div`. */
function offsetInside(div: HTMLElement, node: Node, offset: number): number | null {
  if (!div.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) return offset;
  // An element boundary: before all of its children is the start, anything else the end.
  return offset === 0 ? 0 : textLength(div);
}

/**
 * The first and last text-item points a DOM range covers inside the page view's
 * text layers (null when it covers no text there). Spans are tested with
 * `intersectsNode`, so a range that starts or ends in a gap between spans, in the
 * page margin or outside the view still yields the text it visibly covers.
 */
export function rangeToPagePoints(
  registry: TextLayerRegistry,
  range: Range,
): { from: PagePoint; to: PagePoint } | null {
  let from: PagePoint | null = null;
  let to: PagePoint | null = null;
  for (const layer of registry.ordered()) {
    if (!layer.container.isConnected || !range.intersectsNode(layer.container)) continue;
    for (let item = 0; item < layer.divs.length; item++) {
      const div = layer.divs[item]!;
      if (!div.isConnected || !range.intersectsNode(div)) continue;
      if (!from) {
        const start = offsetInside(div, range.startContainer, range.startOffset) ?? 0;
        from = { page: layer.page, item, offset: start };
      }
      const end = offsetInside(div, range.endContainer, range.endOffset) ?? textLength(div);
      to = { page: layer.page, item, offset: end };
    }
  }
  return from && to ? { from, to } : null;
}

/** Client rectangles of characters [from, to) of a span's text. */
export function spanRects(div: HTMLElement, from: number, to: number): DOMRect[] {
  const node = div.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) return [];
  const length = node.textContent?.length ?? 0;
  const range = document.createRange();
  range.setStart(node, Math.min(from, length));
  range.setEnd(node, Math.min(to, length));
  return [...range.getClientRects()];
}
