/** Estimative-language checks, each with English and German sentences that trigger it and ones that do not. */
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../shared/editor/document';
import {
  checkLanguage,
  findTerms,
  splitSentences,
  type LanguageContext,
  type ReferencedObject,
} from '../../shared/editor/languageChecks';

const text = (t: string): DocNode => ({ type: 'text', text: t });
const p = (...content: (DocNode | string)[]): DocNode => ({
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? text(c) : c)),
});
const h = (t: string): DocNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(t)] });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const ref = (claimId: string): DocNode => ({ type: 'claimRef', attrs: { claimId } });
const cite = (excerptId: string): DocNode => ({ type: 'citation', attrs: { excerptId } });

const judgment = (term: string | null, scale: 'ICD203' | 'PHIA' = 'ICD203'): ReferencedObject => ({
  kind: 'judgment',
  text: 'Nordkorea hat Truppen entsandt',
  likelihood: term ? { scale, term } : null,
  confidence: 'moderate',
});
const ctx = (extra: Partial<LanguageContext> = {}): LanguageContext => ({
  scale: 'ICD203',
  objects: new Map(),
  excerpts: new Map(),
  ...extra,
});
const types = (d: DocNode, c = ctx()) => checkLanguage(d, c).map((i) => `${i.type}:${i.text}`);

describe('helpers', () => {
  it('finds the longest term and never its parts', () => {
    expect(findTerms('Das ist sehr unwahrscheinlich, aber wahrscheinlich ist es nicht.').map((t) => t.text)).toEqual([
      'sehr unwahrscheinlich',
      'wahrscheinlich',
    ]);
    expect(findTerms('It is very likely; unlikely is different; likelihood is no term.').map((t) => t.text)).toEqual([
      'very likely',
      'unlikely',
    ]);
  });

  it('splits sentences, not at “z. B.” or “e.g.”', () => {
    const t = 'Das ist z. B. wahr. Zweiter Satz! We know e.g. this. Last';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual([
      'Das ist z. B. wahr.',
      'Zweiter Satz!',
      'We know e.g. this.',
      'Last',
    ]);
  });
});

describe('rule (b): confidence and likelihood in one sentence', () => {
  it('flags it in English and German, not in separate sentences', () => {
    expect(types(doc(p('We assess with high confidence that the attack is likely.')))).toEqual([
      'confidenceWithLikelihood:high confidence',
    ]);
    expect(types(doc(p('Mit hoher Sicherheit ist ein Angriff wahrscheinlich.')))).toEqual([
      'confidenceWithLikelihood:Mit hoher Sicherheit',
    ]);
    expect(types(doc(p('Wir haben mittlere Konfidenz. Ein Angriff ist wahrscheinlich.')))).toEqual([]);
    expect(types(doc(p('We have moderate confidence. The attack is likely.')))).toEqual([]);
  });
});

describe('rule (a) and scales', () => {
  it('flags terms from the second ICD 203 row once the first row is in use, in both languages', () => {
    expect(types(doc(p('An attack is likely.'), p('A retreat is highly improbable.')))).toEqual([
      'mixedIcdRows:highly improbable',
    ]);
    expect(types(doc(p('Ein Angriff ist sehr wahrscheinlich.'), p('Ein Rückzug ist fernliegend.')))).toEqual([
      'mixedIcdRows:fernliegend',
    ]);
    expect(types(doc(p('An attack is likely.'), p('A retreat is very unlikely.')))).toEqual([]);
  });

  it('flags terms of another scale than the case’s', () => {
    expect(types(doc(p('There is a realistic possibility of an attack.')))).toEqual([
      'offScaleTerm:realistic possibility',
    ]);
    expect(types(doc(p('Es besteht eine realistische Möglichkeit eines Angriffs.')))).toEqual([
      'offScaleTerm:realistische Möglichkeit',
    ]);
    expect(types(doc(p('There is a realistic possibility of an attack.')), ctx({ scale: 'PHIA' }))).toEqual([]);
    expect(types(doc(p('An attack is very likely.')), ctx({ scale: 'PHIA' }))).toEqual(['offScaleTerm:very likely']);
  });
});

