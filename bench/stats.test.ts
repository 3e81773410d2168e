import { describe, expect, it } from 'vitest';
import { formatMs, timeLoop, timeSync } from './measure.ts';
import { percentile, summarize, summarizeBy } from './stats.ts';

describe('percentile (nearest rank)', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('is the smallest sample that p % of the samples do not exceed', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile(oneToHundred, 0.5)).toBe(1);
  });

  it('always answers a real sample, never an interpolation', () => {
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([10, 20], 51)).toBe(20);
    expect(percentile([1, 2, 3, 4], 95)).toBe(4);
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
  });

  it('has no answer for no samples and rejects p outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts a copy and reports n, min, mean, p50, p95, p99, max', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(summarize(samples)).toEqual({ n: 5, min: 1, mean: 3, p50: 3, p95: 5, p99: 5, max: 5 });
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it('puts a rare slow sample in p99 and max, not in p50 or p95', () => {
    const samples = [...Array.from({ length: 99 }, () => 2), 500];
    const stats = summarize(samples);
    expect(stats.p50).toBe(2);
    expect(stats.p95).toBe(2);
    expect(stats.p99).toBe(2);
    expect(stats.max).toBe(500);
  });

  it('reports n = 0 and no figures for no samples', () => {
    const stats = summarize([]);
    expect(stats.n).toBe(0);
    expect(stats.p95).toBeNaN();
    expect(stats.max).toBeNaN();
  });

  it('groups samples by key', () => {
    const groups = summarizeBy([1, 10, 2, 20], ['a', 'b', 'a', 'b']);
    expect(groups.a).toMatchObject({ n: 2, p50: 1, max: 2 });
    expect(groups.b).toMatchObject({ n: 2, p50: 10, max: 20 });
  });
});

describe('timing loops', () => {
  it('runs the warm-up, then exactly `count` measured iterations, never more than `concurrency` at once', async () => {
    const seen: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const result = await timeLoop(
      async (i) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        seen.push(i);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
      },
      { count: 20, warmup: 3, concurrency: 4 },
    );
    expect(result.samples).toHaveLength(20);
    expect([...result.indexes].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(seen.filter((i) => i < 0).sort((a, b) => b - a)).toEqual([-1, -2, -3]);
    expect(maxInFlight).toBeLessThanOrEqual(4);
    expect(result.stoppedEarly).toBe(false);
  });

  it('stops at its time bound', async () => {
    const result = await timeLoop(async () => undefined, { count: 1000, maxMs: 0 });
    expect(result.samples).toHaveLength(0);
    expect(result.stoppedEarly).toBe(true);
    expect(timeSync(() => undefined, 1000, 0)).toHaveLength(0);
    expect(timeSync(() => undefined, 5)).toHaveLength(5);
  });

  it('prints milliseconds with the precision that matters', () => {
    expect(formatMs(0.00031)).toBe('0.0003');
    expect(formatMs(0.4567)).toBe('0.457');
    expect(formatMs(4.567)).toBe('4.57');
    expect(formatMs(45.67)).toBe('45.7');
    expect(formatMs(14567)).toBe('14,567');
    expect(formatMs(Number.NaN)).toBe('—');
  });
});
