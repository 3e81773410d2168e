/**
 * The real application (buildApp, as server.ts builds it, without the web files)
 * listening on 127.0.0.1 on an ephemeral port, and signed-in sessions to call it with.
 */
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { Database } from '../server/db/client.ts';
import type { ApiClient, SignedInSession } from './context.ts';

export interface RunningApi extends ApiClient {
  close(): Promise<void>;
}

async function signIn(baseUrl: string, username: string, password: string): Promise<SignedInSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('bd_session='));
  if (!cookie) throw new Error(`sign-in of ${username} set no session cookie`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: cookie.split(';')[0]!, csrfToken };
}

export async function startApi(database: Database, users: { admin: string; province: string; password: string }): Promise<RunningApi> {
  // Production settings, except that one client hammering from 127.0.0.1 must not be rate-limited.
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    COOKIE_SECURE: 'false',
    HOST: '127.0.0.1',
    PORT: '0',
    API_RATE_PER_MINUTE: '10000000',
    LOGIN_RATE_PER_MINUTE: '1000',
  });
  const app = await buildApp({ config, database, serveWeb: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the app is not listening on a TCP port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  try {
    const adminCookie = (await signIn(baseUrl, users.admin, users.password)).cookie;
    const provinceCookie = (await signIn(baseUrl, users.province, users.password)).cookie;
    return {
      baseUrl,
      adminCookie,
      provinceCookie,
      // GETs need no CSRF token: the session cookie is enough.
      async get(path, cookie) {
        const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
        return { status: response.status, body: await response.text() };
      },
      signIn: (username, password) => signIn(baseUrl, username, password),
      close: () => app.close(),
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}