describe('vague modals in key judgments', () => {
  it('flags them under a key-judgments heading or beside a judgment reference, in English and German', () => {
    expect(types(doc(h('Key judgments'), p('Pyongyang might send more troops.')))).toEqual(['vagueModal:might']);
    expect(types(doc(h('Kernaussagen'), p('Nordkorea könnte weitere Truppen entsenden.')))).toEqual([
      'vagueModal:könnte',
    ]);
    const objects = new Map([['clm_j', judgment(null)]]);
    expect(types(doc(h('Diskussion'), p(ref('clm_j'), ' Das ist möglicherweise so.')), ctx({ objects }))).toEqual([
      'vagueModal:möglicherweise',
    ]);
    expect(types(doc(h('Discussion'), p('Pyongyang might send more troops.')))).toEqual([]);
    expect(types(doc(h('Diskussion'), p('Nordkorea könnte weitere Truppen entsenden.')))).toEqual([]);
  });
});

describe('likelihood words that disagree with the referenced judgment', () => {
  it('flags a different step, in English and German; the same step (either language) passes', () => {
    const objects = new Map([['clm_j', judgment('likely')]]);
    const c = ctx({ objects });
    expect(types(doc(p(ref('clm_j'), ' This is very likely.')), c)).toEqual(['likelihoodDisagrees:very likely']);
    expect(types(doc(p(ref('clm_j'), ' Das ist unwahrscheinlich.')), c)).toEqual([
      'likelihoodDisagrees:unwahrscheinlich',
    ]);
    expect(types(doc(p(ref('clm_j'), ' This is likely.')), c)).toEqual([]);
    expect(types(doc(p(ref('clm_j'), ' Das ist wahrscheinlich.')), c)).toEqual([]);
    // Another sentence's reference does not count.
    expect(types(doc(p(ref('clm_j'), ' Gut belegt. Ein Rückzug ist unwahrscheinlich.')), c)).toEqual([]);
  });
});

describe('citations of orphaned or deleted excerpts', () => {
  it('flags orphaned, moved and deleted excerpts at the marker and on quotation blocks', () => {
    const excerpts = new Map<string, 'anchored' | 'moved' | 'orphan'>([
      ['exc_ok', 'anchored'],
      ['exc_orphan', 'orphan'],
      ['exc_moved', 'moved'],
    ]);
    const issues = checkLanguage(
      doc(
        p('Belegt', cite('exc_ok'), ' und verwaist', cite('exc_orphan'), '.'),
        p('Verschoben', cite('exc_moved'), ', gelöscht', cite('exc_gone'), '.'),
        { type: 'excerptQuote', attrs: { excerptId: 'exc_orphan' } },
      ),
      ctx({ excerpts }),
    );
    expect(issues.map((i) => [i.type, i.leaf, i.start, i.end])).toEqual([
      ['citationProblem', 0, 'Belegt\uFFFC und verwaist'.length, 'Belegt\uFFFC und verwaist'.length + 1],
      ['citationProblem', 1, 'Verschoben'.length, 'Verschoben'.length + 1],
      ['citationProblem', 1, 'Verschoben\uFFFC, gelöscht'.length, 'Verschoben\uFFFC, gelöscht'.length + 1],
      ['citationProblem', 2, 0, 0],
    ]);
    expect(issues[2]!.message).toContain('no longer exists');
    expect(new Set(issues.map((i) => i.key)).size).toBe(4);
  });
});

describe('dismissals', () => {
  it('marks a dismissed issue by its key, which survives edits to other sentences', () => {
    const d1 = doc(p('We assess with high confidence that it is likely.'));
    const [issue] = checkLanguage(d1, ctx());
    const d2 = doc(p('New first sentence.'), p('We assess with high confidence that it is likely.'));
    const again = checkLanguage(d2, ctx({ dismissed: new Set([issue!.key]) }));
    expect(again.map((i) => [i.type, i.dismissed])).toEqual([['confidenceWithLikelihood', true]]);
  });
});
