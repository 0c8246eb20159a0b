import type { ConfidenceSuggestion } from '../../../../shared/domain/analyticChecks';
import { CONFIDENCE_LEVELS, CONFIDENCE_RANK, type Confidence } from '../../../../shared/domain/tradecraft';
import type { AnalysisSnapshot } from './snapshot';

/**
 * The confidence assistant (ICD 203 practice, TRADECRAFT.md §4): each of the
 * three factors is read off the case on its own, then the weakest one sets the
 * suggestion — well-corroborated sourcing cannot make up for many assumptions.
 * The thresholds follow the table's wording ("minimal / several / many
 * assumptions", "well / partially / un-corroborated"); they are a starting point
 * the analyst overrides with a reason, never a verdict.
 */
export function suggestConfidence(s: AnalysisSnapshot, id: string): ConfidenceSuggestion {
  const o = s.objects.find((x) => x.id === id);
  if (!o) throw new Error(`unknown object ${id}`);
  const assumptions = s.links.filter((l) => l.fromId === id && l.relation === 'assumes').length;
  const evidence = s.evidence.filter((e) => e.targetId === id);
  const supporting = evidence.filter((e) => e.stance === 'supports');
  const contradicting = evidence.filter((e) => e.stance === 'contradicts');
  const origins = new Set(supporting.map((e) => e.originId)).size;
  const proven = supporting.filter((e) => e.reliability === 'A' || e.reliability === 'B').length;
  const credible = supporting.filter((e) => e.credibility !== null && Number(e.credibility) <= 2).length;
  const openGaps = s.links.filter(
    (l) => l.toId === id && l.relation === 'weakens' && s.objects.find((g) => g.id === l.fromId)?.gapStatus === 'open',
  ).length;

  const assumptionLevel: Confidence = assumptions <= 1 ? 'high' : assumptions <= 3 ? 'moderate' : 'low';
  const sourcingLevel: Confidence =
    origins >= 3 && proven >= 1 && credible >= 2
      ? 'high'
      : origins >= 2 && (proven >= 1 || credible >= 1)
        ? 'moderate'
        : 'low';
  const argumentLevel: Confidence =
    contradicting.length === 0 && openGaps === 0
      ? supporting.length > 0
        ? 'high'
        : 'low'
      : contradicting.length < supporting.length && openGaps <= 1
        ? 'moderate'
        : 'low';

  const factors: ConfidenceSuggestion['factors'] = [
    {
      factor: 'assumptions',
      level: assumptionLevel,
      reason: `${assumptions} key assumption(s) linked (≤1 minimal, 2–3 several, ≥4 many).`,
      facts: { assumptions },
    },
    {
      factor: 'sourcing',
      level: sourcingLevel,
      reason: `${origins} independent origin(s) among ${supporting.length} supporting excerpt(s); ${proven} from A/B sources, ${credible} rated credibility 1–2.`,
      facts: { origins, supporting: supporting.length, proven, credible },
    },
    {
      factor: 'argument',
      level: argumentLevel,
      reason: `${supporting.length} supporting vs ${contradicting.length} contradicting excerpt(s); ${openGaps} open gap(s) weaken it.`,
      facts: { supporting: supporting.length, contradicting: contradicting.length, openGaps },
    },
  ];
  const suggested = CONFIDENCE_LEVELS[Math.min(...factors.map((f) => CONFIDENCE_RANK[f.level]))]!;
  const weakest = factors.filter((f) => f.level === suggested).map((f) => f.factor);
  return {
    objectId: id,
    suggested,
    current: o.confidence,
    factors,
    explanation: `The weakest factor sets the level: ${weakest.join(' and ')} ${weakest.length > 1 ? 'are' : 'is'} ${suggested}.`,
  };
}
