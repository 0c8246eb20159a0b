import { max, median, min } from './stats';
import type { BenchOutcome, Series } from './types';

/** A series as the results file keeps it: its order statistics beside the raw samples. */
export interface SeriesSummary {
  label: string;
  unit: Series['unit'];
  n: number;
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export interface ComparisonSummary {
  metric: string;
  subject: SeriesSummary;
  baseline?: SeriesSummary;
  /** subject median / baseline median; absent without a baseline. */
  ratio?: number;
  goal?: { text: string; met: boolean };
}

export interface OutcomeSummary {
  status: BenchOutcome['status'];
  reason?: string;
  comparisons: ComparisonSummary[];
  notes?: string[];
  facts?: Record<string, string>;
}

const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 1000) / 1000 : n);

export function summariseSeries(s: Series): SeriesSummary {
  return {
    label: s.label,
    unit: s.unit,
    n: s.samples.length,
    median: round(median(s.samples)),
    min: round(min(s.samples)),
    max: round(max(s.samples)),
    samples: s.samples.map(round),
  };
}

export function summarise(outcome: BenchOutcome): OutcomeSummary {
  return {
    status: outcome.status,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
    comparisons: outcome.comparisons.map((c) => {
      const subject = summariseSeries(c.subject);
      const baseline = c.baseline ? summariseSeries(c.baseline) : undefined;
      const ratio = baseline && baseline.median > 0 ? round(subject.median / baseline.median) : undefined;
      return {
        metric: c.metric,
        subject,
        ...(baseline ? { baseline } : {}),
        ...(ratio !== undefined ? { ratio } : {}),
        ...(c.goal ? { goal: c.goal } : {}),
      };
    }),
    ...(outcome.notes?.length ? { notes: outcome.notes } : {}),
    ...(outcome.facts ? { facts: outcome.facts } : {}),
  };
}
