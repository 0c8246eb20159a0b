import type { TFunction } from 'i18next';
import type { Excerpt } from '../../../../../shared/domain/excerpt';

/**
 * Where an excerpt stands, as analysts cite it: the printed page label of a PDF
 * ("S. 3", "p. iv"; a span "S. 3–4"), else the paragraph (¶ n, counting the
 * version's blocks from 1). An orphan has no place, so no locator.
 */
export type ExcerptLocator =
  { kind: 'page'; first: string; last: string; firstPage: number } | { kind: 'paragraph'; n: number } | null;

export function locatorOf(e: Pick<Excerpt, 'page' | 'blockIndex' | 'status'>): ExcerptLocator {
  if (e.status === 'orphan') return null;
  if (e.page) return { kind: 'page', first: e.page.first.label, last: e.page.last.label, firstPage: e.page.first.page };
  if (e.blockIndex !== null) return { kind: 'paragraph', n: e.blockIndex + 1 };
  return null;
}

/** The compact form for list rows: "S. 3" / "p. 3", "S. 3–4" / "pp. 3–4", "¶ 5". */
export function shortLocator(t: TFunction, loc: ExcerptLocator): string {
  if (!loc) return '';
  if (loc.kind === 'paragraph') return t('excerpts.locator.paragraphShort', { n: loc.n });
  return loc.first === loc.last
    ? t('excerpts.locator.pageShort', { label: loc.first })
    : t('excerpts.locator.pagesShort', { first: loc.first, last: loc.last });
}

/** The spelled-out form for the inspector and screen readers: "Seite 3" / "page 3", "paragraph 5". */
export function longLocator(t: TFunction, loc: ExcerptLocator): string {
  if (!loc) return '';
  if (loc.kind === 'paragraph') return t('excerpts.locator.paragraph', { n: loc.n });
  return loc.first === loc.last
    ? t('excerpts.locator.page', { label: loc.first })
    : t('excerpts.locator.pages', { first: loc.first, last: loc.last });
}
