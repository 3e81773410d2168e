/**
 * Test harness: a fresh database per test file (PGlite in memory, or a new database on
 * the PostgreSQL server named by DATABASE_URL when TEST_DB=postgres), the real
 * migrations, the app built as in production, and helpers to sign in and call the API.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { testConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { prepareDatabase } from '../db/prepare.ts';
import type { App } from '../lib/http.ts';

export const TEST_PASSWORD = 'MatKhau2025';

function adminUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates an empty database with a name no other run can take, on the server of `serverUrl`. */
export async function createScratchPostgres(serverUrl: string, prefix = 'binhdang_t'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: adminUrl(serverUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * Opens an empty, migrated database that no other test run can see: PGlite in memory, or
 * (TEST_DB=postgres, or when asked) a scratch database on the server of DATABASE_URL.
 */
export async function openTestDatabase(driver: 'pglite' | 'postgres' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite'): Promise<Database & { dispose(): Promise<void> }> {
  if (driver === 'postgres') {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) throw new Error('a PostgreSQL test database needs DATABASE_URL');
    const scratch = await createScratchPostgres(serverUrl);
    const database = await openDatabase({ databaseUrl: scratch.url, poolSize: 5 });
    await prepareDatabase(database);
    return Object.assign(database, {
      async dispose() {
        await database.close();
        await scratch.drop();
      },
    });
  }
  const database = await openDatabase({});
  await prepareDatabase(database);
  return Object.assign(database, { dispose: () => database.close() });
}

export interface TestContext {
  app: App;
  database: Database;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestContext> {
  const database = await openTestDatabase();
  const app = await buildApp({ config: testConfig({ loginRatePerMinute: 1000, ...overrides }), database, serveWeb: false });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
}

export async function signIn(app: App, username: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!;
  return { cookie, csrfToken: response.json().csrfToken };
}

/** Calls the API as a signed-in person (or anonymously with `null`), sending the CSRF token. */
export function as(app: App, who: SignedIn | null) {
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: who ? { cookie: who.cookie, 'x-csrf-token': who.csrfToken } : {},
    });
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, payload?: unknown) => call('POST', url, payload ?? {}),
    patch: (url: string, payload?: unknown) => call('PATCH', url, payload ?? {}),
    put: (url: string, payload?: unknown) => call('PUT', url, payload ?? {}),
    delete: (url: string) => call('DELETE', url),
  };
}
