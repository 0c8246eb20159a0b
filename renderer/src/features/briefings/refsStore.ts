import type { TFunction } from 'i18next';
import type { ResolvedClaim, ResolvedExcerpt } from '../../../../shared/contract/briefings';
import type { LikelihoodScale } from '../../../../shared/domain/scales';
import type { BriefingLanguage } from '../../../../shared/editor/templates';

/**
 * What the reference node views show: the live labels from refs.resolve (refetched by
 * the core's `refs` invalidation whenever a rating, excerpt or source changes) and
 * the note numbers of the current document.
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
  /** The UI language's labels (aria names, "deleted", "loading"). */
  t: TFunction;
}

/**
 * The refs the node views read, outside React: a long briefing has a thousand
 * references, and as React components each one was a portal the editor's React tree
 * rendered and reconciled. Plain DOM views subscribe here instead; each redraws
 * itself only when what it shows changed.
 */
export class RefsStore {
  private value: BriefingRefs;
  private readonly listeners = new Set<(refs: BriefingRefs) => void>();

  constructor(initial: BriefingRefs) {
    this.value = initial;
  }

  get current(): BriefingRefs {
    return this.value;
  }

  set(next: BriefingRefs): void {
    if (next === this.value) return;
    this.value = next;
    for (const listener of this.listeners) listener(next);
  }

  subscribe(listener: (refs: BriefingRefs) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
