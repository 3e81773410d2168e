/**
 * Opens the database: PGlite (PostgreSQL in WebAssembly, a folder on disk) by default,
 * a PostgreSQL server when DATABASE_URL is set. Both speak the same SQL and run the
 * same committed migrations; the rest of the code sees one Drizzle `Db`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction or the database itself: repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;
export type DriverName = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  driver: DriverName;
  /** Runs a plain SQL statement (for scripts, backup, benchmarks) and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// DATE values stay 'yyyy-mm-dd' strings: never turned into a Date in the server's time zone.
pg.types.setTypeParser(1082, (v: string) => v);
// bigint counts (count(*)) fit in a JS number at this scale.
pg.types.setTypeParser(20, (v: string) => Number(v));

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder; undefined for an in-memory database (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 20);
  return openPglite(options.dataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => undefined); // an idle client's error must not crash the process
  const db = drizzlePg(pool, { schema });
  return {
    db,
    driver: 'postgres',
    async query<T>(text: string, params: unknown[] = []) {
      const result = await pool.query(text, params);
      return result.rows as T[];
    },
    async migrate() {
      await migratePg(db, { migrationsFolder: MIGRATIONS_DIR });
    },
    async close() {
      // Idempotent: a test that cuts the database off early may be cleaned up again later.
      if (!pool.ended) await pool.end();
    },
  };
}

const TEXT_OID = 25;

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(dataDir ? { dataDir: path.join(dataDir, 'pglite') } : {}),
    extensions: { ltree, pg_trgm },
    parsers: { 1082: (v: string) => v, 20: (v: string) => Number(v) },
    // Text parameters given as bytes are sent as they are, in binary format (see textBytes
    // in sql.ts); anything else as PGlite's own text serializer sends it.
    serializers: { [TEXT_OID]: (v: unknown) => (v instanceof Uint8Array ? v : v instanceof Date ? v.toISOString() : String(v)) as string },
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    async query<T>(text: string, params: unknown[] = []) {
      const result = await client.query<T>(text, params);
      return result.rows;
    },
    async migrate() {
      await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}
