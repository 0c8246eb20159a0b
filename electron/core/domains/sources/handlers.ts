import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../../../shared/contract/errors';
import type { sourcesMethods } from '../../../../shared/contract/sources';
import type { HandlerContext, HandlerMap } from '../../handlerTypes';
import { makeId, type OpenCase } from '../case/caseSession';
import { readCaseMeta } from '../case/repo';
import { importFiles } from './importer';
import { listSources } from './listQuery';
import {
  citationsOf,
  deleteSource,
  history,
  listTags,
  listVersions,
  readDetail,
  readOriginal,
  readVersion,
  readVersionMeta,
  requireSource,
  setReliability,
  updateSource,
} from './repo';
import { readPartHighlights, readVersionPart } from './readPart';
import { createSampleCase } from './sample/sampleCase';
import { reanchorAfterImport } from '../excerpts/service';
import { requireCase, writeTransaction } from '../requireCase';

/**
 * The connection of the case that was open when a long call began. Import
 * awaits parsers between reading and writing; if the analyst closed or switched
 * the case meanwhile, the write is refused rather than landing in another case.
 */
function sameCase(ctx: HandlerContext, started: OpenCase): () => Database.Database {
  return () => {
    if (ctx.session.openCase !== started) {
      throw new WorkbenchError('NO_CASE_OPEN', 'The case was closed during the import; nothing was imported.');
    }
    return started.db;
  };
}

export const sourcesHandlers: HandlerMap<keyof typeof sourcesMethods> = {
  'sources.import': async (input, ctx) => {
    const open = requireCase(ctx);
    const results = await importFiles(sameCase(ctx, open), input.files, {
      asNewVersionOf: input.asNewVersionOf,
      defaultTlp: readCaseMeta(open.db).tlp,
      newSourceId: () => makeId('source'),
      extractor: ctx.extractor,
    });
    // Excerpts follow a new version at once. A separate transaction: the import is committed either way,
    // and an excerpt not yet re-anchored stays consistently on its old version (onCurrentVersion: false)
    // until excerpts.reanchor runs, so a problem here never turns a successful import into a failure.
    try {
      reanchorAfterImport(sameCase(ctx, open)(), results, Date.now());
    } catch {
      // Nothing half-done is left: each source is re-anchored in its own transaction.
    }
    return results;
  },
  'sources.list': (input, ctx) => listSources(requireCase(ctx).db, input),
  'sources.get': (input, ctx) => {
    const { db } = requireCase(ctx);
    return db.transaction(() => ({
      source: readDetail(db, input.sourceId),
      version: readVersion(db, input.sourceId, input.version),
    }))();
  },
  'sources.read': (input, ctx) => {
    const { db } = requireCase(ctx);
    return db.transaction(() => {
      const source = readDetail(db, input.sourceId);
      const version = readVersionPart(db, input.sourceId, input.version, input.from, input.maxChars);
      const highlights = readPartHighlights(db, input.sourceId, version.version, version.start, version.end);
      return { source, version, highlights };
    })();
  },
  'sources.info': (input, ctx) => {
    const { db } = requireCase(ctx);
    return db.transaction(() => ({
      source: readDetail(db, input.sourceId),
      version: readVersionMeta(db, input.sourceId, input.version),
    }))();
  },
  'sources.tags': (_input, ctx) => listTags(requireCase(ctx).db),
  'sources.original': (input, ctx) => {
    const { data, ...rest } = readOriginal(requireCase(ctx).db, input.sourceId, input.version);
    return { ...rest, dataBase64: data.toString('base64') };
  },
  'sources.versions': (input, ctx) => listVersions(requireCase(ctx).db, input.sourceId),
  'sources.update': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      updateSource(db, input.sourceId, input.patch, Date.now());
      return readDetail(db, input.sourceId);
    });
  },
  'sources.setReliability': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      setReliability(db, input.sourceId, input.reliability, input.reason, Date.now());
      return readDetail(db, input.sourceId);
    });
  },
  'sources.history': (input, ctx) => {
    const { db } = requireCase(ctx);
    requireSource(db, input.sourceId);
    return history(db, input.sourceId);
  },
  'sources.delete': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      requireSource(db, input.sourceId);
      const citedBy = citationsOf(db, input.sourceId);
      if (citedBy.length) {
        throw new WorkbenchError(
          'IN_USE',
          `This source has ${citedBy.length} excerpt(s); delete them before deleting the source.`,
          { citedBy },
        );
      }
      return { deleted: true, ...deleteSource(db, input.sourceId, Date.now()) };
    });
  },
  'sources.createSampleCase': (input, ctx) => createSampleCase(ctx, input),
};
