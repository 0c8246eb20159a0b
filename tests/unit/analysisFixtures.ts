/** Helpers for the analysis tests: a case with three sources, an excerpt in each, and typed calls. */
import type { Core } from '../../electron/core';
import type { AnalyticDetail } from '../../shared/contract/analysis';
import type { AnalyticKind, AnalyticObject, Evidence } from '../../shared/domain/analysis';
import type { AnalyticCheck } from '../../shared/domain/analyticChecks';
import type { Excerpt } from '../../shared/domain/excerpt';
import { file } from '../fixtures/sources/build';
import { caseWithCore, importOk } from '../fixtures/sources/caseHelpers';
import { ok } from '../helpers/tempDirs';

const TEXTS = {
  agency: 'Der Geheimdienst erklärte, sechs nordkoreanische Offiziere seien getötet worden.',
  article: 'Wie der Geheimdienst mitteilte, sollen sechs Offiziere ums Leben gekommen sein.',
  witness: 'Ein Augenzeuge in der Grenzregion berichtete von einem Angriff auf die Stellung.',
} as const;

export interface AnalysisCase {
  core: Core;
  path: string;
  sources: Record<keyof typeof TEXTS, string>;
  excerpts: Record<keyof typeof TEXTS, Excerpt>;
}

/** A case with an agency statement, an article repeating it and an independent witness, one excerpt each. */
export async function analysisCase(): Promise<AnalysisCase> {
  const { core, path } = await caseWithCore('Analyse');
  const sources = {} as Record<keyof typeof TEXTS, string>;
  const excerpts = {} as Record<keyof typeof TEXTS, Excerpt>;
  for (const [key, text] of Object.entries(TEXTS) as [keyof typeof TEXTS, string][]) {
    const { result } = await importOk(core, file(`${key}.txt`, text));
    sources[key] = result.sourceId!;
    excerpts[key] = await ok<Excerpt>(core, 'excerpts.create', { sourceId: result.sourceId, quote: text.slice(0, 40) });
  }
  return { core, path, sources, excerpts };
}

export const create = (core: Core, kind: AnalyticKind, text: string, extra: object = {}) =>
  ok<AnalyticObject>(core, 'analysis.create', { kind, text, ...extra });

export const addEvidence = (core: Core, input: object) => ok<Evidence>(core, 'evidence.add', input);

export const rate = (core: Core, id: string, rating: object, reason = 'Begründung') =>
  ok<AnalyticObject>(core, 'analysis.rate', { id, ...rating, reason });

export const checks = (core: Core, subjectId?: string) =>
  ok<AnalyticCheck[]>(core, 'checks.list', subjectId ? { subjectId } : {});

export const typesOf = (list: readonly AnalyticCheck[]) => list.map((c) => c.type).sort();

export const detail = (core: Core, id: string) => ok<AnalyticDetail>(core, 'analysis.get', { id });

export const setReliability = (core: Core, sourceId: string, reliability: string) =>
  ok(core, 'sources.setReliability', { sourceId, reliability, reason: 'Bewertung' });
