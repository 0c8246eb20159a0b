import type { DocNode } from './document';

/** Briefing templates (issue 6): the standard product, a one-page BLUF note, and blank. */
export const BRIEFING_TEMPLATES = ['standard', 'bluf', 'blank'] as const;
export type BriefingTemplate = (typeof BRIEFING_TEMPLATES)[number];
export const BRIEFING_LANGUAGES = ['de', 'en'] as const;
export type BriefingLanguage = (typeof BRIEFING_LANGUAGES)[number];

const HEADINGS: Record<BriefingTemplate, Record<BriefingLanguage, string[]>> = {
  standard: {
    en: ['Key judgments', 'Discussion', 'Outlook', 'Sources'],
    de: ['Kernaussagen', 'Diskussion', 'Ausblick', 'Quellen'],
  },
  bluf: {
    en: ['Bottom line up front', 'Background', 'Implications'],
    de: ['Das Wichtigste vorab', 'Hintergrund', 'Folgen'],
  },
  blank: { en: [], de: [] },
};

/** A new document from a template: its section headings, each followed by an empty paragraph to write in. */
export function templateDoc(template: BriefingTemplate, language: BriefingLanguage): DocNode {
  const headings = HEADINGS[template][language];
  if (!headings.length) return { type: 'doc', content: [{ type: 'paragraph' }] };
  return {
    type: 'doc',
    content: headings.flatMap((title) => [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] },
      { type: 'paragraph' },
    ]),
  };
}
