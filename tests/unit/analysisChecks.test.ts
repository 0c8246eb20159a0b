/** Each analytic check on a case that triggers it and one that does not; acknowledgements; the confidence assistant. */
import { describe, expect, it } from 'vitest';
import type { AnalyticCheck, ConfidenceSuggestion } from '../../shared/domain/analyticChecks';
import { fails, ok } from '../helpers/tempDirs';
import { addEvidence, analysisCase, checks, create, rate, setReliability, typesOf } from './analysisFixtures';

describe('check: credibility 1 with fewer than two independent origins', () => {
  it('fires on one origin, counts a derived article as the same origin, and clears with a second origin or a lower rating', async () => {
    const { core, excerpts, sources } = await analysisCase();
    const claim = await create(core, 'claim', 'six North Korean officers were killed');
    const ev = await addEvidence(core, {
      excerptId: excerpts.agency.id,
      targetId: claim.id,
      credibility: '1',
      reason: 'r',
    });
    const [check] = await checks(core);
    expect(check).toMatchObject({ type: 'credibilityOneSingleOrigin', subjectId: claim.id, details: { origins: 1 } });
    expect(check!.involved.map((i) => i.id)).toEqual([claim.id, ev.id, sources.agency]);
    // An article repeating the agency is not a second origin.
    await ok(core, 'origins.set', { sourceId: sources.article, derivedFromId: sources.agency });
    await addEvidence(core, { excerptId: excerpts.article.id, targetId: claim.id });
    expect(typesOf(await checks(core))).toEqual(['credibilityOneSingleOrigin']);
    // An independent witness is.
    const witness = await addEvidence(core, { excerptId: excerpts.witness.id, targetId: claim.id });
    expect(await checks(core)).toEqual([]);
    await ok(core, 'evidence.remove', { evidenceId: witness.id });
    expect(typesOf(await checks(core))).toEqual(['credibilityOneSingleOrigin']);
    await ok(core, 'evidence.rate', { evidenceId: ev.id, credibility: '3', reason: 'nur eine Quelle' });
    expect(await checks(core)).toEqual([]);
  });
});

describe('check: High confidence on weak sourcing', () => {
  it('fires on one origin or only D/E/F sources, not on two independent B sources', async () => {
    const { core, excerpts, sources } = await analysisCase();
    const j = await create(core, 'judgment', 'Der Angriff fand statt');
    await addEvidence(core, { excerptId: excerpts.agency.id, targetId: j.id });
    await rate(core, j.id, { confidence: 'high' });
    expect(typesOf(await checks(core))).toEqual(['highConfidenceWeakSourcing']);
    await addEvidence(core, { excerptId: excerpts.witness.id, targetId: j.id });
    await setReliability(core, sources.agency, 'B');
    await setReliability(core, sources.witness, 'B');
    expect(await checks(core)).toEqual([]);
    await setReliability(core, sources.agency, 'D');
    await setReliability(core, sources.witness, 'E');
    const [weak] = await checks(core);
    expect(weak).toMatchObject({ type: 'highConfidenceWeakSourcing', details: { origins: 2, weakOnly: 1 } });
    await rate(core, j.id, { confidence: 'moderate' });
    expect(await checks(core)).toEqual([]);
  });
});

describe('check: contradicting evidence the rationale does not address', () => {
  it('fires while the rationale is empty or older than the contrary evidence, clears when it is revised after', async () => {
    const { core, excerpts } = await analysisCase();
    const j = await create(core, 'judgment', 'Der Angriff fand statt');
    await addEvidence(core, { excerptId: excerpts.agency.id, targetId: j.id });
    expect(await checks(core)).toEqual([]);
    await ok(core, 'analysis.update', { id: j.id, patch: { rationale: 'Die Behörde bestätigt es.' } });
    await new Promise((r) => setTimeout(r, 5));
    await addEvidence(core, { excerptId: excerpts.witness.id, targetId: j.id, stance: 'contradicts' });
    const [c] = await checks(core);
    expect(c).toMatchObject({ type: 'contradictionNotAddressed', details: { contradicting: 1 } });
    expect(c!.message).toContain('predates');
    await new Promise((r) => setTimeout(r, 5));
    await ok(core, 'analysis.update', {
      id: j.id,
      patch: { rationale: 'Die Behörde bestätigt es; der Augenzeuge widerspricht, sah aber nur den Anfang.' },
    });
    expect(await checks(core)).toEqual([]);
  });
});

describe('check: a rating with no evidence', () => {
  it('fires for a likelihood or confidence without any evidence, not for an unrated object', async () => {
    const { core, excerpts } = await analysisCase();
    const j = await create(core, 'judgment', 'Urteil ohne Beleg');
    expect(await checks(core)).toEqual([]);
    await rate(core, j.id, { likelihood: { scale: 'ICD203', term: 'likely' } });
    expect(typesOf(await checks(core))).toEqual(['ratingWithoutEvidence']);
    await addEvidence(core, { excerptId: excerpts.witness.id, targetId: j.id, stance: 'context' });
    expect(await checks(core)).toEqual([]);
  });
});

