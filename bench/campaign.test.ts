import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessReport, EMPTY_ANSWERS } from '../common/campaigns/report-content.ts';
import { dataElementsOf, templateDefinitionSchema, valueKeysOf } from '../common/contracts/templates.ts';
import type { Database } from '../server/db/client.ts';
import { openTestDatabase } from '../server/test/harness.ts';
import { startApi, type RunningApi } from './api.ts';
import {
  countProblems,
  differingKeys,
  expectedTotals,
  planRush,
  rushCampaign,
  rushDefinition,
  rushValues,
  RUSH_VARIANTS,
  variantOf,
  type RushedCampaign,
  type RushVerification,
} from './campaign.ts';
import { describeGoal, judge, type ScenarioContext } from './context.ts';
import { generateNation, type Dataset, type Scale } from './generate.ts';
import { requestInit } from './load.ts';
import { cpuMsOfStat, statementLabel } from './monitor.ts';
import { pickBoardUnits } from './scenarios/board.ts';

const TINY: Scale = { provinces: 2, communes: 6, schools: 40, users: 30 };

describe('the rush template and figures', () => {
  const definition = templateDefinitionSchema.parse(rushDefinition());

  it('is a valid template of exactly 150 value keys', () => {
    const keys = dataElementsOf(definition).flatMap(valueKeysOf);
    expect(keys).toHaveLength(150);
    expect(new Set(keys).size).toBe(150);
    expect(definition.rules.length).toBeGreaterThanOrEqual(2);
  });

  it('gives every variant 150 whole figures that pass every rule, so each submission is accepted', () => {
    for (let v = 0; v < RUSH_VARIANTS; v += 1) {
      const values = rushValues(v);
      expect(Object.keys(values)).toHaveLength(150);
      expect(Object.values(values).every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
      expect(values['e01.female']! + values['e01.male']!).toBe(values['e01.total']);
      expect(assessReport(definition, values, EMPTY_ANSWERS).canSubmit, `variant ${v}`).toBe(true);
    }
  });

  it('spreads the schools over every variant', () => {
    const used = new Set(Array.from({ length: 5000 }, (_, i) => variantOf(i + 1)));
    expect(used.size).toBe(RUSH_VARIANTS);
    expect([...used].every((v) => v >= 0 && v < RUSH_VARIANTS)).toBe(true);
  });
});

describe('expected totals and their comparison', () => {
  const school = (unitId: number, variant: number, ancestors: number[]) => ({ unitId, code: `S${unitId}`, provinceId: ancestors[1]!, variant, ancestors });

  it('adds what each school sent to every unit above it, counting the schools', () => {
    const totals = expectedTotals([school(10, 0, [1, 2, 5]), school(11, 3, [1, 2, 5]), school(12, 3, [1, 2])], 2);
    const [a, b] = [rushValues(0, 2), rushValues(3, 2)];
    expect(totals.get(5)!['e01.total']).toEqual({ sum: a['e01.total']! + b['e01.total']!, reportingUnits: 2 });
    expect(totals.get(1)!['e02.female']).toEqual({ sum: a['e02.female']! + 2 * b['e02.female']!, reportingUnits: 3 });
    expect(totals.get(2)).toEqual(totals.get(1));
    expect(totals.has(10)).toBe(false);
  });

  it('finds cells that differ in sum or count, and keys missing on either side', () => {
    const base = { x: { sum: 3, reportingUnits: 2 }, y: { sum: 1, reportingUnits: 1 } };
    expect(differingKeys(base, { ...base })).toEqual([]);
    expect(differingKeys(base, { ...base, x: { sum: 3, reportingUnits: 1 } })).toEqual(['x']);
    expect(differingKeys(base, { x: base.x })).toEqual(['y']);
    expect(differingKeys({}, { z: { sum: 0, reportingUnits: 1 } })).toEqual(['z']);
  });

  it('counts as problems what must be zero after a rush', () => {
    const clean: Omit<RushVerification, 'problems'> = {
      reports: 10,
      submitted: 10,
      unsubmitted: 0,
      acknowledged: 10,
      valueKeys: 1500,
      expectedValueKeys: 1500,
      reportsWithWrongKeyCount: 0,
      reportsWithWrongFigures: 0,
      snapshots: 10,
      reportsWithSnapshots: 10,
      extraSnapshots: 0,
      submitAudits: 10,
      distinctSubmitAudits: 10,
      rollups: { units: 4, checked: 4, liveVsRecomputed: 0, liveVsSent: 0, factsVsRecount: 0, examples: [], elapsedMs: 1 },
    };
    expect(countProblems(clean)).toBe(0);
    // A rush stopped by its time limit leaves reports unsubmitted, which is no problem when none was acknowledged.
    expect(countProblems({ ...clean, reports: 12, unsubmitted: 2 })).toBe(0);
    expect(countProblems({ ...clean, snapshots: 11, extraSnapshots: 1 })).toBe(2);
    expect(countProblems({ ...clean, submitted: 9, submitAudits: 9, distinctSubmitAudits: 9, snapshots: 9 })).toBe(1);
    expect(countProblems({ ...clean, valueKeys: 1499, reportsWithWrongKeyCount: 1 })).toBe(2);
    expect(countProblems({ ...clean, rollups: { ...clean.rollups, liveVsRecomputed: 1, liveVsSent: 1, factsVsRecount: 1 } })).toBe(3);
  });
});

describe('goals', () => {
  it('judges a throughput against a lower bound and a latency by its p99', () => {
    const base = { scenario: 's', label: 'l', database: 'postgres' as const };
    const rate = { ...base, unit: '/s' as const, goal: { metric: 'value' as const, limit: 300, unit: '/s' as const, bound: 'at-least' as const } };
    expect(judge({ ...rate, value: 299 })).toMatchObject({ measured: 299, pass: false });
    expect(judge({ ...rate, value: 300 })).toMatchObject({ measured: 300, pass: true });
    const stats = { n: 3, min: 1, mean: 2, p50: 2, p95: 3, p99: 300, max: 301 };
    expect(judge({ ...base, unit: 'ms', stats, goal: { metric: 'p99', limit: 250, unit: 'ms' } })).toMatchObject({ measured: 300, pass: false });
    expect(judge({ ...base, unit: 'ms', stats, goal: { metric: 'p95', limit: 250, unit: 'ms' } })).toMatchObject({ measured: 3, pass: true });
  });

  it('describes lower bounds, counts and the existing kinds', () => {
    expect(describeGoal({ metric: 'value', limit: 300, unit: '/s', bound: 'at-least' })).toBe('≥ 300 /s');
    expect(describeGoal({ metric: 'p99', limit: 250, unit: 'ms' })).toBe('p99 ≤ 250 ms');
    expect(describeGoal({ metric: 'value', limit: 0, unit: 'count' })).toBe('none');
    expect(describeGoal({ metric: 'max', limit: 15_000, unit: 'ms' })).toBe('max ≤ 15 s');
    expect(describeGoal({ metric: 'value', limit: 200, unit: 'KB' })).toBe('≤ 200 KB');
  });
});

describe('the load worker’s requests', () => {
  const write = {
    method: 'PUT' as const,
    bodies: ['{"a":1}', '{"b":2}'],
    bodyOf: [1, 0],
    sessions: [
      { cookie: 'bd_session=one', csrfToken: 't1' },
      { cookie: 'bd_session=two', csrfToken: 't2' },
    ],
    sessionOf: [0, 1],
  };

  it('sends each write with its own body, cookie and CSRF token', () => {
    expect(requestInit({ cookie: 'bd_session=admin', write }, 1)).toEqual({
      method: 'PUT',
      headers: { cookie: 'bd_session=two', 'x-csrf-token': 't2', 'content-type': 'application/json' },
      body: '{"a":1}',
    });
  });

  it('warms up with GETs and the common cookie, and GETs when there is nothing to write', () => {
    expect(requestInit({ cookie: 'bd_session=admin', write }, -1)).toEqual({ headers: { cookie: 'bd_session=admin' } });
    expect(requestInit({ cookie: 'bd_session=admin' }, 0)).toEqual({ headers: { cookie: 'bd_session=admin' } });
  });
});

describe('the monitor’s parsing', () => {
  it('reads user and system CPU time from a /proc stat line, whatever the command name', () => {
    const line = '2185 (postgres: bench (x)) S 1 2185 2185 0 -1 4194304 4050 29311 0 0 150 50 82 18 20 0 1 0 4146';
    expect(cpuMsOfStat(line, 100)).toBe(2000);
  });

  it('names a statement by its verb and table', () => {
    expect(statementLabel('insert into campaign_rollups (campaign_id) select 1\n on conflict (x) do update set totals = 1')).toBe('insert campaign_rollups on conflict');
    expect(statementLabel('select r.id from campaign_reports r join units u on u.id = r.unit_id where r.id = $1 for update of r')).toBe('select campaign_reports for update');
    expect(statementLabel('update "campaign_reports" set "state" = $1')).toBe('update campaign_reports');
    expect(statementLabel('COMMIT')).toBe('commit');
  });
});

describe('the rush on a tiny nation (PGlite)', () => {
  let database: Database & { dispose(): Promise<void> };
  let dataset: Dataset;
  let api: RunningApi;
  let rush: RushedCampaign;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    dataset = await generateNation(database, TINY);
    api = await startApi(database, { admin: dataset.admin.username, province: dataset.provinceAdmin.username, password: dataset.password });
    const context: ScenarioContext = {
      driver: 'pglite',
      quick: true,
      repoRoot: '.',
      log: () => undefined,
      nation: async () => ({ database, dataset, postgresUrl: null }),
      api: async () => api,
      campaign: () => Promise.reject(new Error('not here')),
      emptyPostgres: () => Promise.reject(new Error('not here')),
    };
    rush = await rushCampaign(context, { concurrency: 4 });
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await database?.dispose();
  });

  it('plans every school once, with its province', () => {
    const plan = planRush(dataset);
    expect(plan.map((s) => s.unitId).sort((a, b) => a - b)).toEqual([...dataset.byLevel[3]].sort((a, b) => a - b));
    for (const s of plan) expect(dataset.unitsById.get(s.unitId)!.provinceId).toBe(s.provinceId);
    expect(planRush(dataset)).toEqual(plan);
  });

  it('submits every school through the API and proves every value and rollup right', () => {
    expect(rush.load.failures).toEqual([]);
    expect(rush.load.statuses.every((s) => s === 200)).toBe(true);
    expect(rush.expectedReports).toBe(TINY.schools);
    const v = rush.verification;
    expect(v).toMatchObject({ reports: TINY.schools, submitted: TINY.schools, unsubmitted: 0, valueKeys: TINY.schools * 150, snapshots: TINY.schools, extraSnapshots: 0, problems: 0 });
    expect(v.rollups).toMatchObject({ units: 1 + TINY.provinces + TINY.communes, checked: 1 + TINY.provinces + TINY.communes, liveVsRecomputed: 0, liveVsSent: 0, factsVsRecount: 0 });
    expect(rush.officers.size).toBe(TINY.provinces);
  });

  it('picks the province closest to the target size and its largest commune', () => {
    const { province, commune, schools } = pickBoardUnits(dataset, 1);
    const sizes = dataset.byLevel[1].map((id) => schools.get(id) ?? 0);
    expect(Math.abs((schools.get(province) ?? 0) - 1)).toBe(Math.min(...sizes.map((n) => Math.abs(n - 1))));
    expect(dataset.unitsById.get(commune)!.parentId).toBe(province);
  });
});
