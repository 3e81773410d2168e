/**
 * Where the time of a load goes, without any extension (pg_stat_statements is not
 * installed): the server thread's event-loop utilisation and CPU time, the process's CPU
 * time, the connection pool's queue; and on PostgreSQL what the database's backends are
 * doing, sampled from pg_stat_activity over a connection of its own (on CPU, waiting for a
 * lock and in which statement, idle in a transaction while Node works), their CPU time
 * (/proc, when the server runs on this machine) and the database's own counters
 * (pg_stat_database: time spent executing statements, commits).
 *
 * Samples are counts: the share of samples a backend spends in a statement is the share of
 * database time that statement takes, which is what pg_stat_statements would have said.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Database } from '../server/db/client.ts';

const SAMPLE_EVERY_MS = 100;
/** PostgreSQL 15 backends flush their statistics when idle for 10 s (PGSTAT_IDLE_INTERVAL). */
const STATS_FLUSH_WAIT_MS = 11_000;

export interface MonitorOptions {
  database: Database;
  /** The database's own connection string on PostgreSQL; null on PGlite (nothing to sample). */
  postgresUrl: string | null;
}

export interface PostgresActivity {
  /** pg_stat_activity samples taken (every 100 ms). */
  samples: number;
  /** Mean number of the database's client backends per state ("active", "idle in transaction", "idle"). */
  meanBackends: Record<string, number>;
  /** Share of the busy backend-samples (not idle) per state and wait event, e.g. "active · Lock:transactionid". */
  busyShare: Record<string, number>;
  /** Share of the busy backend-samples per statement (its first words), most frequent first. */
  statementShare: { statement: string; share: number; lockWaitShare: number }[];
  /** pg_stat_database deltas over the load (after a flush wait), or null when unreadable. */
  counters: { activeTimeMs: number; idleInTransactionTimeMs: number; commits: number; rollbacks: number } | null;
  /** CPU time of the database's backends (utime + stime from /proc), or null when the server is not local. */
  backendCpuMs: number | null;
}

export interface MonitorReport {
  elapsedMs: number;
  /** The server's (main) thread: event-loop utilisation 0–1 and CPU time. */
  serverEventLoopUtilization: number;
  serverThreadCpuMs: number | null;
  /** The whole process: server thread, load worker, garbage collector, libuv pool. */
  processCpuMs: number;
  /** Connection pool (PostgreSQL): mean and largest number of queries waiting for a connection. */
  pool: { size: number | null; meanWaiting: number; maxWaiting: number; meanInUse: number } | null;
  postgres: PostgresActivity | null;
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    clockTicks = Number(answer.stdout.trim()) || 100;
  }
  return clockTicks;
}

/** utime + stime of a process or thread from its /proc stat line, in milliseconds; null when unreadable. */
export function cpuMsOfStat(statLine: string, ticks: number): number | null {
  // The command name is in parentheses and may hold spaces: count the fields after the last ')'.
  const rest = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return ((utime + stime) * 1000) / ticks;
}

function readCpuMs(file: string): number | null {
  try {
    return cpuMsOfStat(readFileSync(file, 'utf8'), ticksPerSecond());
  } catch {
    return null;
  }
}

/** A statement's first words, white space folded: enough to tell the queries of a request apart. */
export function statementLabel(query: string): string {
  const folded = query.replace(/\s+/g, ' ').trim();
  const table = /\b(?:from|into|update)\s+("?[a-z_]+"?)/i.exec(folded)?.[1]?.replaceAll('"', '');
  const verb = folded.split(' ')[0]?.toLowerCase() ?? '';
  if (verb === 'commit' || verb === 'begin' || verb === 'rollback') return verb;
  return `${verb} ${table ?? folded.slice(0, 40)}${/\bfor update\b/i.test(folded) ? ' for update' : ''}${/\bon conflict\b/i.test(folded) ? ' on conflict' : ''}`;
}

interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

function poolOf(database: Database): PoolLike | null {
  const client = (database.db as unknown as { $client?: Partial<PoolLike> }).$client;
  return client && typeof client.waitingCount === 'number' && typeof client.totalCount === 'number' ? (client as PoolLike) : null;
}

function share(counts: Map<string, number>, total: number): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).map(([key, n]) => [key, total === 0 ? 0 : Math.round((n / total) * 1000) / 1000]));
}

interface DatabaseCounters {
  activeTimeMs: number;
  idleInTransactionTimeMs: number;
  commits: number;
  rollbacks: number;
}

async function readCounters(client: pg.Client): Promise<DatabaseCounters | null> {
  try {
    const { rows } = await client.query<DatabaseCounters>(
      `select active_time::float8 as "activeTimeMs", idle_in_transaction_time::float8 as "idleInTransactionTimeMs",
              xact_commit::float8 as commits, xact_rollback::float8 as rollbacks
         from pg_stat_database where datname = current_database()`,
    );
    return rows[0] ?? null;
  } catch {
    return null;
  }
}

