import type { ResolvedClaim } from '../../../shared/contract/briefings';
import { GERMAN_CONFIDENCE, germanLikelihood } from '../../../shared/domain/estimativeTerms';
import type { Reliability, SourceType } from '../../../shared/domain/source';
import { RELIABILITY_LABELS } from '../../../shared/domain/source';
import type { BriefingLanguage } from '../../../shared/editor/templates';

/** The report's fixed words in its two languages (the report's language, not the UI's). */
const EN = {
  contents: 'Contents',
  keyJudgments: 'Key judgments',
  notes: 'Notes',
  annexes: 'Annexes',
  annexSources: 'Annex A: Source evaluation',
  annexGaps: 'Annex B: Intelligence gaps and indicators',
  annexScale: 'Annex C: Estimative language used',
  annexChanges: 'Annex D: What changed since the previous edition',
  case: 'Case',
  audience: 'Audience',
  date: 'Date',
  authors: 'Authors',
  edition: 'Edition',
  page: 'Page',
  of: 'of',
  translation: 'Translation',
  source: 'Source',
  outlet: 'Outlet',
  published: 'Published',
  retrieved: 'Retrieved',
  locator: 'Locator',
  grade: 'Grade',
  type: 'Type',
  reliability: 'Reliability',
  reason: 'Reason',
  url: 'URL',
  sha256: 'SHA-256',
  notRated: 'not rated',
  gaps: 'Intelligence gaps',
  indicators: 'Indicators',
  none: 'None.',
  open: 'open',
  closed: 'closed',
  term: 'Term',
  range: 'Probability',
  confidenceLevels: 'Confidence levels',
  confidence: { low: 'low confidence', moderate: 'moderate confidence', high: 'high confidence' },
  noRating: 'not rated',
  missingExcerpt: 'Excerpt deleted: the citation could not be resolved.',
  orphanedExcerpt: 'Orphaned excerpt: the passage is no longer found in the current version of the source.',
  missingClaim: '[deleted judgment]',
  backToText: 'back to the text',
  noChanges: 'No judgments were added, removed or re-rated.',
  added: 'Added',
  removed: 'Removed',
  changed: 'Re-rated',
  previous: 'Previous edition',
  paragraph: 'para.',
  pageAbbr: 'p.',
  sourceTypes: {
    news: 'News',
    officialStatement: 'Official statement',
    socialMedia: 'Social media',
    report: 'Report',
    academic: 'Academic',
    intelligenceReport: 'Intelligence report',
    other: 'Other',
  } as Record<SourceType, string>,
  reliabilityLabels: RELIABILITY_LABELS,
  emptyBriefing: 'This briefing has no content yet.',
};
export type Labels = typeof EN;

const DE: Labels = {
  contents: 'Inhalt',
  keyJudgments: 'Kernaussagen',
  notes: 'Anmerkungen',
  annexes: 'Anhänge',
  annexSources: 'Anhang A: Quellenbewertung',
  annexGaps: 'Anhang B: Erkenntnislücken und Indikatoren',
  annexScale: 'Anhang C: Verwendete Wahrscheinlichkeitssprache',
  annexChanges: 'Anhang D: Änderungen gegenüber der vorigen Ausgabe',
  case: 'Fall',
  audience: 'Empfängerkreis',
  date: 'Datum',
  authors: 'Verfasser',
  edition: 'Ausgabe',
  page: 'Seite',
  of: 'von',
  translation: 'Übersetzung',
  source: 'Quelle',
  outlet: 'Medium',
  published: 'Veröffentlicht',
  retrieved: 'Abgerufen',
  locator: 'Fundstelle',
  grade: 'Bewertung',
  type: 'Art',
  reliability: 'Zuverlässigkeit',
  reason: 'Begründung',
  url: 'URL',
  sha256: 'SHA-256',
  notRated: 'nicht bewertet',
  gaps: 'Erkenntnislücken',
  indicators: 'Indikatoren',
  none: 'Keine.',
  open: 'offen',
  closed: 'geschlossen',
  term: 'Begriff',
  range: 'Wahrscheinlichkeit',
  confidenceLevels: 'Konfidenzstufen',
  confidence: GERMAN_CONFIDENCE,
  noRating: 'nicht bewertet',
  missingExcerpt: 'Auszug gelöscht: Der Beleg konnte nicht aufgelöst werden.',
  orphanedExcerpt: 'Verwaister Auszug: Die Stelle findet sich in der aktuellen Fassung der Quelle nicht mehr.',
  missingClaim: '[gelöschte Aussage]',
  backToText: 'zurück zum Text',
  noChanges: 'Keine Aussage wurde hinzugefügt, entfernt oder neu bewertet.',
  added: 'Hinzugefügt',
  removed: 'Entfernt',
  changed: 'Neu bewertet',
  previous: 'Vorige Ausgabe',
  paragraph: 'Abs.',
  pageAbbr: 'S.',
  sourceTypes: {
    news: 'Nachrichten',
    officialStatement: 'Amtliche Erklärung',
    socialMedia: 'Soziale Medien',
    report: 'Bericht',
    academic: 'Wissenschaft',
    intelligenceReport: 'Nachrichtendienstlicher Bericht',
    other: 'Sonstiges',
  },
  reliabilityLabels: {
    A: 'Vollständig zuverlässig',
    B: 'Im Allgemeinen zuverlässig',
    C: 'Ziemlich zuverlässig',
    D: 'Im Allgemeinen nicht zuverlässig',
    E: 'Unzuverlässig',
    F: 'Zuverlässigkeit nicht beurteilbar',
  } as Record<Reliability, string>,
  emptyBriefing: 'Diese Lageeinschätzung hat noch keinen Inhalt.',
};

export function labelsFor(language: BriefingLanguage): Labels {
  return language === 'de' ? DE : EN;
}

/** "likely, moderate confidence" / "wahrscheinlich, mittlere Konfidenz": a judgment's ratings in words. */
export function ratingWords(claim: ResolvedClaim, language: BriefingLanguage): string {
  const l = labelsFor(language);
  const parts: string[] = [];
  if (claim.likelihood) {
    parts.push(
      language === 'de' ? germanLikelihood(claim.likelihood.scale, claim.likelihood.term) : claim.likelihood.term,
    );
  }
  if (claim.confidence) parts.push(l.confidence[claim.confidence]);
  return parts.length ? parts.join(', ') : l.noRating;
}

/** The last millisecond of year 9999: later (or negative) stored dates are not printable as RFC 3339 or in words. */
export const MAX_PRINTABLE_MS = 253_402_300_799_999;

export function printableMs(ms: number | null | undefined): number | null {
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms <= MAX_PRINTABLE_MS ? ms : null;
}

/** One formatter per language: making one costs about a tenth of a millisecond, and a report formats hundreds of dates. */
const DATE_FORMATS = new Map<BriefingLanguage, Intl.DateTimeFormat>();

export function formatDate(ms: number | null, language: BriefingLanguage): string {
  if (printableMs(ms) === null) return '';
  let format = DATE_FORMATS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    DATE_FORMATS.set(language, format);
  }
  return format.format(new Date(ms!));
}
