/**
 * HTTP load from a worker thread: the requests are made (and the answers read) on a
 * thread of their own, so the server's event loop — which these scenarios measure —
 * runs server code only. Requests go to 127.0.0.1 only, bounded in count and time.
 * GETs by default; with `write`, state-changing requests with JSON bodies, each made with
 * the session (cookie and CSRF token) it names.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SignedInSession } from './context.ts';
import { timeLoop } from './measure.ts';

/** Measured requests as writes: request i sends `bodies[bodyOf[i]]` as `sessions[sessionOf[i]]`. */
export interface HttpWrite {
  method: 'PUT' | 'POST' | 'DELETE';
  /** JSON texts; few and shared (a 54,000-request rush sends a few dozen distinct bodies). */
  bodies: string[];
  bodyOf: number[];
  sessions: SignedInSession[];
  sessionOf: number[];
}

export interface HttpLoadOptions {
  baseUrl: string;
  /** Session cookie of GETs (and of the warm-up, which always GETs). */
  cookie: string;
  /** Measured requests: path i is request i. */
  paths: string[];
  /** Requests made first and thrown away (GETs, with `cookie`: a warm-up never writes). */
  warmupPaths: string[];
  concurrency: number;
  maxMs: number;
  write?: HttpWrite;
}

/** A measured request that did not answer 2xx: what it answered (status -1: no answer at all). */
export interface FailedRequest {
  index: number;
  status: number;
  body: string;
}

export interface HttpLoadResult {
  samples: number[];
  /** Which path each sample belongs to. */
  indexes: number[];
  /** Status of each path's answer (0 when not made). */
  statuses: number[];
  /** Length of a JSON array answer, or its `total`, per path; null otherwise. */
  counts: (number | null)[];
  /** The first few failed requests, for the error message. */
  failures: FailedRequest[];
  elapsedMs: number;
  throughput: number;
  stoppedEarly: boolean;
}

const KIND = 'binhdang-bench-http-load';

const MAX_FAILURES_KEPT = 5;

export function httpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  if (new URL(options.baseUrl).hostname !== '127.0.0.1') throw new Error('the benchmark only loads 127.0.0.1');
  const { write } = options;
  if (write && (write.bodyOf.length < options.paths.length || write.sessionOf.length < options.paths.length)) {
    throw new Error('every write needs a body and a session');
  }
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

/** What request `i` (negative: warm-up) sends: a GET with the common cookie, or its write. */
export function requestInit(options: Pick<HttpLoadOptions, 'cookie' | 'write'>, i: number): RequestInit {
  const { write } = options;
  if (i < 0 || !write) return { headers: { cookie: options.cookie } };
  const session = write.sessions[write.sessionOf[i]!]!;
  return {
    method: write.method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    body: write.bodies[write.bodyOf[i]!]!,
  };
}

async function work(options: HttpLoadOptions): Promise<HttpLoadResult> {
  const statuses = new Array<number>(options.paths.length).fill(0);
  const counts = new Array<number | null>(options.paths.length).fill(null);
  const failures: FailedRequest[] = [];
  const request = async (path: string, i: number) => {
    try {
      const response = await fetch(`${options.baseUrl}${path}`, { ...requestInit(options, i), signal: AbortSignal.timeout(30_000) });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      // No answer (a timeout, a reset connection): a result of the run, not the end of it.
      return { status: -1, body: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };
  const loop = await timeLoop(
    async (i) => {
      if (i < 0) return request(options.warmupPaths[(-i - 1) % options.warmupPaths.length]!, i);
      const { status, body } = await request(options.paths[i]!, i);
      statuses[i] = status;
      if ((status < 200 || status > 299) && failures.length < MAX_FAILURES_KEPT) failures.push({ index: i, status, body: body.slice(0, 500) });
      // Counted cheaply (no JSON.parse inside the timed request): items of an array, or `total`.
      if (status === 200) counts[i] = body.startsWith('[') ? body.split('{"id":').length - 1 : Number(/"total":(\d+)/.exec(body)?.[1] ?? Number.NaN);
    },
    { count: options.paths.length, warmup: options.warmupPaths.length, concurrency: options.concurrency, maxMs: options.maxMs },
  );
  return { ...loop, statuses, counts, failures };
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
