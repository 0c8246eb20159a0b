import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { GERMAN_CONFIDENCE, germanLikelihood } from '../../shared/domain/estimativeTerms';
import type { DocNode } from '../../shared/editor/document';
import type { RefTargets } from './document';

/** Likelihood terms (ICD 203, row 1) and confidences the benchmark's judgments carry, in turn. */
const TERMS = ['likely', 'unlikely', 'very likely', 'roughly even chance'] as const;
const CONFIDENCES = ['moderate', 'high', 'low'] as const;

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

/**
 * A real case for the editor benchmark, written through the core (the path the UI and
 * the CLI take): the articles as sources, excerpts of their sentences, rated key
 * judgments, so every reference in the briefing resolves to a real object.
 */
export async function prepareCase(
  dir: string,
  articles: readonly string[],
  counts: { judgments: number; excerpts: number },
): Promise<{ casePath: string; core: Core; targets: RefTargets }> {
  const core = createCore({ door: 'cli', appDataDir: join(dir, 'app'), casesDir: dir, log: () => undefined });
  const casePath = join(dir, 'editor-bench.wbcase');
  await call(core, 'case.create', { path: casePath, title: 'Editor-Benchmark', language: 'de' });
  const perSource = 10;
  const sourceTexts = articles.slice(0, Math.ceil(counts.excerpts / perSource));
  const imported = await call<{ status: string; sourceId?: string }[]>(core, 'sources.import', {
    files: sourceTexts.map((text, i) => ({
      name: `artikel-${i + 1}.txt`,
      mediaType: 'text/plain',
      dataBase64: Buffer.from(text, 'utf8').toString('base64'),
    })),
  });
  const excerptIds: string[] = [];
  for (const [i, result] of imported.entries()) {
    if (!result.sourceId) continue;
    // Quotes of eight words from the sentences' starts: long enough to occur once.
    const quotes = sourceTexts[i]!.split(/(?<=[.!?])\s+/u)
      .map((s) => s.split(' ').slice(0, 8).join(' '))
      .filter((q) => q.split(' ').length === 8)
      .slice(0, perSource);
    for (const quote of quotes) {
      if (excerptIds.length >= counts.excerpts) break;
      const excerpt = await core.dispatch('excerpts.create', { sourceId: result.sourceId, quote });
      if (excerpt.ok) excerptIds.push((excerpt.value as { id: string }).id);
    }
  }
  if (!excerptIds.length) throw new Error('no excerpt could be made from the articles');

  const judgments: RefTargets['judgments'] = [];
  const sentences = articles.flatMap((a) => a.split(/(?<=[.!?])\s+/u)).filter((s) => s.length > 40);
  for (let i = 0; i < counts.judgments; i++) {
    const text = sentences[(i * 7) % sentences.length]!.slice(0, 160);
    const object = await call<{ id: string }>(core, 'analysis.create', { kind: 'judgment', text });
    const term = TERMS[i % TERMS.length]!;
    const confidence = CONFIDENCES[i % CONFIDENCES.length]!;
    await call(core, 'analysis.rate', {
      id: object.id,
      likelihood: { scale: 'ICD203', term },
      confidence,
      reason: 'Benchmark',
    });
    const short = text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text;
    // What the reference shows, written out for the baselines' plain text.
    const likelihood = germanLikelihood('ICD203', term);
    judgments.push({ id: object.id, label: `${short} ${likelihood} ${GERMAN_CONFIDENCE[confidence]}` });
  }
  return { casePath, core, targets: { judgments, excerptIds } };
}

export async function createBriefing(core: Core, doc: DocNode): Promise<string> {
  const briefing = await call<{ id: string }>(core, 'briefings.create', {
    title: 'Benchmark-Briefing',
    template: 'blank',
    language: 'de',
    doc,
  });
  return briefing.id;
}