describe('check: an open gap under High confidence', () => {
  it('fires while a weakening gap is open, clears when it is closed', async () => {
    const { core, excerpts } = await analysisCase();
    const j = await create(core, 'judgment', 'Der Angriff fand statt');
    await addEvidence(core, { excerptId: excerpts.agency.id, targetId: j.id });
    await addEvidence(core, { excerptId: excerpts.witness.id, targetId: j.id });
    await rate(core, j.id, { confidence: 'high' });
    expect(await checks(core)).toEqual([]);
    const gap = await create(core, 'gap', 'Es gibt keine Foto- oder Videobeweise');
    await ok(core, 'analysis.link', { fromId: gap.id, toId: j.id, relation: 'weakens' });
    const found = await checks(core);
    expect(typesOf(found)).toEqual(['openGapHighConfidence']);
    expect(found[0]!.involved.map((i) => i.id)).toEqual([j.id, gap.id]);
    await ok(core, 'analysis.update', { id: gap.id, patch: { gapStatus: 'closed' } });
    expect(await checks(core)).toEqual([]);
  });
});

describe('check: mixed likelihood scales', () => {
  it('fires when an object is rated on a scale other than the case’s', async () => {
    const { core, excerpts } = await analysisCase();
    const a = await create(core, 'judgment', 'Eins');
    const b = await create(core, 'judgment', 'Zwei');
    for (const j of [a, b]) await addEvidence(core, { excerptId: excerpts.witness.id, targetId: j.id });
    await rate(core, a.id, { likelihood: { scale: 'ICD203', term: 'likely' } });
    expect(await checks(core)).toEqual([]);
    await rate(core, b.id, { likelihood: { scale: 'PHIA', term: 'realistic possibility' } });
    const [mixed] = await checks(core);
    expect(mixed).toMatchObject({ type: 'mixedLikelihoodScales', subjectId: null, severity: 'caution' });
    expect(mixed!.details.scales).toEqual(['ICD203', 'PHIA']);
    await ok(core, 'case.update', { patch: { likelihoodScale: 'PHIA' } });
    expect((await checks(core))[0]!.involved.map((i) => i.id)).toEqual([a.id]);
  });
});

describe('acknowledging a check', () => {
  it('keeps the check listed, marked with the reason; needs a reason; unknown keys are NOT_FOUND', async () => {
    const { core } = await analysisCase();
    const j = await create(core, 'judgment', 'Urteil');
    await rate(core, j.id, { confidence: 'low' });
    const [c] = await checks(core, j.id);
    expect((await fails(core, 'checks.acknowledge', { key: c!.key, reason: '' })).code).toBe('INVALID_INPUT');
    expect((await fails(core, 'checks.acknowledge', { key: 'nope', reason: 'x' })).code).toBe('NOT_FOUND');
    await ok<AnalyticCheck>(core, 'checks.acknowledge', { key: c!.key, reason: 'Bewusst ohne Beleg: Lagebild' });
    const [again] = await checks(core);
    expect(again!.key).toBe(c!.key);
    expect(again!.acknowledged?.reason).toBe('Bewusst ohne Beleg: Lagebild');
  });
});

describe('confidence assistant', () => {
  it('reads the three ICD 203 factors and lets the weakest set the suggestion', async () => {
    const { core, excerpts, sources } = await analysisCase();
    const j = await create(core, 'judgment', 'Der Angriff fand statt');
    const none = await ok<ConfidenceSuggestion>(core, 'analysis.suggestConfidence', { id: j.id });
    expect(none.suggested).toBe('low');
    await setReliability(core, sources.agency, 'A');
    for (const x of [excerpts.agency, excerpts.article, excerpts.witness]) {
      await addEvidence(core, { excerptId: x.id, targetId: j.id, credibility: '2', reason: 'r' });
    }
    const strong = await ok<ConfidenceSuggestion>(core, 'analysis.suggestConfidence', { id: j.id });
    expect(strong.factors.map((f) => [f.factor, f.level])).toEqual([
      ['assumptions', 'high'],
      ['sourcing', 'high'],
      ['argument', 'high'],
    ]);
    expect(strong.suggested).toBe('high');
    // Two assumptions make it "several": the weakest factor now says moderate.
    for (const text of ['Zugang der Quelle', 'Keine Täuschung']) {
      const a = await create(core, 'assumption', text);
      await ok(core, 'analysis.link', { fromId: j.id, toId: a.id, relation: 'assumes' });
    }
    const moderate = await ok<ConfidenceSuggestion>(core, 'analysis.suggestConfidence', { id: j.id });
    expect(moderate.suggested).toBe('moderate');
    expect(moderate.explanation).toContain('assumptions');
    // An article repeating the agency leaves two origins: sourcing drops to moderate too.
    await ok(core, 'origins.set', { sourceId: sources.article, derivedFromId: sources.agency });
    const derived = await ok<ConfidenceSuggestion>(core, 'analysis.suggestConfidence', { id: j.id });
    expect(derived.factors.find((f) => f.factor === 'sourcing')).toMatchObject({
      level: 'moderate',
      facts: { origins: 2 },
    });
  });
});
