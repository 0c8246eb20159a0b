import type Database from 'better-sqlite3';
import type { AchMatrix } from '../../../../shared/contract/analysis';
import { ACH_RATINGS, type AchRating } from '../../../../shared/domain/analyticChecks';
import type { Reliability } from '../../../../shared/domain/source';
import { grade, type Credibility } from '../../../../shared/domain/tradecraft';
import { stmt } from '../sources/statements';
import { loadOrigins } from './origins';

/**
 * Analysis of Competing Hypotheses (Heuer). The matrix is a structured view,
 * never a verdict: it shows which hypothesis has the least evidence against it.
 *
 * - Inconsistency score (Heuer): per hypothesis, the sum over evidence of
 *   I = 1 and II = 2, each times the evidence's weight; CC, C, N, NA add nothing.
 * - Weight: from the best credibility the excerpt carries anywhere in the case:
 *   1 → 1.0, 2 → 0.85, 3 → 0.7, 4 → 0.5, 5 → 0.3; 6 or unrated → 0.5.
 * - Diagnosticity of a row: the spread (max − min) of its ratings across
 *   hypotheses on CC = 2, C = 1, N = 0, I = −1, II = −2 (NA and unrated left
 *   out); 0 means the evidence fits every hypothesis alike and does not help
 *   choose between them.
 * - Rank: 1 + the number of hypotheses with a strictly lower score (ties share).
 * - Sensitivity ("what if this source is wrong"): drop every row whose excerpt
 *   comes from one independent origin, recompute, and say whether the ranking moves.
 */
export const CREDIBILITY_WEIGHT: Record<Credibility, number> = {
  '1': 1,
  '2': 0.85,
  '3': 0.7,
  '4': 0.5,
  '5': 0.3,
  '6': 0.5,
};
const UNRATED_WEIGHT = 0.5;
const INCONSISTENCY: Partial<Record<AchRating, number>> = { I: 1, II: 2 };
const CONSISTENCY_VALUE: Partial<Record<AchRating, number>> = { CC: 2, C: 1, N: 0, I: -1, II: -2 };

export interface AchRowInput {
  excerptId: string;
  quote: string;
  sourceId: string;
  originId: string;
  originTitle: string;
  grade: string;
  weight: number;
  cells: (AchRating | null)[];
}

type Score = AchMatrix['scores'][number];

export function scoreRows(hypothesisIds: readonly string[], rows: readonly AchRowInput[]): Score[] {
  const totals = hypothesisIds.map((_, h) =>
    rows.reduce((sum, r) => sum + r.weight * (INCONSISTENCY[r.cells[h] ?? 'NA'] ?? 0), 0),
  );
  const rounded = totals.map((t) => Math.round(t * 1000) / 1000);
  return hypothesisIds.map((hypothesisId, h) => ({
    hypothesisId,
    inconsistency: rounded[h]!,
    rank: 1 + rounded.filter((t) => t < rounded[h]!).length,
  }));
}

export function diagnosticity(cells: readonly (AchRating | null)[]): number {
  const values = cells.map((c) => (c === null ? undefined : CONSISTENCY_VALUE[c])).filter((v) => v !== undefined);
  return values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);
}

export function buildMatrix(hypotheses: AchMatrix['hypotheses'], rows: readonly AchRowInput[]): AchMatrix {
  const ids = hypotheses.map((h) => h.id);
  const scores = scoreRows(ids, rows);
  const ranking = scores.map((s) => s.rank).join(',');
  const origins = [...new Map(rows.map((r) => [r.originId, r.originTitle])).entries()];
  return {
    hypotheses,
    rows: rows.map((r) => {
      const d = diagnosticity(r.cells);
      return { ...r, diagnosticity: d, diagnostic: d > 0 };
    }),
    scores,
    sensitivity: origins.map(([originId, originTitle]) => {
      const kept = rows.filter((r) => r.originId !== originId);
      const without = scoreRows(ids, kept);
      return {
        originId,
        originTitle,
        rowsDropped: rows.length - kept.length,
        scores: without,
        rankingChanges: without.map((s) => s.rank).join(',') !== ranking,
      };
    }),
    ratings: [...ACH_RATINGS],
  };
}

interface ExcerptRow {
  id: string;
  quote: string;
  source_id: string;
  reliability: Reliability | null;
  best: Credibility | null;
}

/** Loads the matrix for the given hypotheses (every hypothesis of the case by default). */
export function loadMatrix(db: Database.Database, hypothesisIds?: readonly string[]): AchMatrix {
  const all = stmt(
    db,
    `SELECT id, text FROM analytic_object WHERE kind = 'hypothesis' ORDER BY created_at, id`,
  ).all() as {
    id: string;
    text: string;
  }[];
  const hypotheses = hypothesisIds ? all.filter((h) => hypothesisIds.includes(h.id)) : all;
  const ids = hypotheses.map((h) => h.id);
  const placeholders = ids.map(() => '?').join(',') || 'NULL';
  // Rows: excerpts that are evidence for one of these hypotheses or already rated against one.
  const excerpts = db
    .prepare(
      `SELECT x.id, x.quote, x.source_id, s.reliability,
              (SELECT min(credibility) FROM evidence WHERE excerpt_id = x.id) AS best
       FROM excerpt x JOIN source s ON s.id = x.source_id
       WHERE x.id IN (SELECT excerpt_id FROM evidence WHERE target_id IN (${placeholders})
                      UNION SELECT excerpt_id FROM ach_cell WHERE hypothesis_id IN (${placeholders}))
       ORDER BY x.created_at, x.id`,
    )
    .all(...ids, ...ids) as ExcerptRow[];
  const cells = db
    .prepare(`SELECT hypothesis_id, excerpt_id, rating FROM ach_cell WHERE hypothesis_id IN (${placeholders})`)
    .all(...ids) as { hypothesis_id: string; excerpt_id: string; rating: AchRating }[];
  const cellMap = new Map(cells.map((c) => [`${c.hypothesis_id}|${c.excerpt_id}`, c.rating]));
  const origins = loadOrigins(db);
  const rows: AchRowInput[] = excerpts.map((x) => {
    const origin = origins.get(x.source_id);
    return {
      excerptId: x.id,
      quote: x.quote,
      sourceId: x.source_id,
      originId: origin?.originId ?? x.source_id,
      originTitle: origin?.originTitle ?? '',
      grade: grade(x.reliability, x.best),
      weight: x.best ? CREDIBILITY_WEIGHT[x.best] : UNRATED_WEIGHT,
      cells: ids.map((h) => cellMap.get(`${h}|${x.id}`) ?? null),
    };
  });
  return buildMatrix(hypotheses, rows);
}

export function setCell(
  db: Database.Database,
  hypothesisId: string,
  excerptId: string,
  rating: AchRating | null,
  now: number,
) {
  if (rating === null) {
    stmt(db, 'DELETE FROM ach_cell WHERE hypothesis_id = ? AND excerpt_id = ?').run(hypothesisId, excerptId);
    return;
  }
  stmt(
    db,
    `INSERT INTO ach_cell (hypothesis_id, excerpt_id, rating, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (hypothesis_id, excerpt_id) DO UPDATE SET rating = excluded.rating, updated_at = excluded.updated_at`,
  ).run(hypothesisId, excerptId, rating, now);
}
