import type { HandlerContext } from '../../handlerTypes';
import type { ReportData, ReportSource } from '../../export/types';
import { extractReferences } from '../../../../shared/editor/references';
import { analysisHandlers } from '../analysis/handlers';
import { briefingsHandlers } from '../briefings/handlers';
import { caseHandlers } from '../case/handlers';
import { sourcesHandlers } from '../sources/handlers';

/**
 * Everything a report needs, read through the domains' own handlers (the same
 * answers the UI gets), so export never duplicates their queries.
 */
export async function gatherReportData(ctx: HandlerContext, briefingId: string): Promise<ReportData> {
  const briefing = await briefingsHandlers['briefings.get']({ id: briefingId }, ctx);
  const info = await caseHandlers['case.info']({}, ctx);
  const refs = extractReferences(briefing.doc);
  const resolved = await briefingsHandlers['refs.resolve'](
    { claimIds: refs.claimIds, excerptIds: refs.excerptIds },
    ctx,
  );
  const sources: Record<string, ReportSource> = {};
  for (const e of Object.values(resolved.excerpts)) {
    if (!e.exists || !e.sourceId || sources[e.sourceId]) continue;
    const { source, version } = await sourcesHandlers['sources.info']({ sourceId: e.sourceId }, ctx);
    const history = await sourcesHandlers['sources.history']({ sourceId: e.sourceId }, ctx);
    // History is newest first: the first reliability entry holds the reason for the rating in force.
    const rating = history.find((h) => h.field === 'reliability');
    sources[e.sourceId] = { detail: source, reliabilityReason: rating?.reason ?? null, sha256: version.sha256 };
  }
  const analysis = await analysisHandlers['analysis.list']({ kinds: ['gap', 'indicator'] }, ctx);
  const comparison = briefing.editionOf ? await briefingsHandlers['briefings.compare']({ id: briefingId }, ctx) : null;
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
