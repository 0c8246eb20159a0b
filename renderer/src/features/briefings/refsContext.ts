import { createContext, useContext } from 'react';
import type { ResolvedClaim, ResolvedExcerpt } from '../../../../shared/contract/briefings';
import type { BriefingLanguage } from '../../../../shared/editor/templates';
import type { LikelihoodScale } from '../../../../shared/domain/scales';

/**
 * What the reference node views show: the live labels from refs.resolve (refetched by
 * the core's `refs` invalidation whenever a rating, excerpt or source changes) and
 * the note numbers of the current document. Node views are portals inside the
 * editor's React tree, so this context reaches them.
 */
export interface BriefingRefs {
  casePath: string;
  language: BriefingLanguage;
  scale: LikelihoodScale;
  claims: Readonly<Record<string, ResolvedClaim>>;
  excerpts: Readonly<Record<string, ResolvedExcerpt>>;
  /** True until the first answer for the current ids arrived (a missing entry is then "loading", not "deleted"). */
  loading: boolean;
  numbers: ReadonlyMap<string, number>;
  openExcerpt(excerptId: string): void;
}

export const BriefingRefsContext = createContext<BriefingRefs | null>(null);

export function useBriefingRefs(): BriefingRefs {
  const value = useContext(BriefingRefsContext);
  if (!value) throw new Error('useBriefingRefs outside the briefing editor');
  return value;
}
