/**
 * Scenario "startup": from nothing to a healthy server — `node cli/main.ts serve` with an
 * empty data folder (or an empty PostgreSQL database), SEED_DEMO on: the database is
 * created, migrated and seeded, the app listens; /api/health is polled every 50 ms until it
 * answers 200. Wall time from spawning the process. Each run starts from a new, empty
 * database; the process is stopped and everything removed afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Measurement, Scenario } from '../context.ts';
import { onCleanup } from '../databases.ts';
import { summarize } from '../stats.ts';

const RUNS = 3;
const POLL_MS = 50;
const GIVE_UP_MS = 90_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Starts the server, waits for a healthy answer, stops it. Returns the milliseconds to health. */
async function timeStart(repoRoot: string, env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const base = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'NODE_ENV', 'PORT', 'HOST', 'SEED_DEMO', 'LOG_LEVEL']) delete base[name];
  const started = performance.now();
  const child = spawn(process.execPath, ['cli/main.ts', 'serve'], {
    cwd: repoRoot,
    env: { ...base, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'true', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      resolve();
    }),
  );
  // On Ctrl-C the harness stops this server too (only this child, by its pid).
  const forget = onCleanup(async () => {
    if (exited === undefined) child.kill('SIGKILL');
  });
  try {
    const url = `http://127.0.0.1:${port}/api/health`;
    while (performance.now() - started < GIVE_UP_MS) {
      if (exited !== undefined) throw new Error(`the server exited (code ${exited}): ${output.trim().split('\n').slice(-5).join(' | ')}`);
      if (await isHealthy(url)) return performance.now() - started;
      await sleep(POLL_MS);
    }
    throw new Error(`no healthy answer within ${GIVE_UP_MS / 1000} s: ${output.trim().split('\n').slice(-5).join(' | ')}`);
  } finally {
    if (exited === undefined) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(killer);
    }
    await forget();
  }
}

export const startupScenario: Scenario = {
  name: 'startup',
  title: 'fresh start to a healthy /api/health (`binhdang serve`, empty database, demo seeded)',
  perDatabase: true,
  async run(context) {
    const samples: number[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      context.log(`startup · run ${run}/${RUNS}`);
      if (context.driver === 'postgres') {
        const empty = await context.emptyPostgres();
        try {
          samples.push(await timeStart(context.repoRoot, { DATABASE_URL: empty.url }));
        } finally {
          await empty.drop();
        }
      } else {
        const dataDir = mkdtempSync(path.join(tmpdir(), 'binhdang-bench-start-'));
        const remove = onCleanup(async () => rmSync(dataDir, { recursive: true, force: true }));
        try {
          samples.push(await timeStart(context.repoRoot, { DATA_DIR: dataDir }));
        } finally {
          await remove();
        }
      }
    }
    const result: Measurement = {
      scenario: 'startup',
      label: `node cli/main.ts serve, ${RUNS} fresh starts`,
      database: context.driver!,
      unit: 'ms',
      stats: summarize(samples),
      goal: { metric: 'max', limit: 15_000, unit: 'ms' },
      details: { samples: samples.map((s) => Math.round(s)) },
    };
    return [result];
  },
};