/** Starts watching; `stop()` ends it and answers what was seen. */
export async function startMonitor(options: MonitorOptions): Promise<{ stop(): Promise<MonitorReport> }> {
  const pool = poolOf(options.database);
  const selfStat = `/proc/self/task/${process.pid}/stat`;
  const started = performance.now();
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const threadCpu = readCpuMs(selfStat);
  let poolSamples = 0;
  let poolWaiting = 0;
  let poolInUse = 0;
  let poolMaxWaiting = 0;

  let client: pg.Client | null = null;
  let before: DatabaseCounters | null = null;
  const backendCpu = new Map<number, { first: number; last: number }>();
  const stateTotals = new Map<string, number>();
  const busy = new Map<string, number>();
  const statements = new Map<string, { n: number; lock: number }>();
  let busyTotal = 0;
  let pgSamples = 0;
  if (options.postgresUrl) {
    client = new pg.Client({ connectionString: options.postgresUrl, application_name: 'binhdang-bench-monitor' });
    await client.connect();
    before = await readCounters(client);
  }

  let sampling = false;
  const sample = async () => {
    if (pool) {
      poolSamples += 1;
      poolWaiting += pool.waitingCount;
      poolInUse += pool.totalCount - pool.idleCount;
      poolMaxWaiting = Math.max(poolMaxWaiting, pool.waitingCount);
    }
    if (!client || sampling) return;
    sampling = true;
    try {
      const { rows } = await client.query<{ pid: number; state: string | null; waitType: string | null; wait: string | null; query: string }>(
        `select pid, state, wait_event_type as "waitType", wait_event as wait, query
           from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
      );
      pgSamples += 1;
      for (const row of rows) {
        const state = row.state ?? 'unknown';
        stateTotals.set(state, (stateTotals.get(state) ?? 0) + 1);
        const cpuMs = readCpuMs(`/proc/${row.pid}/stat`);
        if (cpuMs !== null) {
          const seen = backendCpu.get(row.pid);
          backendCpu.set(row.pid, { first: seen?.first ?? cpuMs, last: cpuMs });
        }
        if (state === 'idle') continue;
        busyTotal += 1;
        const key = `${state}${row.waitType ? ` · ${row.waitType}:${row.wait}` : ''}`;
        busy.set(key, (busy.get(key) ?? 0) + 1);
        // Idle in a transaction, `query` is the last statement run, not one running: counted by state only.
        if (state !== 'active') continue;
        const label = statementLabel(row.query);
        const entry = statements.get(label) ?? { n: 0, lock: 0 };
        entry.n += 1;
        if (row.waitType === 'Lock') entry.lock += 1;
        statements.set(label, entry);
      }
    } catch {
      // A missed sample is not worth failing a benchmark for.
    } finally {
      sampling = false;
    }
  };
  const timer = setInterval(() => void sample(), SAMPLE_EVERY_MS);

  return {
    async stop() {
      clearInterval(timer);
      const elapsedMs = performance.now() - started;
      const utilization = performance.eventLoopUtilization(elu).utilization;
      const used = process.cpuUsage(cpu);
      const threadAfter = readCpuMs(selfStat);
      let postgres: PostgresActivity | null = null;
      if (client) {
        // Backends that were busy at the start are counted from the first time they were seen.
        let cpuMs: number | null = null;
        for (const { first, last } of backendCpu.values()) cpuMs = (cpuMs ?? 0) + (last - first);
        await new Promise((resolve) => setTimeout(resolve, STATS_FLUSH_WAIT_MS));
        const after = await readCounters(client);
        await client.end().catch(() => undefined);
        postgres = {
          samples: pgSamples,
          meanBackends: Object.fromEntries([...stateTotals].map(([state, n]) => [state, Math.round((n / Math.max(1, pgSamples)) * 100) / 100])),
          busyShare: share(busy, busyTotal),
          statementShare: [...statements]
            .sort((a, b) => b[1].n - a[1].n)
            .slice(0, 15)
            .map(([statement, { n, lock }]) => ({ statement, share: Math.round((n / Math.max(1, busyTotal)) * 1000) / 1000, lockWaitShare: Math.round((lock / Math.max(1, busyTotal)) * 1000) / 1000 })),
          counters:
            before && after
              ? {
                  activeTimeMs: after.activeTimeMs - before.activeTimeMs,
                  idleInTransactionTimeMs: after.idleInTransactionTimeMs - before.idleInTransactionTimeMs,
                  commits: after.commits - before.commits,
                  rollbacks: after.rollbacks - before.rollbacks,
                }
              : null,
          backendCpuMs: cpuMs === null ? null : Math.round(cpuMs),
        };
      }
      return {
        elapsedMs,
        serverEventLoopUtilization: Math.round(utilization * 1000) / 1000,
        serverThreadCpuMs: threadCpu !== null && threadAfter !== null ? Math.round(threadAfter - threadCpu) : null,
        processCpuMs: Math.round((used.user + used.system) / 1000),
        pool: pool
          ? {
              size: pool.options?.max ?? null,
              meanWaiting: Math.round((poolWaiting / Math.max(1, poolSamples)) * 10) / 10,
              maxWaiting: poolMaxWaiting,
              meanInUse: Math.round((poolInUse / Math.max(1, poolSamples)) * 10) / 10,
            }
          : null,
        postgres,
      };
    },
  };
}
