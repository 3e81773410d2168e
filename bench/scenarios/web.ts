/**
 * Scenario "web": what a browser must download before the sign-in page and the app
 * shell can run — the entry script, the modules it preloads and the stylesheets named in
 * web/dist/index.html — each gzipped at level 9, summed. Lazily loaded chunks (charts,
 * other pages) are not counted. Builds web/dist first if it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement, Scenario } from '../context.ts';

interface Asset {
  file: string;
  kind: 'entry' | 'modulepreload' | 'stylesheet';
  bytes: number;
  gzipBytes: number;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined);
}

/** The files index.html makes the browser fetch before the app runs. */
export function criticalAssets(html: string): { file: string; kind: Asset['kind'] }[] {
  const found: { file: string; kind: Asset['kind'] }[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && attribute(tag, 'type') === 'module') found.push({ file: src, kind: 'entry' });
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase();
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') found.push({ file: href, kind: 'modulepreload' });
    if (rel === 'stylesheet') found.push({ file: href, kind: 'stylesheet' });
  }
  return found.filter((a) => !/^(https?:)?\/\//.test(a.file));
}

export const webScenario: Scenario = {
  name: 'web',
  title: 'web bundle for the sign-in page and the app shell (JS + CSS, gzip -9)',
  perDatabase: false,
  async run(context) {
    const base: Measurement = { scenario: 'web', label: 'entry + modulepreload + stylesheets', database: '-', unit: 'KB', goal: { metric: 'value', limit: 200, unit: 'KB' } };
    const dist = path.join(context.repoRoot, 'web/dist');
    const index = path.join(dist, 'index.html');
    if (!existsSync(index)) {
      if (!existsSync(path.join(context.repoRoot, 'web/index.html'))) return [{ ...base, skipped: 'web not built (no web/index.html yet)' }];
      context.log('web · building web/dist (node scripts/build-web.ts)');
      const build = spawnSync(process.execPath, ['scripts/build-web.ts'], { cwd: context.repoRoot, stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
      if (build.status !== 0 || !existsSync(index)) return [{ ...base, error: `web build failed (exit ${build.status ?? build.signal})` }];
    }
    const assets: Asset[] = [];
    const missing: string[] = [];
    for (const { file, kind } of criticalAssets(readFileSync(index, 'utf8'))) {
      const local = path.join(dist, decodeURIComponent(file.split(/[?#]/)[0]!.replace(/^\.?\//, '')));
      if (!existsSync(local)) {
        missing.push(file);
        continue;
      }
      const content = readFileSync(local);
      assets.push({ file, kind, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
    }
    if (assets.length === 0) return [{ ...base, error: 'index.html names no module script or stylesheet' }];
    const total = assets.reduce((sum, a) => sum + a.gzipBytes, 0) / 1024;
    return [
      {
        ...base,
        value: Math.round(total * 10) / 10,
        details: { files: assets.length, rawKB: Math.round(assets.reduce((s, a) => s + a.bytes, 0) / 102.4) / 10, assets, missing },
        ...(missing.length > 0 ? { error: `index.html names missing files: ${missing.join(', ')}` } : {}),
      },
    ];
  },
};
