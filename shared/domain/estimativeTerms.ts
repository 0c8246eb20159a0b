import type { LikelihoodScale } from './scales';
import { ICD203_ALTERNATE_TERMS, ICD203_TERMS, PHIA_TERMS, type Confidence } from './tradecraft';

/**
 * Estimative language as written, in English and German, for the writing
 * checks (issue 6) and for German labels of the stored English terms.
 *
 * German ICD 203 row 1 is TRADECRAFT.md §5's list; the German row-2 and PHIA
 * terms are the team's renderings, chosen so that no German term means two
 * different steps on one scale.
 */
export interface TermUse {
  scale: LikelihoodScale;
  /** ICD 203 only: 1 = the standard row, 2 = the alternate row ("probable", "remote"). */
  row: 1 | 2 | null;
  /** Step 0–6 on the scale (0 = almost no chance / remote chance). */
  step: number;
}

export const GERMAN_ICD203_TERMS = [
  'nahezu ausgeschlossen',
  'sehr unwahrscheinlich',
  'unwahrscheinlich',
  'etwa gleich wahrscheinlich',
  'wahrscheinlich',
  'sehr wahrscheinlich',
  'nahezu sicher',
] as const;
export const GERMAN_ICD203_ALTERNATE_TERMS = [
  'fernliegend',
  'äußerst unwahrscheinlich',
  'kaum anzunehmen',
  'gleiche Chancen',
  'anzunehmen',
  'äußerst wahrscheinlich',
  'so gut wie sicher',
] as const;
export const GERMAN_PHIA_TERMS = [
  'geringe Chance',
  'höchst unwahrscheinlich',
  'unwahrscheinlich',
  'realistische Möglichkeit',
  'wahrscheinlich',
  'höchst wahrscheinlich',
  'fast sicher',
] as const;

/** German label of a stored English term (the UI and German reports show it). */
export function germanLikelihood(scale: LikelihoodScale, term: string): string {
  const list: readonly string[] = scale === 'PHIA' ? PHIA_TERMS : ICD203_TERMS;
  const german: readonly string[] = scale === 'PHIA' ? GERMAN_PHIA_TERMS : GERMAN_ICD203_TERMS;
  const i = list.indexOf(term);
  return i >= 0 ? german[i]! : term;
}

export const GERMAN_CONFIDENCE: Record<Confidence, string> = {
  low: 'geringe Konfidenz',
  moderate: 'mittlere Konfidenz',
  high: 'hohe Konfidenz',
};

/** Every written form with the scales, rows and steps it belongs to (a word may belong to several). */
export const ESTIMATIVE_TERMS: ReadonlyMap<string, readonly TermUse[]> = (() => {
  const map = new Map<string, TermUse[]>();
  const add = (terms: readonly string[], use: Omit<TermUse, 'step'>) =>
    terms.forEach((t, step) => {
      const key = t.toLowerCase();
      map.set(key, [...(map.get(key) ?? []), { ...use, step }]);
    });
  add(ICD203_TERMS, { scale: 'ICD203', row: 1 });
  add(ICD203_ALTERNATE_TERMS, { scale: 'ICD203', row: 2 });
  add(PHIA_TERMS, { scale: 'PHIA', row: null });
  add(GERMAN_ICD203_TERMS, { scale: 'ICD203', row: 1 });
  add(GERMAN_ICD203_ALTERNATE_TERMS, { scale: 'ICD203', row: 2 });
  add(GERMAN_PHIA_TERMS, { scale: 'PHIA', row: null });
  // "almost certainly" and "probably" are forms of step 6 (ICD 203) and step 4 (PHIA "likely / probably").
  map.set('almost certainly', [{ scale: 'ICD203', row: 1, step: 6 }]);
  map.set('probably', [{ scale: 'PHIA', row: null, step: 4 }]);
  return map;
})();
