/** Order statistics for benchmark samples (nearest-rank percentiles, no interpolation). */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);
export const min = (samples: readonly number[]): number => Math.min(...samples);
export const max = (samples: readonly number[]): number => Math.max(...samples);

/** Milliseconds since `start` (from performance.now()). */
export const elapsed = (start: number): number => performance.now() - start;
