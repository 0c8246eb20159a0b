/** ACH: Heuer's weighted inconsistency scores, diagnosticity and per-origin sensitivity, against a worked example. */
import { describe, expect, it } from 'vitest';
import type { AchMatrix } from '../../shared/contract/analysis';
import type { Excerpt } from '../../shared/domain/excerpt';
import { buildMatrix, type AchRowInput } from '../../electron/core/domains/analysis/ach';
import { fails, ok } from '../helpers/tempDirs';
import { addEvidence, analysisCase, create } from './analysisFixtures';

/*
 * Worked by hand. Weights: credibility 1 → 1.0, 2 → 0.85, 3 → 0.7, unrated → 0.5.
 *
 *             origin  weight   H1   H2   H3     diagnosticity (CC 2, C 1, N 0, I −1, II −2)
 *   E1        S1      1.0      C    I    II     1 − (−2) = 3
 *   E2        S2      0.7      I    C    C      1 − (−1) = 2
 *   E3        S1      0.5      N    N    N      0 (not diagnostic)
 *   E4        S3      0.85     C    II   NA     1 − (−2) = 3 (NA left out)
 *
 *   inconsistency: H1 = 0.7 (E2 I); H2 = 1.0 (E1 I) + 2 × 0.85 (E4 II) = 2.7; H3 = 2 × 1.0 (E1 II) = 2.0
 *   ranking: H1 1, H3 2, H2 3
 *   without S1 (E1, E3): H1 0.7, H2 1.7, H3 0   → H3 1, H1 2, H2 3: changes
 *   without S2 (E2):     H1 0,   H2 2.7, H3 2.0 → H1 1, H3 2, H2 3: same
 *   without S3 (E4):     H1 0.7, H2 1.0, H3 2.0 → H1 1, H2 2, H3 3: changes
 */
const H = [
  { id: 'H1', text: 'Angriff durch Nordkorea' },
  { id: 'H2', text: 'Unfall' },
  { id: 'H3', text: 'Desinformation' },
];
const row = (excerptId: string, originId: string, weight: number, cells: AchRowInput['cells']): AchRowInput => ({
  excerptId,
  quote: excerptId,
  sourceId: originId,
  originId,
  originTitle: originId,
  grade: '',
  weight,
  cells,
});
const ROWS = [
  row('E1', 'S1', 1, ['C', 'I', 'II']),
  row('E2', 'S2', 0.7, ['I', 'C', 'C']),
  row('E3', 'S1', 0.5, ['N', 'N', 'N']),
  row('E4', 'S3', 0.85, ['C', 'II', 'NA']),
];

function expectWorkedExample(m: AchMatrix, ids: readonly string[]) {
  expect(m.scores).toEqual([
    { hypothesisId: ids[0], inconsistency: 0.7, rank: 1 },
    { hypothesisId: ids[1], inconsistency: 2.7, rank: 3 },
    { hypothesisId: ids[2], inconsistency: 2, rank: 2 },
  ]);
  expect(m.rows.map((r) => [r.diagnosticity, r.diagnostic])).toEqual([
    [3, true],
    [2, true],
    [0, false],
    [3, true],
  ]);
  expect(m.sensitivity.map((s) => [s.rowsDropped, s.scores.map((x) => x.inconsistency), s.rankingChanges])).toEqual([
    [2, [0.7, 1.7, 0], true],
    [1, [0, 2.7, 2], false],
    [1, [0.7, 1, 2], true],
  ]);
}

describe('ACH scoring', () => {
  it('matches the worked example', () => {
    expectWorkedExample(
      buildMatrix(H, ROWS),
      H.map((h) => h.id),
    );
  });

  it('ties share a rank, and an empty matrix is valid', () => {
    const m = buildMatrix(H, [row('E1', 'S1', 1, ['I', 'I', null])]);
    expect(m.scores.map((s) => s.rank)).toEqual([2, 2, 1]);
    expect(buildMatrix(H, []).scores.map((s) => s.rank)).toEqual([1, 1, 1]);
  });
});

describe('ACH through dispatch on a case file', () => {
  it('builds the same worked example from stored ratings, evidence credibility and origins', async () => {
    const { core, excerpts, sources } = await analysisCase();
    const h = [];
    for (const x of H) h.push(await create(core, 'hypothesis', x.text));
    // E3: a second excerpt from the agency (same origin S1 as E1), unrated.
    const e3 = await ok<Excerpt>(core, 'excerpts.create', { sourceId: sources.agency, quote: 'getötet worden' });
    const E = { E1: excerpts.agency, E2: excerpts.article, E3: e3, E4: excerpts.witness };
    await addEvidence(core, { excerptId: E.E1.id, targetId: h[0]!.id, credibility: '1', reason: 'r' });
    await addEvidence(core, { excerptId: E.E2.id, targetId: h[1]!.id, credibility: '3', reason: 'r' });
    await addEvidence(core, { excerptId: E.E4.id, targetId: h[0]!.id, credibility: '2', reason: 'r' });
    for (const r of ROWS) {
      const excerptId = E[r.excerptId as keyof typeof E].id;
      for (const [j, rating] of r.cells.entries()) {
        await ok(core, 'ach.rate', { hypothesisId: h[j]!.id, excerptId, rating });
      }
    }
    const m = await ok<AchMatrix>(core, 'ach.matrix', {});
    expect(m.hypotheses.map((x) => x.text)).toEqual(H.map((x) => x.text));
    // Rows come in excerpt creation order (E1, E2, E4 came with the case, E3 later).
    expect(m.rows.map((r) => r.excerptId)).toEqual([E.E1.id, E.E2.id, E.E4.id, E.E3.id]);
    // Reordered to the table's rows.
    const byId = new Map(m.rows.map((r) => [r.excerptId, r]));
    const ordered = { ...m, rows: [E.E1, E.E2, E.E3, E.E4].map((x) => byId.get(x.id)!) };
    expect(ordered.rows.map((r) => r.weight)).toEqual([1, 0.7, 0.5, 0.85]);
    expect(ordered.rows.map((r) => r.originId)).toEqual([
      sources.agency,
      sources.article,
      sources.agency,
      sources.witness,
    ]);
    expectWorkedExample(
      {
        ...ordered,
        sensitivity: [sources.agency, sources.article, sources.witness].map((o) =>
          m.sensitivity.find((s) => s.originId === o)!,
        ),
      },
      h.map((x) => x.id),
    );
    // Clearing a rating removes it; rating against a non-hypothesis is refused.
    await ok(core, 'ach.rate', { hypothesisId: h[0]!.id, excerptId: E.E2.id, rating: null });
    expect((await ok<AchMatrix>(core, 'ach.matrix', {})).scores[0]!.inconsistency).toBe(0);
    const claim = await create(core, 'claim', 'Behauptung');
    expect((await fails(core, 'ach.rate', { hypothesisId: claim.id, excerptId: E.E1.id, rating: 'C' })).code).toBe(
      'INVALID_INPUT',
    );
  });
});
