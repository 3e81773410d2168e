/**
 * HTTP load from a worker thread: the requests are made (and the answers read) on a
 * thread of their own, so the server's event loop — which these scenarios measure —
 * runs server code only. Requests go to 127.0.0.1 only, bounded in count and time.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { timeLoop } from './measure.ts';

export interface HttpLoadOptions {
  baseUrl: string;
  cookie: string;
  /** Measured requests: path i is request i. */
  paths: string[];
  /** Requests made first and thrown away. */
  warmupPaths: string[];
  concurrency: number;
  maxMs: number;
}

export interface HttpLoadResult {
  samples: number[];
  /** Which path each sample belongs to. */
  indexes: number[];
  /** Status of each path's answer (0 when not made). */
  statuses: number[];
  /** Length of a JSON array answer, or its `total`, per path; null otherwise. */
  counts: (number | null)[];
  elapsedMs: number;
  throughput: number;
  stoppedEarly: boolean;
}

const KIND = 'binhdang-bench-http-load';

export function httpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  if (new URL(options.baseUrl).hostname !== '127.0.0.1') throw new Error('the benchmark only loads 127.0.0.1');
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { kind: KIND, options } });
    let settled = false;
    worker.once('message', (result: HttpLoadResult) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the load worker exited with code ${code}`));
    });
  });
}

async function work(options: HttpLoadOptions): Promise<HttpLoadResult> {
  const statuses = new Array<number>(options.paths.length).fill(0);
  const counts = new Array<number | null>(options.paths.length).fill(null);
  const request = async (path: string) => {
    const response = await fetch(`${options.baseUrl}${path}`, { headers: { cookie: options.cookie }, signal: AbortSignal.timeout(30_000) });
    return { status: response.status, body: await response.text() };
  };
  const loop = await timeLoop(
    async (i) => {
      if (i < 0) return request(options.warmupPaths[(-i - 1) % options.warmupPaths.length]!);
      const { status, body } = await request(options.paths[i]!);
      statuses[i] = status;
      // Counted cheaply (no JSON.parse inside the timed request): items of an array, or `total`.
      if (status === 200) counts[i] = body.startsWith('[') ? body.split('{"id":').length - 1 : Number(/"total":(\d+)/.exec(body)?.[1] ?? Number.NaN);
    },
    { count: options.paths.length, warmup: options.warmupPaths.length, concurrency: options.concurrency, maxMs: options.maxMs },
  );
  return { ...loop, statuses, counts };
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === KIND) {
  const { options } = workerData as { options: HttpLoadOptions };
  work(options).then(
    (result) => parentPort!.postMessage(result),
    (error: unknown) => {
      throw error;
    },
  );
}
