import type { MethodOutput, ParsedInput } from '../../../../shared/contract';
import { extractReferences } from '../../../../shared/editor/references';
import type { ReportData, ReportSource } from '../../export/types';
import type { HandlerContext } from '../../handlerTypes';
import { analysisHandlers } from '../analysis/handlers';
import { briefingsHandlers } from '../briefings/handlers';
import { caseHandlers } from '../case/handlers';
import { sourcesHandlers } from '../sources/handlers';

type Read =
  | 'briefings.get'
  | 'briefings.compare'
  | 'refs.resolve'
  | 'case.info'
  | 'sources.info'
  | 'sources.history'
  | 'analysis.list';

/** Calls one of the read methods export needs: handlers inside the core, dispatch from anywhere else. */
export type ReadCall = <M extends Read>(method: M, input: ParsedInput<M>) => Promise<MethodOutput<M>>;

const READERS = {
  'briefings.get': briefingsHandlers['briefings.get'],
  'briefings.compare': briefingsHandlers['briefings.compare'],
  'refs.resolve': briefingsHandlers['refs.resolve'],
  'case.info': caseHandlers['case.info'],
  'sources.info': sourcesHandlers['sources.info'],
  'sources.history': sourcesHandlers['sources.history'],
  'analysis.list': analysisHandlers['analysis.list'],
};

/** The read calls served by the domains' own handlers in this handler context. */
export function handlerReads(ctx: HandlerContext): ReadCall {
  return async (method, input) =>
    (await (READERS[method] as (i: unknown, c: HandlerContext) => unknown)(input, ctx)) as never;
}

/**
 * Everything a report needs, read through the domains' own methods (the same
 * answers the UI gets), so export never duplicates their queries.
 */
export async function gatherReportData(call: ReadCall, briefingId: string): Promise<ReportData> {
  const briefing = await call('briefings.get', { id: briefingId });
  const info = await call('case.info', {});
  const refs = extractReferences(briefing.doc);
  const resolved = await call('refs.resolve', { claimIds: refs.claimIds, excerptIds: refs.excerptIds });
  const sources: Record<string, ReportSource> = {};
  for (const e of Object.values(resolved.excerpts)) {
    if (!e.exists || !e.sourceId || sources[e.sourceId]) continue;
    const { source, version } = await call('sources.info', { sourceId: e.sourceId });
    const history = await call('sources.history', { sourceId: e.sourceId });
    // History is newest first: the first reliability entry holds the reason for the rating in force.
    const rating = history.find((h) => h.field === 'reliability');
    sources[e.sourceId] = { detail: source, reliabilityReason: rating?.reason ?? null, sha256: version.sha256 };
  }
  const analysis = await call('analysis.list', { kinds: ['gap', 'indicator'] });
  const comparison = briefing.editionOf ? await call('briefings.compare', { id: briefingId }) : null;
  return {
    briefing,
    caseTitle: info?.title ?? '',
    likelihoodScale: info?.likelihoodScale ?? 'ICD203',
    claims: resolved.claims,
    excerpts: resolved.excerpts,
    sources,
    gaps: analysis.items.filter((o) => o.kind === 'gap'),
    indicators: analysis.items.filter((o) => o.kind === 'indicator'),
    comparison,
    generatedAt: Date.now(),
  };
}
