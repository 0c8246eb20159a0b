import type { Excerpt } from '../../../../../shared/domain/excerpt';
import { ui } from '../../../state/uiStore';

/**
 * "Show in source": the reader opens the excerpt's version, scrolls to its words and
 * flashes them (for a moved excerpt, the proposed words). An orphan has no place to
 * show; the caller says so. Returns whether there was a place.
 */
export function showInSource(casePath: string, excerpt: Excerpt): boolean {
  if (excerpt.start === null || excerpt.end === null) {
    ui.selectExcerpt(casePath, excerpt.id);
    return false;
  }
  ui.reveal(casePath, {
    sourceId: excerpt.sourceId,
    version: excerpt.version,
    start: excerpt.start,
    end: excerpt.end,
    excerptId: excerpt.id,
  });
  return true;
}
