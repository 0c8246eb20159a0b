import { WorkbenchError } from '../../../../shared/contract/errors';
import type { analysisMethods } from '../../../../shared/contract/analysis';
import type { HandlerMap } from '../../handlerTypes';
import { briefingUsesOf } from '../briefings/repo';
import { makeId } from '../case/caseSession';
import { readCaseMeta } from '../case/repo';
import { foldForSearch } from '../excerpts/anchor';
import { stmt } from '../sources/statements';
import { loadMatrix, setCell } from './ach';
import { runChecks } from './checks';
import { suggestConfidence } from './confidence';
import { loadOrigins, setDerivedFrom } from './origins';
import {
  deleteObject,
  insertEvidence,
  insertObject,
  linkObjects,
  linksOf,
  listEvidence,
  listObjects,
  rateEvidence,
  rateObject,
  ratingHistory,
  readEvidence,
  readObject,
  removeEvidence,
  unlinkObjects,
  updateEvidence,
  updateObject,
} from './repo';
import { loadSnapshot, originsOf } from './snapshot';
import { requireCase, writeTransaction } from '../requireCase';

export const analysisHandlers: HandlerMap<keyof typeof analysisMethods> = {
  'analysis.create': (input, ctx) => {
    const { db } = requireCase(ctx);
    const id = makeId('claim');
    return writeTransaction(db, () => {
      insertObject(db, id, { ...input, tlp: input.tlp ?? readCaseMeta(db).tlp }, Date.now());
      return readObject(db, id);
    });
  },
  'analysis.get': (input, ctx) => {
    const { db } = requireCase(ctx);
    const object = readObject(db, input.id);
    const evidence = listEvidence(db, { targetId: input.id });
    const links = linksOf(db, input.id);
    return {
      ...object,
      evidence,
      linksOut: links.out,
      linksIn: links.in,
      supportingOrigins: originsOf(evidence, input.id).size,
    };
  },
  'analysis.list': (input, ctx) => {
    const { db } = requireCase(ctx);
    const words = input.words ? foldForSearch(input.words).split(/\s+/).filter(Boolean) : [];
    const folded = new Map(
      (stmt(db, 'SELECT id, search_text FROM analytic_object').all() as { id: string; search_text: string }[]).map(
        (r) => [r.id, r.search_text],
      ),
    );
    const counts = new Map(
      (
        stmt(db, 'SELECT target_id, count(*) AS n FROM evidence GROUP BY target_id').all() as {
          target_id: string;
          n: number;
        }[]
      ).map((r) => [r.target_id, r.n]),
    );
    const items = listObjects(db)
      .filter((o) => !input.kinds || input.kinds.includes(o.kind))
      .filter((o) => !input.tag || o.tags.includes(input.tag))
      .filter((o) => words.every((w) => folded.get(o.id)!.includes(w)))
      .map((o) => ({ ...o, evidenceCount: counts.get(o.id) ?? 0 }));
    return { items, total: items.length };
  },
  'analysis.update': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      updateObject(db, input.id, input.patch, Date.now());
      return readObject(db, input.id);
    });
  },
  'analysis.delete': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      const uses = briefingUsesOf(db, 'claim', input.id);
      if (uses.length && !input.force) {
        throw new WorkbenchError(
          'IN_USE',
          `${uses.length} briefing(s) reference this; delete with force to keep them with a "deleted" reference.`,
          { usedBy: uses },
        );
      }
      return { deleted: true, evidenceRemoved: deleteObject(db, input.id, Date.now()) };
    });
  },
  'analysis.rate': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      rateObject(db, input.id, input, input.reason, Date.now());
      return readObject(db, input.id);
    });
  },
  'analysis.history': (input, ctx) => ratingHistory(requireCase(ctx).db, input.id),
  'analysis.link': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => ({
      linked: linkObjects(db, input.fromId, input.toId, input.relation, Date.now()),
    }));
  },
  'analysis.unlink': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => ({ unlinked: unlinkObjects(db, input.fromId, input.toId, input.relation) }));
  },
  'analysis.suggestConfidence': (input, ctx) => {
    const { db } = requireCase(ctx);
    readObject(db, input.id);
    return suggestConfidence(loadSnapshot(db), input.id);
  },
  'evidence.add': (input, ctx) => {
    const { db } = requireCase(ctx);
    const id = makeId('evidence');
    return writeTransaction(db, () => {
      insertEvidence(db, id, input, Date.now());
      return readEvidence(db, id);
    });
  },
  'evidence.list': (input, ctx) => listEvidence(requireCase(ctx).db, input),
  'evidence.update': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      updateEvidence(db, input.evidenceId, input, Date.now());
      return readEvidence(db, input.evidenceId);
    });
  },
  'evidence.rate': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      rateEvidence(db, input.evidenceId, input.credibility, input.reason, Date.now());
      return readEvidence(db, input.evidenceId);
    });
  },
  'evidence.remove': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => ({ removed: removeEvidence(db, input.evidenceId, Date.now()) }));
  },
  'origins.set': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => setDerivedFrom(db, input.sourceId, input.derivedFromId));
  },
  'origins.list': (_input, ctx) => [...loadOrigins(requireCase(ctx).db).values()],
  'checks.list': (input, ctx) => {
    const { db } = requireCase(ctx);
    if (input.subjectId) readObject(db, input.subjectId);
    return runChecks(loadSnapshot(db), input.subjectId);
  },
  'checks.acknowledge': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      const check = runChecks(loadSnapshot(db)).find((c) => c.key === input.key);
      if (!check) throw new WorkbenchError('NOT_FOUND', 'No such check fires in this case now.');
      const now = Date.now();
      stmt(
        db,
        `INSERT INTO check_ack (check_key, reason, at) VALUES (?, ?, ?)
         ON CONFLICT (check_key) DO UPDATE SET reason = excluded.reason, at = excluded.at`,
      ).run(input.key, input.reason, now);
      stmt(
        db,
        `INSERT INTO audit_log (at, entity_type, entity_id, field, old_value, new_value, reason)
         VALUES (?, 'check', ?, 'acknowledged', NULL, ?, ?)`,
      ).run(now, input.key, check.type, input.reason);
      return { ...check, acknowledged: { reason: input.reason, at: now } };
    });
  },
  'ach.matrix': (input, ctx) => loadMatrix(requireCase(ctx).db, input.hypothesisIds),
  'ach.rate': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      const h = readObject(db, input.hypothesisId);
      if (h.kind !== 'hypothesis')
        throw new WorkbenchError('INVALID_INPUT', 'ACH rates evidence against hypotheses only.');
      if (!stmt(db, 'SELECT 1 FROM excerpt WHERE id = ?').get(input.excerptId)) {
        throw new WorkbenchError('NOT_FOUND', `No excerpt ${input.excerptId} in this case.`);
      }
      setCell(db, input.hypothesisId, input.excerptId, input.rating, Date.now());
      return { rating: input.rating };
    });
  },
};
