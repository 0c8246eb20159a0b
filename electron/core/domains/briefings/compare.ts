import type { EditionComparison } from '../../../../shared/contract/briefings';
import type { JudgmentState } from '../../../../shared/domain/briefing';
import { GERMAN_CONFIDENCE, germanLikelihood } from '../../../../shared/domain/estimativeTerms';
import type { DocNode } from '../../../../shared/editor/document';
import type { BriefingLanguage } from '../../../../shared/editor/templates';

const same = (a: JudgmentState, b: JudgmentState) =>
  a.likelihood?.scale === b.likelihood?.scale &&
  a.likelihood?.term === b.likelihood?.term &&
  a.confidence === b.confidence;

/**
 * What changed between the previous edition (its judgments as rated when this
 * edition was made) and this one (its judgments as rated now). ICD 203 asks
 * analysts to explain change in their judgments; this lists it, the analyst explains.
 */
export function compareEditions(
  baseline: readonly JudgmentState[],
  current: readonly JudgmentState[],
  language: BriefingLanguage,
): Omit<EditionComparison, 'previous'> {
  const before = new Map(baseline.map((j) => [j.id, j]));
  const after = new Map(current.map((j) => [j.id, j]));
  const added = current.filter((j) => !before.has(j.id));
  const removed = baseline.filter((j) => !after.has(j.id));
  const changed = current
    .filter((j) => before.has(j.id) && !same(before.get(j.id)!, j))
    .map((j) => ({ before: before.get(j.id)!, after: j }));
  return { added, removed, changed, section: whatChangedSection({ added, removed, changed }, language) };
}

function rating(j: JudgmentState, language: BriefingLanguage): string {
  const likelihood = j.likelihood
    ? language === 'de'
      ? germanLikelihood(j.likelihood.scale, j.likelihood.term)
      : j.likelihood.term
    : null;
  const confidence = j.confidence
    ? language === 'de'
      ? GERMAN_CONFIDENCE[j.confidence]
      : `${j.confidence} confidence`
    : null;
  return [likelihood, confidence].filter(Boolean).join(', ') || (language === 'de' ? 'ohne Bewertung' : 'not rated');
}

const text = (t: string): DocNode => ({ type: 'text', text: t });
const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content: [{ type: 'paragraph', content }] });

function whatChangedSection(
  diff: Pick<EditionComparison, 'added' | 'removed' | 'changed'>,
  language: BriefingLanguage,
): DocNode[] {
  const de = language === 'de';
  const items: DocNode[] = [
    ...diff.added.map((j) =>
      item(
        text(de ? 'Neu: ' : 'New: '),
        { type: 'claimRef', attrs: { claimId: j.id } },
        text(` (${rating(j, language)})`),
      ),
    ),
    ...diff.changed.map(({ before, after }) =>
      item(
        text(de ? 'Geändert: ' : 'Changed: '),
        { type: 'claimRef', attrs: { claimId: after.id } },
        text(
          ` (${de ? 'vorher' : 'was'} ${rating(before, language)}; ${de ? 'jetzt' : 'now'} ${rating(after, language)})`,
        ),
      ),
    ),
    ...diff.removed.map((j) => item(text(`${de ? 'Entfallen' : 'Removed'}: ${j.text} (${rating(j, language)})`))),
  ];
  const heading: DocNode = {
    type: 'heading',
    attrs: { level: 2 },
    content: [text(de ? 'Was sich geändert hat' : 'What changed')],
  };
  if (!items.length) {
    return [
      heading,
      {
        type: 'paragraph',
        content: [
          text(
            de
              ? 'Die Urteile sind seit der letzten Ausgabe unverändert.'
              : 'No judgment changed since the previous edition.',
          ),
        ],
      },
    ];
  }
  return [heading, { type: 'bulletList', content: items }];
}
