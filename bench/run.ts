/**
 * `npm run bench` — the benchmark harness. For each database (PGlite, PostgreSQL) it
 * creates a fresh database, generates the synthetic nation (bench/generate.ts), runs the
 * scenarios of bench/scenarios/ against it, then removes it; prints one table and writes
 * bench/results/<timestamp>.json with every figure and the machine it ran on.
 *
 *   node bench/run.ts [--quick] [--only children,search] [--db pglite|postgres|both]
 *
 * PostgreSQL: the server in DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres;
 * the harness creates (and drops) its own database there, named binhdang_bench_<pid>_<random>.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from '../server/db/client.ts';
import { hashPassword } from '../server/lib/passwords.ts';
import { startApi, type RunningApi } from './api.ts';
import { rushCampaign, type RushedCampaign } from './campaign.ts';
import { describeGoal, judge, type DriverName, type Measurement, type ScenarioContext } from './context.ts';
import { cleanup, createPostgresDatabase, DEFAULT_POSTGRES_URL, openBenchDatabase, postgresVersion, type BenchDatabase } from './databases.ts';
import { BENCH_PASSWORD, FULL_SCALE, generateNation, QUICK_SCALE, type Dataset } from './generate.ts';
import { formatMs } from './measure.ts';
import { SCENARIOS } from './scenarios/index.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

const HELP = `npm run bench [-- options]      (node bench/run.ts [options])

  --quick                 a tenth of the data and of the iterations (smoke run, ~6–8 min)
  --only NAMES            run only these scenarios (comma-separated): ${SCENARIOS.map((s) => s.name).join(', ')}
  --db pglite|postgres|both   which databases (default both)
  --help                  this text

PostgreSQL server: DATABASE_URL if set, else ${DEFAULT_POSTGRES_URL}.
Results: a table on stdout and bench/results/<timestamp>.json.
`;

interface Options {
  quick: boolean;
  only: string[] | null;
  drivers: DriverName[];
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      db: { type: 'string', default: 'both' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const only = values.only ? values.only.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean) : null;
  const unknown = (only ?? []).filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  const db = values.db;
  if (db !== 'pglite' && db !== 'postgres' && db !== 'both') throw new Error(`--db must be pglite, postgres or both, not ${db}`);
  return { quick: values.quick, only, drivers: db === 'both' ? ['pglite', 'postgres'] : [db] };
}

const startedAt = performance.now();
function log(message: string) {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[${seconds}s] ${message}\n`);
}

function gitRevision(): string | null {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' });
  if (head.status !== 0) return null;
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim().length > 0;
  return `${head.stdout.trim()}${dirty ? '+changes' : ''}`;
}

function formatMeasured(value: number, unit: Measurement['unit']): string {
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === '/s') return `${value.toFixed(value < 100 ? 1 : 0)} /s`;
  if (unit === 'count') return value.toLocaleString('en-US');
  return `${formatMs(value)} ms`;
}

function printTable(results: Measurement[]) {
  const header = ['scenario', 'database', 'what', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'SQL floor p95', 'goal', 'measured', 'result'];
  const rows = results.map((r) => {
    const s = r.stats;
    const verdict = r.skipped ? `skipped: ${r.skipped}` : r.error ? `ERROR: ${r.error}` : r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL';
    const measured = r.measured === undefined ? '' : formatMeasured(r.measured, r.unit);
    return [
      r.scenario,
      r.database,
      r.label,
      s ? String(s.n) : r.details && typeof r.details.files === 'number' ? `${r.details.files} files` : '',
      formatMs(s?.p50),
      formatMs(s?.p95),
      formatMs(s?.p99),
      formatMs(s?.max),
      formatMs(r.floor?.p95),
      describeGoal(r.goal),
      measured,
      verdict,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const numeric = new Set([3, 4, 5, 6, 7, 8, 10]);
  const line = (cells: string[]) => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  process.stdout.write('\n');
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    process.stdout.write(HELP);
    return 0;
  }
  const serverUrl = process.env.DATABASE_URL || DEFAULT_POSTGRES_URL;
  // Other work on the machine skews every figure: the load average is kept with them.
  const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const selected = SCENARIOS.filter((s) => !options.only || options.only.includes(s.name));
  const scale = options.quick ? QUICK_SCALE : FULL_SCALE;
  const results: Measurement[] = [];
  const datasets: Partial<Record<DriverName, { counts: Dataset['counts']; generationMs: number; serverVersion: string }>> = {};
  let passwordHash: Promise<string> | undefined;

  const runScenario = async (scenario: (typeof SCENARIOS)[number], context: ScenarioContext) => {
    log(`${context.driver ?? 'no database'} · ${scenario.name}: ${scenario.title}`);
    try {
      results.push(...(await scenario.run(context)).map(judge));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`${scenario.name} failed: ${message}`);
      results.push({ scenario: scenario.name, label: scenario.title, database: context.driver ?? '-', unit: 'ms', error: message });
    }
  };

  for (const driver of options.drivers) {
    const perDatabase = selected.filter((s) => s.perDatabase);
    if (perDatabase.length === 0) continue;
    if (driver === 'postgres') {
      try {
        await postgresVersion(serverUrl);
      } catch (error) {
        const message = `PostgreSQL not reachable at ${new URL(serverUrl).host}: ${error instanceof Error ? error.message : String(error)}`;
        log(message);
        for (const scenario of perDatabase) results.push({ scenario: scenario.name, label: scenario.title, database: driver, unit: 'ms', error: message });
        continue;
      }
    }
    let bench: BenchDatabase | undefined;
    let nation: Promise<{ database: Database; dataset: Dataset; postgresUrl: string | null }> | undefined;
    let api: Promise<RunningApi> | undefined;
    let campaign: Promise<RushedCampaign> | undefined;
    const context: ScenarioContext = {
      driver,
      quick: options.quick,
      repoRoot,
      log,
      nation: () =>
        (nation ??= (async () => {
          log(`${driver} · creating an empty database and generating the nation (${scale.communes.toLocaleString('en-US')} communes, ${scale.schools.toLocaleString('en-US')} schools, ${scale.users.toLocaleString('en-US')} users)`);
          bench = await openBenchDatabase(driver, serverUrl);
          passwordHash ??= hashPassword(BENCH_PASSWORD);
          const dataset = await generateNation(bench.database, scale, { passwordHash: await passwordHash, onProgress: (m) => log(`${driver} · ${m}`) });
          const [version] = await bench.database.query<{ version: string }>(`select current_setting('server_version') as version`);
          datasets[driver] = { counts: dataset.counts, generationMs: Math.round(dataset.elapsedMs), serverVersion: version!.version };
          log(`${driver} · generated ${dataset.counts.units.toLocaleString('en-US')} units and ${dataset.counts.users.toLocaleString('en-US')} users in ${(dataset.elapsedMs / 1000).toFixed(1)} s`);
          return { database: bench.database, dataset, postgresUrl: bench.url };
        })()),
      api: () =>
        (api ??= (async () => {
          const { database, dataset } = await context.nation();
          return startApi(database, { admin: dataset.admin.username, province: dataset.provinceAdmin.username, password: dataset.password });
        })()),
      campaign: () => (campaign ??= rushCampaign(context)),
      emptyPostgres: () => createPostgresDatabase(serverUrl),
    };
    try {
      for (const scenario of perDatabase) await runScenario(scenario, context);
    } finally {
      if (api) await (await api.catch(() => undefined))?.close();
      await bench?.dispose();
    }
  }

  const global: ScenarioContext = {
    driver: null,
    quick: options.quick,
    repoRoot,
    log,
    nation: () => Promise.reject(new Error('this scenario runs without a database')),
    api: () => Promise.reject(new Error('this scenario runs without a database')),
    campaign: () => Promise.reject(new Error('this scenario runs without a database')),
    emptyPostgres: () => createPostgresDatabase(serverUrl),
  };
  for (const scenario of selected.filter((s) => !s.perDatabase)) await runScenario(scenario, global);

  printTable(results);

  const pgliteVersion = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version as string;
  const postgres = options.drivers.includes('postgres') ? await postgresVersion(serverUrl).catch(() => null) : null;
  const cpus = os.cpus();
  const report = {
    startedAt: new Date(Date.now() - (performance.now() - startedAt)).toISOString(),
    durationSeconds: Math.round((performance.now() - startedAt) / 100) / 10,
    options: { quick: options.quick, only: options.only, databases: options.drivers },
    revision: gitRevision(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? null,
      memoryGB: Math.round(os.totalmem() / 1024 ** 3),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      node: process.version,
      pglite: `${pgliteVersion}${datasets.pglite ? ` (PostgreSQL ${datasets.pglite.serverVersion})` : ''}`,
      postgres,
      loadAverage: { atStart: loadAtStart, atEnd: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    },
    scale,
    datasets,
    scenarios: selected.map((s) => ({ name: s.name, title: s.title })),
    results,
  };
  const directory = path.join(repoRoot, 'bench/results');
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  const failed = results.filter((r) => r.pass === false).length;
  const errors = results.filter((r) => r.error).length;
  process.stdout.write(`${results.length} results, ${failed} goal(s) missed, ${errors} error(s); ${report.durationSeconds} s. Figures: ${path.relative(process.cwd(), file)}\n`);
  return errors > 0 ? 1 : 0;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`\n${signal}: removing the benchmark databases…\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await cleanup();
    process.exit(1);
  });
