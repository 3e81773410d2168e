/**
 * Browser tests (e2e/) in the system's Chromium against a real server on port 3100,
 * started fresh for each run on its own empty database (demo data seeded), so a run
 * never depends on what a previous one left behind.
 */
import { defineConfig } from '@playwright/test';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = import.meta.dirname;
// E2E_PORT lets two runs (say, a developer's and CI's) share a machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// The config is loaded again in each worker: the folder chosen by the first load travels in the environment.
process.env.BINHDANG_E2E_DATA_DIR ??= path.join(os.tmpdir(), `binhdang-e2e-${Date.now()}`);
const dataDir = process.env.BINHDANG_E2E_DATA_DIR;
if (!process.env.TEST_WORKER_INDEX) rmSync(dataDir, { recursive: true, force: true });

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  globalTeardown: './e2e/support/teardown.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // No animations: axe judges a drawer's contrast only once it is fully drawn, not mid-fade.
    contextOptions: { reducedMotion: 'reduce' },
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // `node` must be Node 24 (it runs the .ts files): node_modules/.bin comes first on the PATH.
    command: 'node scripts/build-web.ts --if-stale && node cli/main.ts serve',
    cwd: root,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      // Always the embedded database in a fresh folder, even when DATABASE_URL is set for the
      // PostgreSQL suite (CI): the browser tests must not write into a shared database.
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      // The tests sign in far more often per minute than a person; the limit itself is tested in server/.
      LOGIN_RATE_PER_MINUTE: '200',
    },
  },
});
