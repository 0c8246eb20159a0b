import type { Excerpt } from '../../../../../shared/domain/excerpt';
import { sortHighlights, type Highlight } from '../../sources/reader/segments';

const NONE: readonly Highlight[] = [];

/**
 * The excerpts the reader paints for one source version: anchored ones, and moved
 * ones at their proposed range. Orphans, excerpts on other versions and empty
 * ranges have no place in this text.
 */
export function toHighlights(items: readonly Excerpt[], sourceId: string, version: number): readonly Highlight[] {
  const out: Highlight[] = [];
  for (const e of items) {
    if (e.sourceId !== sourceId || e.version !== version || e.status === 'orphan') continue;
    if (e.start === null || e.end === null || e.end <= e.start) continue;
    out.push({ id: e.id, start: e.start, end: e.end, colour: e.colour, status: e.status });
  }
  return out.length ? sortHighlights(out) : NONE;
}
