/** Briefings through dispatch on a real case file: templates, saving, references, markings, editions. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { EditionComparison, ResolvedClaim, ResolvedExcerpt } from '../../shared/contract/briefings';
import type { Briefing } from '../../shared/domain/briefing';
import type { DocNode } from '../../shared/editor/document';
import { briefingSchema } from '../../shared/editor/schema';
import { fails, ok } from '../helpers/tempDirs';
import { addEvidence, analysisCase, create, rate } from './analysisFixtures';

const text = (t: string): DocNode => ({ type: 'text', text: t });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const cite = (excerptId: string): DocNode => ({ type: 'citation', attrs: { excerptId } });
const ref = (claimId: string): DocNode => ({ type: 'claimRef', attrs: { claimId } });

const newBriefing = (core: Parameters<typeof ok>[0], input: object = {}) =>
  ok<Briefing>(core, 'briefings.create', { title: 'Lage „Kursk“', ...input });

describe('briefings: creating', () => {
  it('starts from a template in the case language, with the case’s handling line and author', async () => {
    const { core } = await analysisCase();
    await ok(core, 'case.update', { patch: { handling: 'Nur für den Dienstgebrauch', author: 'Jörg Weiß' } });
    const b = await newBriefing(core);
    expect(b).toMatchObject({
      language: 'de',
      template: 'standard',
      handling: 'Nur für den Dienstgebrauch',
      authors: ['Jörg Weiß'],
      edition: 1,
      revision: 1,
      readOnly: false,
      tlpSetting: null,
      tlp: 'TLP:AMBER',
      markingWarning: null,
    });
    expect(b.id).toMatch(/^brf_[0-9a-z]{16}$/);
    const headings = b.doc.content!.filter((n) => n.type === 'heading').map((n) => n.content![0]!.text);
    expect(headings).toEqual(['Kernaussagen', 'Diskussion', 'Ausblick', 'Quellen']);
    const bluf = await newBriefing(core, { template: 'bluf', language: 'en' });
    expect(bluf.doc.content![0]!.content![0]!.text).toBe('Bottom line up front');
    const blank = await newBriefing(core, { template: 'blank' });
    expect(blank.doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('takes a document as JSON, and refuses one that does not fit the schema', async () => {
    const { core } = await analysisCase();
    const b = await newBriefing(core, { doc: doc(p(text('Größe der Einheit: unklar.'))) });
    expect(b.wordCount).toBe(4);
    const bad = await fails(core, 'briefings.create', { title: 'x', doc: doc({ type: 'script', content: [] }) });
    expect(bad.code).toBe('INVALID_INPUT');
    const nested = await fails(core, 'briefings.create', { title: 'x', doc: doc(text('loose text at the top')) });
    expect(nested.code).toBe('INVALID_INPUT');
    expect((await ok<unknown[]>(core, 'briefings.list', {})).length).toBe(1);
  });
});

describe('briefings: saving', () => {
  it('saves with a rising revision and word count; a stale base revision is EDIT_CONFLICT and changes nothing', async () => {
    const { core } = await analysisCase();
    const b = await newBriefing(core);
    const first = await ok<{ revision: number; wordCount: number }>(core, 'briefings.save', {
      id: b.id,
      doc: doc(p(text('Erster Entwurf über die Straße.'))),
      baseRevision: 1,
    });
    expect(first).toMatchObject({ revision: 2, wordCount: 5 });
    const stale = await fails(core, 'briefings.save', { id: b.id, doc: doc(p(text('Alt'))), baseRevision: 1 });
    expect(stale.code).toBe('EDIT_CONFLICT');
    expect(stale.details).toEqual({ currentRevision: 2 });
    const after = await ok<Briefing>(core, 'briefings.get', { id: b.id });
    expect(after.doc).toEqual(doc(p(text('Erster Entwurf über die Straße.'))));
    const invalid = await fails(core, 'briefings.save', {
      id: b.id,
      doc: { type: 'doc', content: [{ type: 'nope' }] },
    });
    expect(invalid.code).toBe('INVALID_INPUT');
    expect((await ok<Briefing>(core, 'briefings.get', { id: b.id })).revision).toBe(2);
  });

  it('opens a document from a newer app read-only and refuses to save it', async () => {
    const { core, path } = await analysisCase();
    const b = await newBriefing(core);
    await ok(core, 'case.close');
    const db = new Database(path);
    db.prepare('UPDATE briefing SET doc_version = 99 WHERE id = ?').run(b.id);
    db.close();
    await ok(core, 'case.open', { path });
    const got = await ok<Briefing>(core, 'briefings.get', { id: b.id });
    expect(got).toMatchObject({ readOnly: true, docVersion: 99 });
    expect((await fails(core, 'briefings.save', { id: b.id, doc: doc(p(text('x'))) })).code).toBe('DOCUMENT_TOO_NEW');
  });
});

describe('briefings: references and markings', () => {
  it('resolves judgments with their ratings and excerpts with source, locator and the most doubtful grade', async () => {
    const { core, excerpts, sources } = await analysisCase();
    await ok(core, 'sources.setReliability', { sourceId: sources.agency, reliability: 'B', reason: 'Behörde' });
    const j = await create(core, 'judgment', 'Nordkorea hat Truppen entsandt');
    const c = await create(core, 'claim', 'Sechs Offiziere getötet');
    await rate(core, j.id, { likelihood: { scale: 'ICD203', term: 'likely' }, confidence: 'moderate' });
    await addEvidence(core, { excerptId: excerpts.agency.id, targetId: j.id, credibility: '2', reason: 'r' });
    await addEvidence(core, { excerptId: excerpts.agency.id, targetId: c.id, credibility: '3', reason: 'r' });
    const r = await ok<{ claims: Record<string, ResolvedClaim>; excerpts: Record<string, ResolvedExcerpt> }>(
      core,
      'refs.resolve',
      { claimIds: [j.id, 'clm_gone'], excerptIds: [excerpts.agency.id, 'exc_gone'] },
    );
    expect(r.claims[j.id]).toMatchObject({
      exists: true,
      kind: 'judgment',
      likelihood: { scale: 'ICD203', term: 'likely' },
      confidence: 'moderate',
    });
    expect(r.claims.clm_gone).toMatchObject({ exists: false });
    expect(r.excerpts[excerpts.agency.id]).toMatchObject({
      exists: true,
      status: 'anchored',
      sourceTitle: expect.any(String),
      grade: 'B3',
      paragraph: 1,
      page: null,
    });
    expect(r.excerpts.exc_gone).toMatchObject({ exists: false });
  });

  it('follows the most restrictive cited marking, and warns when set lower', async () => {
    const { core, excerpts, sources } = await analysisCase();
    await ok(core, 'sources.update', { sourceId: sources.witness, patch: { tlp: 'TLP:RED' } });
    const b = await newBriefing(core);
    const saved = await ok<{ tlp: string; markingWarning: string | null }>(core, 'briefings.save', {
      id: b.id,
      doc: doc(p(text('Ein Augenzeuge berichtet'), cite(excerpts.witness.id), text('.'))),
    });
    expect(saved).toEqual(expect.objectContaining({ tlp: 'TLP:RED', markingWarning: null }));
    const lowered = await ok<Briefing>(core, 'briefings.update', { id: b.id, patch: { tlpSetting: 'TLP:GREEN' } });
    expect(lowered.tlp).toBe('TLP:GREEN');
    expect(lowered.citedMarking).toBe('TLP:RED');
    expect(lowered.markingWarning).toContain('TLP:RED');
  });

  it('makes cited excerpts and referenced judgments IN_USE; force removes the citations from the document', async () => {
    const { core, excerpts } = await analysisCase();
    const j = await create(core, 'judgment', 'Urteil');
    const b = await newBriefing(core);
    await ok(core, 'briefings.save', {
      id: b.id,
      doc: doc(p(ref(j.id), text(' belegt'), cite(excerpts.agency.id), cite(excerpts.witness.id)), {
        type: 'excerptQuote',
        attrs: { excerptId: excerpts.agency.id },
      }),
    });
    const refused = await fails(core, 'excerpts.delete', { excerptId: excerpts.agency.id });
    expect(refused.code).toBe('IN_USE');
    expect(refused.details).toEqual({ usedBy: [{ kind: 'briefing', id: b.id }] });
    const forced = await ok<{ usesRemoved: number }>(core, 'excerpts.delete', {
      excerptId: excerpts.agency.id,
      force: true,
    });
    expect(forced.usesRemoved).toBe(2);
    const after = await ok<Briefing>(core, 'briefings.get', { id: b.id });
    expect(JSON.stringify(after.doc)).not.toContain(excerpts.agency.id);
    expect(JSON.stringify(after.doc)).toContain(excerpts.witness.id);
    expect(() => briefingSchema.nodeFromJSON(after.doc).check()).not.toThrow();
    expect((await fails(core, 'analysis.delete', { id: j.id })).code).toBe('IN_USE');
    await ok(core, 'analysis.delete', { id: j.id, force: true });
  });
});

describe('briefings: editions', () => {
  it('compares a new edition with the previous one: added, removed and re-rated judgments, and a section to insert', async () => {
    const { core } = await analysisCase();
    const kept = await create(core, 'judgment', 'Truppen wurden entsandt');
    const dropped = await create(core, 'judgment', 'Die Einheit ist groß');
    await rate(core, kept.id, { likelihood: { scale: 'ICD203', term: 'likely' }, confidence: 'low' });
    const b = await newBriefing(core);
    await ok(core, 'briefings.save', { id: b.id, doc: doc(p(ref(kept.id)), p(ref(dropped.id))) });
    const first = await ok<EditionComparison>(core, 'briefings.compare', { id: b.id });
    expect(first).toMatchObject({ previous: null, added: [], removed: [], changed: [] });

    const next = await ok<Briefing>(core, 'briefings.duplicateAsEdition', { id: b.id });
    expect(next).toMatchObject({ edition: 2, editionOf: b.id, title: b.title });
    const added = await create(core, 'judgment', 'Weitere Verlegungen folgen');
    await rate(core, kept.id, { likelihood: { scale: 'ICD203', term: 'very likely' } }, 'Neue Satellitenbilder');
    await ok(core, 'briefings.save', { id: next.id, doc: doc(p(ref(kept.id)), p(ref(added.id))) });
    const diff = await ok<EditionComparison>(core, 'briefings.compare', { id: next.id });
    expect(diff.previous).toMatchObject({ id: b.id, edition: 1 });
    expect(diff.added.map((j) => j.id)).toEqual([added.id]);
    expect(diff.removed.map((j) => j.text)).toEqual(['Die Einheit ist groß']);
    expect(diff.changed.map((c) => [c.before.likelihood?.term, c.after.likelihood?.term])).toEqual([
      ['likely', 'very likely'],
    ]);
    const section = doc(...diff.section);
    expect(() => briefingSchema.nodeFromJSON(section).check()).not.toThrow();
    const sectionText = JSON.stringify(section);
    expect(sectionText).toContain('Was sich geändert hat');
    expect(sectionText).toContain(
      'vorher wahrscheinlich, geringe Konfidenz; jetzt sehr wahrscheinlich, geringe Konfidenz',
    );
    expect(sectionText).toContain('Entfallen: Die Einheit ist groß');
  });

  it('keeps dismissed writing checks with their reason, and brings them back', async () => {
    const { core } = await analysisCase();
    const b = await newBriefing(core);
    const dismissed = await ok<Briefing>(core, 'briefings.dismissCheck', {
      id: b.id,
      key: 'vagueModal:x:könnte',
      reason: 'Zitat',
    });
    expect(dismissed.dismissed['vagueModal:x:könnte']).toMatchObject({ reason: 'Zitat' });
    expect((await fails(core, 'briefings.dismissCheck', { id: b.id, key: 'k', reason: ' ' })).code).toBe(
      'INVALID_INPUT',
    );
    const back = await ok<Briefing>(core, 'briefings.dismissCheck', {
      id: b.id,
      key: 'vagueModal:x:könnte',
      reason: null,
    });
    expect(back.dismissed).toEqual({});
  });
});
