/**
 * Databases for a benchmark run: a PGlite data folder in the temp directory or a new
 * database with a unique name on the PostgreSQL server, migrated as the app does it,
 * and always removed at the end (also on Ctrl-C: see cleanup()).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type DriverName } from '../server/db/client.ts';
import { prepareDatabase } from '../server/db/prepare.ts';
import type { EmptyPostgres } from './context.ts';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

const cleanups = new Set<() => Promise<void>>();

/** Registers work to undo; returns the function that runs it once and unregisters it. */
export function onCleanup(work: () => Promise<void>): () => Promise<void> {
  let done = false;
  const run = async () => {
    if (done) return;
    done = true;
    cleanups.delete(run);
    await work();
  };
  cleanups.add(run);
  return run;
}

/** Undoes everything still registered, newest first (Ctrl-C, or a crash). */
export async function cleanup(): Promise<void> {
  for (const work of [...cleanups].reverse()) await work().catch(() => undefined);
}

async function adminQuery(serverUrl: string, text: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

export async function postgresVersion(serverUrl: string): Promise<string> {
  const [row] = await adminQuery(serverUrl, `select current_setting('server_version') as version`);
  return String(row!.version);
}

/** A new, empty database on the server, named binhdang_bench_<pid>_<random>. */
export async function createPostgresDatabase(serverUrl: string): Promise<EmptyPostgres> {
  const name = `binhdang_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = onCleanup(async () => {
    await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  });
  return { url: url.toString(), drop };
}

export interface BenchDatabase {
  database: Database;
  /** The connection string of the PostgreSQL database (null for PGlite). */
  url: string | null;
  dispose(): Promise<void>;
}

/** An empty, migrated database of `driver`: what a fresh installation has. */
export async function openBenchDatabase(driver: DriverName, serverUrl: string): Promise<BenchDatabase> {
  if (driver === 'postgres') {
    const empty = await createPostgresDatabase(serverUrl);
    const database = await openDatabase({ databaseUrl: empty.url });
    const dispose = onCleanup(async () => {
      await database.close().catch(() => undefined);
      await empty.drop();
    });
    await prepareDatabase(database);
    return { database, url: empty.url, dispose };
  }
  // On disk, as in production (DATA_DIR), not in memory.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'binhdang-bench-pglite-'));
  const database = await openDatabase({ dataDir });
  const dispose = onCleanup(async () => {
    await database.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });
  await prepareDatabase(database);
  return { database, url: null, dispose };
}
