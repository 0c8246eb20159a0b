import type { EditionComparison, ResolvedClaim, ResolvedExcerpt } from '../../../shared/contract/briefings';
import type { AnalyticObject } from '../../../shared/domain/analysis';
import type { Briefing } from '../../../shared/domain/briefing';
import type { LikelihoodScale } from '../../../shared/domain/scales';
import type { SourceDetail } from '../../../shared/domain/source';

/** A cited source as the source-evaluation annex shows it. */
export interface ReportSource {
  detail: SourceDetail;
  /** The reason given with the latest reliability rating, or null when never rated. */
  reliabilityReason: string | null;
  /** SHA-256 of the current version's original bytes. */
  sha256: string | null;
}

/** Everything a report needs, gathered from the case once; the renderers are pure functions of it. */
export interface ReportData {
  briefing: Briefing;
  caseTitle: string;
  likelihoodScale: LikelihoodScale;
  claims: Record<string, ResolvedClaim>;
  excerpts: Record<string, ResolvedExcerpt>;
  sources: Record<string, ReportSource>;
  gaps: AnalyticObject[];
  indicators: AnalyticObject[];
  /** Set when the briefing is a later edition. */
  comparison: EditionComparison | null;
  generatedAt: number;
}

export const ANNEXES = ['sources', 'gaps', 'scale', 'changes'] as const;
export type Annex = (typeof ANNEXES)[number];

export interface RenderOptions {
  annexes: readonly Annex[];
  paper: 'A4' | 'Letter';
  /** Page numbers of the table of contents entries, by anchor id (second pass of the PDF). */
  pageNumbers?: ReadonlyMap<string, number>;
}

export interface ExportWarning {
  code: 'EXCERPT_MISSING' | 'EXCERPT_ORPHANED' | 'CLAIM_MISSING' | 'MARKING_LOWER';
  message: string;
  /** The id(s) the warning is about. */
  ids: string[];
}

export type ProgressFn = (step: string, fraction: number) => void;
