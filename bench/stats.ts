/**
 * Latency statistics. Percentiles use the nearest-rank method: p95 is the smallest
 * observed value that at least 95 % of the samples do not exceed — always a real
 * sample, never an interpolation between two.
 */

export interface Stats {
  n: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The `p`-th percentile (0 < p ≤ 100) of samples already sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = n === 0 ? Number.NaN : sorted.reduce((sum, x) => sum + x, 0) / n;
  return {
    n,
    min: n === 0 ? Number.NaN : sorted[0]!,
    mean,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: n === 0 ? Number.NaN : sorted[n - 1]!,
  };
}

/** Stats per group (a level of the tree, a query …), for the details of a result. */
export function summarizeBy<K extends string | number>(samples: readonly number[], keys: readonly K[]): Record<string, Stats> {
  const groups = new Map<K, number[]>();
  samples.forEach((sample, i) => {
    const key = keys[i]!;
    const group = groups.get(key) ?? [];
    group.push(sample);
    groups.set(key, group);
  });
  return Object.fromEntries([...groups].map(([key, group]) => [String(key), summarize(group)]));
}
