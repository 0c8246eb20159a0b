import { WorkbenchError } from '../../../../shared/contract/errors';
import type { excerptsMethods } from '../../../../shared/contract/excerpts';
import type { HandlerMap } from '../../handlerTypes';
import { removeAnalysisUses } from '../analysis/repo';
import { removeExcerptFromBriefings } from '../briefings/repo';
import { makeId } from '../case/caseSession';
import { readCaseMeta } from '../case/repo';
import { anchorHistory, deleteExcerptRow, readExcerpt, readStored, updateAnnotations, usesOf } from './repo';
import { confirmExcerpt, createExcerpt, keepAsOrphan, reanchorManually, reanchorSource } from './service';
import { importAnnotations } from './annotationImport';
import { listExcerpts } from './listQuery';
import { exportCollection } from './webAnnotation';
import { requireCase, writeTransaction } from '../requireCase';

export const excerptsHandlers: HandlerMap<keyof typeof excerptsMethods> = {
  'excerpts.create': (input, ctx) => {
    const { db } = requireCase(ctx);
    const id = makeId('excerpt');
    return writeTransaction(db, () => {
      createExcerpt(db, input, id, Date.now());
      return readExcerpt(db, id);
    });
  },
  'excerpts.get': (input, ctx) => readExcerpt(requireCase(ctx).db, input.excerptId),
  'excerpts.list': (input, ctx) => listExcerpts(requireCase(ctx).db, input),
  'excerpts.update': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      readStored(db, input.excerptId);
      updateAnnotations(db, input.excerptId, input.patch, Date.now());
      return readExcerpt(db, input.excerptId);
    });
  },
  'excerpts.delete': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      readStored(db, input.excerptId);
      const uses = usesOf(db, input.excerptId);
      if (uses.length && !input.force) {
        throw new WorkbenchError(
          'IN_USE',
          `This excerpt is used ${uses.length} time(s) by claims or briefings; remove those uses first, or delete with force to remove them too.`,
          { usedBy: uses },
        );
      }
      const now = Date.now();
      // With force, the uses go first: evidence links (their audit trail stays) and briefing citations.
      const usesRemoved = uses.length
        ? removeAnalysisUses(db, input.excerptId, now) + removeExcerptFromBriefings(db, input.excerptId, now)
        : 0;
      deleteExcerptRow(db, input.excerptId, now);
      return { deleted: true, usesRemoved };
    });
  },
  'excerpts.reanchor': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => reanchorSource(db, input.sourceId, input.version, Date.now()));
  },
  'excerpts.confirm': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      confirmExcerpt(db, input.excerptId, Date.now());
      return readExcerpt(db, input.excerptId);
    });
  },
  'excerpts.reanchorManually': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      reanchorManually(db, input.excerptId, input, Date.now());
      return readExcerpt(db, input.excerptId);
    });
  },
  'excerpts.keepAsOrphan': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      keepAsOrphan(db, input.excerptId, Date.now());
      return readExcerpt(db, input.excerptId);
    });
  },
  'excerpts.history': (input, ctx) => anchorHistory(requireCase(ctx).db, input.excerptId),
  'excerpts.exportAnnotations': (_input, ctx) => {
    const { db } = requireCase(ctx);
    // One read transaction: a consistent snapshot even if another door writes meanwhile.
    return db.transaction(() => exportCollection(db, readCaseMeta(db), Date.now()))();
  },
  'excerpts.importAnnotations': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => importAnnotations(db, input.json, () => makeId('excerpt'), Date.now()));
  },
};
