/**
 * Runs the HTTP server: opens the database, migrates, seeds the demo on an empty
 * database, listens, and closes everything in order on SIGINT/SIGTERM.
 */
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { prepareDatabase } from './db/prepare.ts';
import { resolveFileSigningSecret } from './lib/file-signing.ts';
import { isDatabaseEmpty, seedDemo } from './db/seed/demo.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './db/seed/demo-data.ts';
import { deleteExpiredSessions } from './modules/auth/auth.repo.ts';

export async function startServer(config: Config, log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {
  const started = performance.now();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await prepareDatabase(database);
  let seeded = false;
  if (config.seedDemo && (await isDatabaseEmpty(database))) {
    log('Đang tạo dữ liệu demo…');
    await seedDemo(database, (step) => log(`  · ${step}`));
    seeded = true;
  }
  const fileSigningSecret = resolveFileSigningSecret(config, log);
  const app = await buildApp({ config: { ...config, fileSigningSecret }, database });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

  // Expired sessions are deleted hourly; nothing else runs in the background.
  const sweeper = setInterval(() => void deleteExpiredSessions(database.db).catch(() => undefined), 3600_000);
  sweeper.unref();

  log('');
  log(`BinhDang đang chạy tại ${url}  (${Math.round(performance.now() - started)} ms)`);
  log(`Cơ sở dữ liệu: ${database.driver === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL (DATABASE_URL)'}${seeded ? ' — đã tạo dữ liệu demo' : ''}`);
  if (config.seedDemo) {
    log('');
    log(`Tài khoản demo (mật khẩu chung: ${DEMO_PASSWORD})`);
    for (const user of DEMO_USERS) log(`  ${user.username.padEnd(20)} ${user.roles.map((r) => `${r.role} @ ${r.unit}`).join(', ')}`);
  }
  log('');

  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await app.close();
    await database.close();
    clearInterval(sweeper);
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));
  return { app, database, url };
}
