import type { TFunction } from 'i18next';

/**
 * One use of an excerpt the core names when it refuses a delete (IN_USE): evidence for a
 * claim, judgment or hypothesis (`id` is that object), an ACH rating, or a briefing citation.
 */
export interface ExcerptUse {
  kind: string;
  id: string;
}

/** The uses from an IN_USE error's details, or [] when the core named none. */
export function usesFromDetails(details: unknown): ExcerptUse[] {
  const usedBy = (details as { usedBy?: unknown } | null | undefined)?.usedBy;
  if (!Array.isArray(usedBy)) return [];
  return usedBy.filter(
    (u): u is ExcerptUse =>
      typeof u === 'object' &&
      u !== null &&
      typeof (u as ExcerptUse).kind === 'string' &&
      typeof (u as ExcerptUse).id === 'string',
  );
}

/**
 * Distinct users per kind, kinds in first-seen order: [["evidence", 2], ["achRating", 1]]
 * (two evidence links to one claim are one claim).
 */
export function countUses(uses: readonly ExcerptUse[]): [string, number][] {
  const ids = new Map<string, Set<string>>();
  for (const u of uses) ids.set(u.kind, (ids.get(u.kind) ?? new Set()).add(u.id));
  return [...ids].map(([kind, set]) => [kind, set.size]);
}

/** The uses in words: "evidence for 2 claims or judgments, 1 ACH rating"; a kind not known yet by its own name. */
export function describeUses(t: TFunction, uses: readonly ExcerptUse[]): string {
  return countUses(uses)
    .map(([kind, count]) => {
      switch (kind) {
        case 'evidence':
          return t('excerpts.delete.uses.evidence', { count });
        case 'achRating':
          return t('excerpts.delete.uses.achRating', { count });
        case 'citation':
          return t('excerpts.delete.uses.citation', { count });
        default:
          return t('excerpts.delete.uses.other', { count, kind });
      }
    })
    .join(', ');
}
