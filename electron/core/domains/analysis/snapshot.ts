import type Database from 'better-sqlite3';
import type { AnalyticObject, Evidence, LinkRelation } from '../../../../shared/domain/analysis';
import type { LikelihoodScale } from '../../../../shared/domain/scales';
import { readCaseMeta } from '../case/repo';
import { stmt } from '../sources/statements';
import { allLinks, listEvidence, listObjects } from './repo';

/** Everything the checks, the confidence assistant and ACH read, loaded once per call. */
export interface AnalysisSnapshot {
  caseScale: LikelihoodScale;
  objects: readonly AnalyticObject[];
  evidence: readonly Evidence[];
  links: readonly { fromId: string; toId: string; relation: LinkRelation }[];
  acks: ReadonlyMap<string, { reason: string; at: number }>;
}

export function loadSnapshot(db: Database.Database): AnalysisSnapshot {
  const acks = new Map(
    (
      stmt(db, 'SELECT check_key, reason, at FROM check_ack').all() as {
        check_key: string;
        reason: string;
        at: number;
      }[]
    ).map((r) => [r.check_key, { reason: r.reason, at: r.at }]),
  );
  return {
    caseScale: readCaseMeta(db).likelihoodScale,
    objects: listObjects(db),
    evidence: listEvidence(db),
    links: allLinks(db).map((l) => ({ fromId: l.from_id, toId: l.to_id, relation: l.relation })),
    acks,
  };
}

/** Independent origins among an object's evidence with that stance. */
export function originsOf(evidence: readonly Evidence[], targetId: string, stance = 'supports'): Set<string> {
  return new Set(evidence.filter((e) => e.targetId === targetId && e.stance === stance).map((e) => e.originId));
}
