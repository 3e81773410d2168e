/**
 * Timing loops. Every loop is bounded twice — by a number of iterations and by a wall
 * time — so a slow or stuck system ends the run with fewer samples, never hangs it.
 */

export interface LoopOptions {
  /** Measured iterations. */
  count: number;
  /** Iterations run first and thrown away (JIT, caches, connection pools). */
  warmup?: number;
  /** Iterations in flight at once. */
  concurrency?: number;
  /** Stop starting new iterations after this long (warm-up included). */
  maxMs?: number;
}

export interface LoopResult {
  /** Milliseconds per measured iteration, in the order they were started. */
  samples: number[];
  /** Index (0 … count-1) of the task each sample belongs to. */
  indexes: number[];
  elapsedMs: number;
  /** Measured iterations per second. */
  throughput: number;
  stoppedEarly: boolean;
}

/** Runs `task(i)` for i = 0 … count-1 (after the warm-up, which runs with negative i). */
export async function timeLoop(task: (i: number) => Promise<unknown>, options: LoopOptions): Promise<LoopResult> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const deadline = performance.now() + (options.maxMs ?? 120_000);
  const warmup = options.warmup ?? 0;

  let nextWarm = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (nextWarm < warmup && performance.now() < deadline) {
        nextWarm += 1;
        await task(-nextWarm);
      }
    }),
  );

  const samples: number[] = [];
  const indexes: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < options.count && performance.now() < deadline) {
        const i = next;
        next += 1;
        const t0 = performance.now();
        await task(i);
        samples.push(performance.now() - t0);
        indexes.push(i);
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  return { samples, indexes, elapsedMs, throughput: samples.length / (elapsedMs / 1000), stoppedEarly: samples.length < options.count };
}

/** Times a synchronous function call by call with the high-resolution clock. */
export function timeSync(task: (i: number) => unknown, count: number, maxMs = 30_000): number[] {
  const samples: number[] = [];
  const deadline = performance.now() + maxMs;
  for (let i = 0; i < count && performance.now() < deadline; i += 1) {
    const t0 = process.hrtime.bigint();
    task(i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return samples;
}

/** Milliseconds, printed with the precision that matters at that size. */
export function formatMs(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (value < 0.01) return value.toFixed(4);
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 1000) return value.toFixed(1);
  return Math.round(value).toLocaleString('en-US');
}

