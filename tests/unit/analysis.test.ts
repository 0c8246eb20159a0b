/** Analytic objects, evidence links, origins and the rating audit, through dispatch on a real case file. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AnalyticObject, Evidence, RatingHistoryEntry } from '../../shared/domain/analysis';
import { fails, ok } from '../helpers/tempDirs';
import { addEvidence, analysisCase, create, detail, rate } from './analysisFixtures';

describe('analysis: objects', () => {
  it('creates every kind with the case marking, tags and German text (NFC), and lists them by kind and words', async () => {
    const { core } = await analysisCase();
    const claim = await create(core, 'claim', 'Sechs Offiziere wurden getötet', { tags: ['Nordkorea', 'Nordkorea'] });
    expect(claim).toMatchObject({ kind: 'claim', tags: ['Nordkorea'], tlp: 'TLP:AMBER', gapStatus: null });
    expect(claim.id).toMatch(/^clm_[0-9a-z]{16}$/);
    const gap = await create(core, 'gap', 'Es gibt keine Foto- oder Videobeweise');
    expect(gap.gapStatus).toBe('open');
    await create(core, 'judgment', 'Die Gro\u0308ße der Einheit ist unklar', { tlp: 'TLP:RED' });
    const listed = await ok<{ items: AnalyticObject[]; total: number }>(core, 'analysis.list', {
      kinds: ['judgment'],
      words: 'GROSSE einheit',
    });
    expect(listed.total).toBe(1);
    expect(listed.items[0]!.text).toBe('Die Größe der Einheit ist unklar');
    expect(listed.items[0]!.tlp).toBe('TLP:RED');
    const byTag = await ok<{ total: number }>(core, 'analysis.list', { tag: 'Nordkorea' });
    expect(byTag.total).toBe(1);
  });

  it('refuses ratings on kinds that take none, and gap status on non-gaps', async () => {
    const { core } = await analysisCase();
    const assumption = await create(core, 'assumption', 'Die Quelle hat Zugang');
    const e = await fails(core, 'analysis.rate', { id: assumption.id, confidence: 'high', reason: 'x' });
    expect(e.code).toBe('INVALID_INPUT');
    const claim = await create(core, 'claim', 'Behauptung');
    expect((await fails(core, 'analysis.update', { id: claim.id, patch: { gapStatus: 'closed' } })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      (
        await fails(core, 'analysis.rate', {
          id: claim.id,
          likelihood: { scale: 'ICD203', term: 'realistic possibility' },
          reason: 'x',
        })
      ).code,
    ).toBe('INVALID_INPUT');
  });

  it('links only between the kinds a relation allows, and shows links from both ends', async () => {
    const { core } = await analysisCase();
    const judgment = await create(core, 'judgment', 'Urteil');
    const gap = await create(core, 'gap', 'Lücke');
    const indicator = await create(core, 'indicator', 'Indikator');
    await ok(core, 'analysis.link', { fromId: gap.id, toId: judgment.id, relation: 'weakens' });
    await ok(core, 'analysis.link', { fromId: indicator.id, toId: judgment.id, relation: 'indicates' });
    const wrong = await fails(core, 'analysis.link', { fromId: judgment.id, toId: gap.id, relation: 'weakens' });
    expect(wrong.code).toBe('INVALID_INPUT');
    const j = await detail(core, judgment.id);
    expect(j.linksIn.map((l) => [l.relation, l.other.text])).toEqual([
      ['weakens', 'Lücke'],
      ['indicates', 'Indikator'],
    ]);
    expect((await detail(core, gap.id)).linksOut.map((l) => l.other.id)).toEqual([judgment.id]);
  });
});

describe('analysis: ratings and their audit history', () => {
  it('records every rating change with old, new and reason; a change without a reason is INVALID_INPUT', async () => {
    const { core } = await analysisCase();
    const j = await create(core, 'judgment', 'Der Angriff fand statt');
    await rate(core, j.id, { likelihood: { scale: 'ICD203', term: 'likely' }, confidence: 'moderate' }, 'Zwei Quellen');
    await rate(core, j.id, { confidence: 'low' }, 'Quelle zurückgezogen');
    for (const reason of [undefined, '', '   ']) {
      const e = await fails(core, 'analysis.rate', {
        id: j.id,
        confidence: 'high',
        ...(reason === undefined ? {} : { reason }),
      });
      expect(e.code).toBe('INVALID_INPUT');
    }
    const history = await ok<RatingHistoryEntry[]>(core, 'analysis.history', { id: j.id });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.reason])).toEqual([
      ['confidence', 'moderate', 'low', 'Quelle zurückgezogen'],
      // One call set both: newest first means the one written second comes first.
      ['confidence', null, 'moderate', 'Zwei Quellen'],
      ['likelihood', null, 'ICD203:likely', 'Zwei Quellen'],
    ]);
    expect((await detail(core, j.id)).confidence).toBe('low');
  });

  it('keeps credibility changes of evidence in the object’s history, even after the link is removed', async () => {
    const { core, excerpts } = await analysisCase();
    const claim = await create(core, 'claim', 'Sechs Offiziere wurden getötet');
    const ev = await addEvidence(core, {
      excerptId: excerpts.agency.id,
      targetId: claim.id,
      credibility: '1',
      reason: 'bestätigt',
    });
    expect(ev.grade).toBe('–1');
    const noReason = await fails(core, 'evidence.add', {
      excerptId: excerpts.article.id,
      targetId: claim.id,
      credibility: '2',
    });
    expect(noReason.code).toBe('INVALID_INPUT');
    expect((await fails(core, 'evidence.rate', { evidenceId: ev.id, credibility: '3', reason: ' ' })).code).toBe(
      'INVALID_INPUT',
    );
    await ok(core, 'evidence.rate', { evidenceId: ev.id, credibility: '3', reason: 'nur eine Quelle' });
    await ok(core, 'evidence.remove', { evidenceId: ev.id });
    const history = await ok<RatingHistoryEntry[]>(core, 'analysis.history', { id: claim.id });
    expect(history.map((h) => [h.entityId, h.oldValue, h.newValue, h.reason])).toEqual([
      [ev.id, '1', '3', 'nur eine Quelle'],
      [ev.id, null, '1', 'bestätigt'],
    ]);
  });
});

describe('analysis: evidence and origins', () => {
  it('shows evidence from both ends with the combined grade, and refuses duplicates and non-rated targets', async () => {
    const { core, excerpts, sources } = await analysisCase();
    await ok(core, 'sources.setReliability', { sourceId: sources.agency, reliability: 'B', reason: 'Behörde' });
    const claim = await create(core, 'claim', 'Sechs Offiziere wurden getötet');
    const ev = await addEvidence(core, {
      excerptId: excerpts.agency.id,
      targetId: claim.id,
      credibility: '2',
      reason: 'r',
    });
    expect(ev).toMatchObject({ grade: 'B2', stance: 'supports', sourceId: sources.agency, originId: sources.agency });
    const fromExcerpt = await ok<Evidence[]>(core, 'evidence.list', { excerptId: excerpts.agency.id });
    expect(fromExcerpt.map((e) => e.targetText)).toEqual(['Sechs Offiziere wurden getötet']);
    expect((await fails(core, 'evidence.add', { excerptId: excerpts.agency.id, targetId: claim.id })).code).toBe(
      'INVALID_INPUT',
    );
    const gap = await create(core, 'gap', 'Lücke');
    expect((await fails(core, 'evidence.add', { excerptId: excerpts.agency.id, targetId: gap.id })).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('counts independent origins, not articles: a derived source shares its origin; loops are refused', async () => {
    const { core, excerpts, sources } = await analysisCase();
    const claim = await create(core, 'claim', 'Sechs Offiziere wurden getötet');
    await addEvidence(core, { excerptId: excerpts.agency.id, targetId: claim.id });
    await addEvidence(core, { excerptId: excerpts.article.id, targetId: claim.id });
    expect((await detail(core, claim.id)).supportingOrigins).toBe(2);
    const origin = await ok<{ originId: string }>(core, 'origins.set', {
      sourceId: sources.article,
      derivedFromId: sources.agency,
    });
    expect(origin.originId).toBe(sources.agency);
    expect((await detail(core, claim.id)).supportingOrigins).toBe(1);
    const loop = await fails(core, 'origins.set', { sourceId: sources.agency, derivedFromId: sources.article });
    expect(loop.code).toBe('INVALID_INPUT');
    expect((await fails(core, 'origins.set', { sourceId: sources.agency, derivedFromId: sources.agency })).code).toBe(
      'INVALID_INPUT',
    );
    await addEvidence(core, { excerptId: excerpts.witness.id, targetId: claim.id });
    expect((await detail(core, claim.id)).supportingOrigins).toBe(2);
  });

  it('makes a used excerpt IN_USE; force removes its evidence links and ACH ratings, and nothing else', async () => {
    const { core, path, excerpts } = await analysisCase();
    const claim = await create(core, 'claim', 'Behauptung');
    const hypothesis = await create(core, 'hypothesis', 'Hypothese');
    await addEvidence(core, { excerptId: excerpts.agency.id, targetId: claim.id });
    await ok(core, 'ach.rate', { hypothesisId: hypothesis.id, excerptId: excerpts.agency.id, rating: 'I' });
    const refused = await fails(core, 'excerpts.delete', { excerptId: excerpts.agency.id });
    expect(refused.code).toBe('IN_USE');
    expect(refused.details).toEqual({
      usedBy: [
        { kind: 'evidence', id: claim.id },
        { kind: 'achRating', id: hypothesis.id },
      ],
    });
    const done = await ok<{ usesRemoved: number }>(core, 'excerpts.delete', {
      excerptId: excerpts.agency.id,
      force: true,
    });
    expect(done.usesRemoved).toBe(2);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM ach_cell').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM analytic_object').pluck().get()).toBe(2);
    } finally {
      db.close();
    }
  });

  it('deleting an object removes its links and evidence, keeps the excerpt and the audit trail', async () => {
    const { core, excerpts } = await analysisCase();
    const claim = await create(core, 'claim', 'Behauptung');
    await addEvidence(core, { excerptId: excerpts.witness.id, targetId: claim.id, credibility: '3', reason: 'r' });
    const res = await ok<{ evidenceRemoved: number }>(core, 'analysis.delete', { id: claim.id });
    expect(res.evidenceRemoved).toBe(1);
    expect((await fails(core, 'analysis.get', { id: claim.id })).code).toBe('NOT_FOUND');
    await ok(core, 'excerpts.delete', { excerptId: excerpts.witness.id });
  });
});
