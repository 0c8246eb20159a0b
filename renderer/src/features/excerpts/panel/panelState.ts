import type { MethodInput } from '../../../../../shared/contract';
import {
  EXCERPT_STATUSES,
  type Excerpt,
  type ExcerptColour,
  type ExcerptListFilter,
  type ExcerptSort,
  type ExcerptStatus,
} from '../../../../../shared/domain/excerpt';

/** The excerpt panel's controls as the form holds them ('' = any). */
export interface PanelControls {
  sort: ExcerptSort;
  direction: 'asc' | 'desc';
  query: string;
  tag: string;
  colour: ExcerptColour | '';
  status: ExcerptStatus | '';
  /** Only the excerpts of the source open in the reader (follows the selection). */
  thisSourceOnly: boolean;
}

export const DEFAULT_PANEL_CONTROLS: PanelControls = {
  sort: 'position',
  direction: 'asc',
  query: '',
  tag: '',
  colour: '',
  status: '',
  thisSourceOnly: false,
};

/** The natural direction of each sort: reading order, newest first for times, palette order for colours. */
export const NATURAL_DIRECTION: Record<ExcerptSort, 'asc' | 'desc'> = {
  position: 'asc',
  createdAt: 'desc',
  updatedAt: 'desc',
  colour: 'asc',
};

/** How many of the panel's filters (tag, colour, status; not the words) are set. */
export function activeFilterCount(c: PanelControls): number {
  return [c.tag, c.colour, c.status].filter((v) => v !== '').length;
}

/**
 * The source the panel is narrowed to: the selected one when "this source only" is on
 * and a source is selected; else none (the whole case).
 */
export function scopeSourceId(c: PanelControls, selectedSourceId: string | null): string | null {
  return c.thisSourceOnly ? selectedSourceId : null;
}

/** The scope alone: what the heading's count, the status counts and the tag choices are taken from. */
export function scopeFilter(sourceId: string | null): ExcerptListFilter {
  return sourceId ? { sourceId } : {};
}

/** The list call for the controls; `query` is the debounced words. */
export function toListInput(c: PanelControls, query: string, sourceId: string | null): MethodInput<'excerpts.list'> {
  const filter: ExcerptListFilter = scopeFilter(sourceId);
  if (c.tag) filter.tag = c.tag;
  if (c.colour) filter.colour = c.colour;
  if (c.status) filter.status = c.status;
  const words = query.trim();
  if (words) filter.query = words;
  return { filter, sort: c.sort, direction: c.direction };
}

/** Anchored, moved and orphan excerpts among `items`, every status present (0 when none). */
export function statusCounts(items: readonly Pick<Excerpt, 'status'>[]): Record<ExcerptStatus, number> {
  const counts = Object.fromEntries(EXCERPT_STATUSES.map((s) => [s, 0])) as Record<ExcerptStatus, number>;
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/** Every tag used, once, in the UI language's alphabetical order. */
export function tagsOf(items: readonly Pick<Excerpt, 'tags'>[], language: string): string[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...new Set(items.flatMap((e) => e.tags))].sort(collator.compare);
}
