import type { AnalyticObject, Evidence } from '../../../../shared/domain/analysis';
import type { AnalyticCheck, CheckType } from '../../../../shared/domain/analyticChecks';
import { WEAK_RELIABILITIES } from '../../../../shared/domain/tradecraft';
import { originsOf, type AnalysisSnapshot } from './snapshot';

type Draft = Omit<AnalyticCheck, 'key' | 'acknowledged'>;

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
const objectRef = (o: AnalyticObject) => ({ kind: 'object' as const, id: o.id, label: short(o.text) });
const evidenceRef = (e: Evidence) => ({
  kind: 'evidence' as const,
  id: e.id,
  label: `${e.grade} ${short(e.quote)}`,
});

/** The key names the rule and the objects involved, so an acknowledgement outlives unrelated edits. */
function keyOf(d: Draft): string {
  return `${d.type}:${d.involved
    .map((i) => i.id)
    .sort()
    .join(',')}`;
}

function credibilityOne(s: AnalysisSnapshot): Draft[] {
  const out: Draft[] = [];
  for (const e of s.evidence) {
    if (e.credibility !== '1') continue;
    const origins = originsOf(s.evidence, e.targetId);
    origins.add(e.originId);
    if (origins.size >= 2) continue;
    const target = s.objects.find((o) => o.id === e.targetId)!;
    out.push({
      type: 'credibilityOneSingleOrigin',
      severity: 'warning',
      message: `Credibility 1 ("confirmed by other sources") needs at least two independent origins; "${short(target.text)}" has ${origins.size} (${e.originTitle}).`,
      subjectId: target.id,
      involved: [objectRef(target), evidenceRef(e), { kind: 'source', id: e.originId, label: e.originTitle }],
      details: { origins: origins.size, evidenceId: e.id },
    });
  }
  return out;
}

function highConfidenceSourcing(s: AnalysisSnapshot): Draft[] {
  const out: Draft[] = [];
  for (const o of s.objects) {
    if (o.confidence !== 'high') continue;
    const supporting = s.evidence.filter((e) => e.targetId === o.id && e.stance === 'supports');
    const origins = new Set(supporting.map((e) => e.originId));
    const weakOnly =
      supporting.length > 0 &&
      supporting.every((e) => e.reliability !== null && WEAK_RELIABILITIES.includes(e.reliability));
    if (origins.size >= 2 && !weakOnly) continue;
    if (supporting.length === 0) continue; // ratingWithoutEvidence says it better
    const why =
      origins.size < 2
        ? `rests on ${origins.size} independent origin`
        : `rests only on sources rated ${[...new Set(supporting.map((e) => e.reliability))].join('/')}`;
    out.push({
      type: 'highConfidenceWeakSourcing',
      severity: 'warning',
      message: `High confidence in "${short(o.text)}" ${why}.`,
      subjectId: o.id,
      involved: [objectRef(o), ...supporting.map(evidenceRef)],
      details: { origins: origins.size, supporting: supporting.length, weakOnly: weakOnly ? 1 : 0 },
    });
  }
  return out;
}

function contradictions(s: AnalysisSnapshot): Draft[] {
  const out: Draft[] = [];
  for (const o of s.objects) {
    if (o.likelihood === null && o.confidence === null && o.kind !== 'judgment') continue;
    const contrary = s.evidence.filter((e) => e.targetId === o.id && e.stance === 'contradicts');
    // Addressed = the rationale was (re)written after the contrary evidence was linked.
    const unaddressed = contrary.filter(
      (e) => o.rationale.trim() === '' || o.rationaleUpdatedAt === null || o.rationaleUpdatedAt < e.createdAt,
    );
    if (!unaddressed.length) continue;
    out.push({
      type: 'contradictionNotAddressed',
      severity: 'warning',
      message: `"${short(o.text)}" has ${unaddressed.length} piece(s) of contradicting evidence that its rationale ${
        o.rationale.trim() ? 'predates' : 'does not address (it is empty)'
      }.`,
      subjectId: o.id,
      involved: [objectRef(o), ...unaddressed.map(evidenceRef)],
      details: { contradicting: unaddressed.length },
    });
  }
  return out;
}

function ratingWithoutEvidence(s: AnalysisSnapshot): Draft[] {
  return s.objects
    .filter((o) => (o.likelihood !== null || o.confidence !== null) && !s.evidence.some((e) => e.targetId === o.id))
    .map((o) => ({
      type: 'ratingWithoutEvidence' as CheckType,
      severity: 'warning' as const,
      message: `"${short(o.text)}" is rated (${[o.likelihood?.term, o.confidence && `${o.confidence} confidence`]
        .filter(Boolean)
        .join(', ')}) but has no evidence at all.`,
      subjectId: o.id,
      involved: [objectRef(o)],
      details: {},
    }));
}

function openGapHighConfidence(s: AnalysisSnapshot): Draft[] {
  const out: Draft[] = [];
  for (const o of s.objects) {
    if (o.confidence !== 'high') continue;
    const gaps = s.links
      .filter((l) => l.relation === 'weakens' && l.toId === o.id)
      .map((l) => s.objects.find((g) => g.id === l.fromId)!)
      .filter((g) => g.gapStatus === 'open');
    if (!gaps.length) continue;
    out.push({
      type: 'openGapHighConfidence',
      severity: 'warning',
      message: `"${short(o.text)}" is rated High confidence although ${gaps.length} open intelligence gap(s) weaken it: ${gaps
        .map((g) => `"${short(g.text)}"`)
        .join(', ')}.`,
      subjectId: o.id,
      involved: [objectRef(o), ...gaps.map(objectRef)],
      details: { gaps: gaps.length },
    });
  }
  return out;
}

function mixedScales(s: AnalysisSnapshot): Draft[] {
  const rated = s.objects.filter((o) => o.likelihood !== null);
  const scales = new Set(rated.map((o) => o.likelihood!.scale));
  const offScale = rated.filter((o) => o.likelihood!.scale !== s.caseScale);
  if (!offScale.length) return [];
  return [
    {
      type: 'mixedLikelihoodScales',
      severity: 'caution',
      message: `The case uses the ${s.caseScale} scale, but ${offScale.length} object(s) are rated on ${[...scales]
        .filter((x) => x !== s.caseScale)
        .join(', ')}; a product must use one scale.`,
      subjectId: null,
      involved: offScale.map(objectRef),
      details: { caseScale: s.caseScale, scales: [...scales].sort() },
    },
  ];
}

const RULES: readonly ((s: AnalysisSnapshot) => Draft[])[] = [
  credibilityOne,
  highConfidenceSourcing,
  contradictions,
  ratingWithoutEvidence,
  openGapHighConfidence,
  mixedScales,
];

/** Every check that fires on the case (or, with a subject, the ones about it and the case-wide ones that involve it). */
export function runChecks(s: AnalysisSnapshot, subjectId?: string): AnalyticCheck[] {
  const all = RULES.flatMap((rule) => rule(s)).map((d) => {
    const key = keyOf(d);
    return { ...d, key, acknowledged: s.acks.get(key) ?? null };
  });
  if (!subjectId) return all;
  return all.filter((c) => c.subjectId === subjectId || c.involved.some((i) => i.id === subjectId));
}
