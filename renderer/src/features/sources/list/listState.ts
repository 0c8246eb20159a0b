import type { WorkingLanguage } from '../../../../../shared/domain/scales';
import type { Reliability, SourceListFilter, SourceSort, SourceType } from '../../../../../shared/domain/source';

/** The list's controls as the form holds them ('' = any). */
export interface ListControls {
  sort: SourceSort;
  direction: 'asc' | 'desc';
  query: string;
  type: SourceType | '';
  /** 'none' selects sources not rated yet. */
  reliability: Reliability | 'none' | '';
  language: WorkingLanguage | '';
  tag: string;
}

export const DEFAULT_CONTROLS: ListControls = {
  sort: 'importedAt',
  direction: 'desc',
  query: '',
  type: '',
  reliability: '',
  language: '',
  tag: '',
};

/** The natural direction of each sort: newest first for dates, A first for titles and ratings. */
export const NATURAL_DIRECTION: Record<SourceSort, 'asc' | 'desc'> = {
  title: 'asc',
  publishedAt: 'desc',
  importedAt: 'desc',
  reliability: 'asc',
};

/** How many of the filters in the panel (not the text filter) are set. */
export function activeFilterCount(c: ListControls): number {
  return [c.type, c.reliability, c.language, c.tag].filter((v) => v !== '').length;
}

export function toFilter(c: ListControls, query: string): SourceListFilter {
  const filter: SourceListFilter = {};
  if (c.type) filter.types = [c.type];
  if (c.reliability) filter.reliabilities = [c.reliability === 'none' ? null : c.reliability];
  if (c.language) filter.languages = [c.language];
  if (c.tag) filter.tag = c.tag;
  if (query.trim()) filter.query = query.trim();
  return filter;
}
