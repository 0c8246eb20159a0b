import { EXCERPT_COLOURS, type ExcerptColour } from '../../../../../shared/domain/excerpt';
import type { WorkingLanguage } from '../../../../../shared/domain/scales';

/** The colour the last excerpt was kept in (this session): "keep at once" uses it, the card starts with it. */
let lastColour: ExcerptColour = EXCERPT_COLOURS[0];

export const keepDefaults = {
  colour: (): ExcerptColour => lastColour,
  remember(colour: ExcerptColour): void {
    lastColour = colour;
  },
};

/** A German source's translation is English by default, any other source's German (UX: German and English side by side). */
export function defaultTranslationLanguage(sourceLanguage: WorkingLanguage | string | undefined): string {
  return sourceLanguage === 'de' || sourceLanguage?.startsWith('de-') ? 'en' : 'de';
}

/** "Kiew, Lage,  kiew " → ["Kiew", "Lage"]: split on commas, trimmed, duplicates (ignoring case) dropped. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(/[,;\n]/)) {
    const tag = raw.trim().slice(0, 100);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
