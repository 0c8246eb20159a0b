import { GERMAN_CONFIDENCE, germanLikelihood } from '../../../../shared/domain/estimativeTerms';
import type { Confidence, Likelihood } from '../../../../shared/domain/tradecraft';
import type { BriefingLanguage } from '../../../../shared/editor/templates';

/** Ratings as the briefing's readers see them: in the briefing's language, not the UI's. */
export function likelihoodLabel(likelihood: Likelihood, language: BriefingLanguage): string {
  return language === 'de' ? germanLikelihood(likelihood.scale, likelihood.term) : likelihood.term;
}

export function confidenceLabel(confidence: Confidence, language: BriefingLanguage): string {
  return language === 'de' ? GERMAN_CONFIDENCE[confidence] : `${confidence} confidence`;
}

/** A judgment's text as a short inline label. */
export function shortText(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Quotation marks of the briefing's language (German „…“, English “…”), not the UI's. */
export function quoted(text: string, language: BriefingLanguage): string {
  return language === 'de' ? `„${text}“` : `“${text}”`;
}
