import type { briefingsMethods } from '../../../../shared/contract/briefings';
import { templateDoc } from '../../../../shared/editor/templates';
import type { HandlerMap } from '../../handlerTypes';
import { makeId } from '../case/caseSession';
import { readCaseMeta } from '../case/repo';
import { compareEditions } from './compare';
import {
  baselineOf,
  deleteBriefing,
  insertBriefing,
  judgmentStates,
  listBriefings,
  readBriefing,
  saveDoc,
  setDismissed,
  updateMeta,
} from './repo';
import { resolveClaims, resolveExcerpts } from './resolve';
import { requireCase, writeTransaction } from '../requireCase';

export const briefingsHandlers: HandlerMap<keyof typeof briefingsMethods> = {
  'briefings.create': (input, ctx) => {
    const { db } = requireCase(ctx);
    const id = makeId('briefing');
    return writeTransaction(db, () => {
      const meta = readCaseMeta(db);
      const language = input.language ?? (meta.language === 'en' ? 'en' : 'de');
      insertBriefing(
        db,
        id,
        {
          ...input.meta,
          title: input.title,
          template: input.template,
          language,
          doc: input.doc ?? templateDoc(input.template, language),
          handling: input.meta?.handling ?? meta.handling,
          authors: input.meta?.authors ?? (meta.author ? [meta.author] : []),
        },
        Date.now(),
      );
      return readBriefing(db, id);
    });
  },
  'briefings.list': (_input, ctx) => listBriefings(requireCase(ctx).db),
  'briefings.get': (input, ctx) => readBriefing(requireCase(ctx).db, input.id),
  'briefings.update': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      updateMeta(db, input.id, input.patch, Date.now());
      return readBriefing(db, input.id);
    });
  },
  'briefings.save': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => saveDoc(db, input.id, input.doc, input.baseRevision, Date.now()));
  },
  'briefings.duplicateAsEdition': (input, ctx) => {
    const { db } = requireCase(ctx);
    const id = makeId('briefing');
    return writeTransaction(db, () => {
      const from = readBriefing(db, input.id);
      insertBriefing(
        db,
        id,
        {
          title: input.title ?? from.title,
          template: from.template,
          language: from.language,
          doc: from.doc,
          audience: from.audience,
          tlpSetting: from.tlpSetting,
          handling: from.handling,
          date: from.date,
          authors: from.authors,
          edition: from.edition + 1,
          editionOf: from.id,
          // The previous edition's judgments as they stand now: what this edition will be compared with.
          baseline: judgmentStates(db, from.doc),
        },
        Date.now(),
      );
      return readBriefing(db, id);
    });
  },
  'briefings.compare': (input, ctx) => {
    const { db } = requireCase(ctx);
    const briefing = readBriefing(db, input.id);
    const { baseline, editionOf } = baselineOf(db, input.id);
    const previous = editionOf ? readBriefing(db, editionOf) : null;
    const diff = compareEditions(baseline ?? [], judgmentStates(db, briefing.doc), briefing.language);
    return {
      previous: previous ? { id: previous.id, title: previous.title, edition: previous.edition } : null,
      ...(baseline ? diff : { ...diff, added: [], removed: [], changed: [], section: [] }),
    };
  },
  'briefings.delete': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      deleteBriefing(db, input.id);
      return { deleted: true };
    });
  },
  'briefings.dismissCheck': (input, ctx) => {
    const { db } = requireCase(ctx);
    return writeTransaction(db, () => {
      setDismissed(db, input.id, input.key, input.reason, Date.now());
      return readBriefing(db, input.id);
    });
  },
  'refs.resolve': (input, ctx) => {
    const { db } = requireCase(ctx);
    return { claims: resolveClaims(db, input.claimIds), excerpts: resolveExcerpts(db, input.excerptIds) };
  },
};
