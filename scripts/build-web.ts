/**
 * Builds the web app with Vite. With --if-stale it does nothing when web/dist is newer
 * than every source it is built from, so `npm start` costs nothing on the second run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const output = path.join(root, 'web/dist/index.html');
const sources = ['web/src', 'web/index.html', 'web/public', 'vite.config.ts', 'common', 'package-lock.json'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const ifStale = process.argv.includes('--if-stale');
if (ifStale && existsSync(output)) {
  const built = statSync(output).mtimeMs;
  const newestSource = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  if (built >= newestSource) process.exit(0);
}
if (!existsSync(path.join(root, 'web/index.html'))) process.exit(0);
process.stderr.write('Đang dựng giao diện web (vite build)…\n');
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
