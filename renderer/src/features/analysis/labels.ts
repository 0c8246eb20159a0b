import {
  ANALYTIC_KINDS,
  LINK_RELATIONS,
  type AnalyticKind,
  type LinkRelation,
} from '../../../../shared/domain/analysis';
import type { AnalyticCheck } from '../../../../shared/domain/analyticChecks';
import { GERMAN_CONFIDENCE, germanLikelihood } from '../../../../shared/domain/estimativeTerms';
import type { Confidence, Likelihood } from '../../../../shared/domain/tradecraft';

/**
 * Display rules for the analysis views, kept pure so they can be unit-tested: the stored
 * value is always the trade's English term or code; only the label follows the UI language.
 */

const isGerman = (lang: string) => lang.toLowerCase().startsWith('de');

/** "likely" / "wahrscheinlich": the term on its own scale, in the UI's language. */
export function likelihoodLabel(likelihood: Likelihood, lang: string): string {
  return isGerman(lang) ? germanLikelihood(likelihood.scale, likelihood.term) : likelihood.term;
}

const ENGLISH_CONFIDENCE: Record<Confidence, string> = {
  low: 'low confidence',
  moderate: 'moderate confidence',
  high: 'high confidence',
};

/** "moderate confidence" / "mittlere Konfidenz" (the compact badge's words). */
export function confidenceLabel(confidence: Confidence, lang: string): string {
  return isGerman(lang) ? GERMAN_CONFIDENCE[confidence] : ENGLISH_CONFIDENCE[confidence];
}

/** A history value as stored ("ICD203:likely", "high", "3") shown in the UI's language. */
export function historyValueLabel(
  field: 'likelihood' | 'confidence' | 'credibility',
  value: string | null,
  lang: string,
) {
  if (value === null || value === '') return null;
  if (field === 'confidence' && (value === 'low' || value === 'moderate' || value === 'high')) {
    return confidenceLabel(value, lang);
  }
  if (field === 'likelihood') {
    const parsed = parseStoredLikelihood(value);
    return parsed ? likelihoodLabel(parsed, lang) : value;
  }
  return value;
}

/** The history stores a likelihood as "SCALE:term" (repo.ts likelihoodText). */
export function parseStoredLikelihood(value: string): Likelihood | null {
  const m = /^(ICD203|PHIA):(.+)$/.exec(value);
  return m ? { scale: m[1] as 'ICD203' | 'PHIA', term: m[2]! } : null;
}

export interface KindGroup<T> {
  kind: AnalyticKind;
  items: T[];
}

/** Objects grouped by kind in the fixed order of ANALYTIC_KINDS (every kind present, maybe empty). */
export function groupByKind<T extends { kind: AnalyticKind }>(items: readonly T[]): KindGroup<T>[] {
  return ANALYTIC_KINDS.map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) }));
}

/**
 * Which objects carry a warning mark: those an open (not acknowledged) check is about,
 * and every object it involves. Acknowledged checks stay listed but no longer mark.
 */
export function flaggedObjects(checks: readonly AnalyticCheck[]): Map<string, AnalyticCheck[]> {
  const flagged = new Map<string, AnalyticCheck[]>();
  const add = (id: string, check: AnalyticCheck) => {
    const list = flagged.get(id) ?? [];
    if (!list.includes(check)) flagged.set(id, [...list, check]);
  };
  for (const check of checks) {
    if (check.acknowledged) continue;
    if (check.subjectId) add(check.subjectId, check);
    for (const i of check.involved) if (i.kind === 'object') add(i.id, check);
  }
  return flagged;
}

/** ACH scores are sums of weights: shown with at most two decimals, without trailing zeros. */
export function formatScore(score: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(score);
}

export interface LinkOption {
  relation: LinkRelation;
  /** 'out': this object is the link's `from` end (a gap that weakens); 'in': its `to` end. */
  direction: 'out' | 'in';
  /** Kinds the object at the other end may have. */
  otherKinds: readonly AnalyticKind[];
}

/** The links an object of this kind may take, from either end (LINK_RELATIONS). */
export function linkOptions(kind: AnalyticKind): LinkOption[] {
  const options: LinkOption[] = [];
  for (const [relation, rule] of Object.entries(LINK_RELATIONS) as [
    LinkRelation,
    { from: readonly AnalyticKind[]; to: readonly AnalyticKind[] },
  ][]) {
    if (rule.from.includes(kind)) options.push({ relation, direction: 'out', otherKinds: rule.to });
    if (rule.to.includes(kind)) options.push({ relation, direction: 'in', otherKinds: rule.from });
  }
  return options;
}
