/**
 * Scenario "rollup-read": reading any unit's subtree totals after the national rush —
 * GET /api/campaigns/:id/rollup?unitId= for the Ministry, provinces, communes and schools,
 * one request at a time, as the system admin (the live rollup: a unit's stripes summed).
 * Floor, per level: the bare SQL aggregation over the leaves (rollups.repo recomputeTotals
 * for the same units), which is what a page would cost without live rollups.
 */
import { countedStates } from '../../common/campaigns/rollup.ts';
import { recomputeRollup } from '../../server/modules/campaigns/rollups.service.ts';
import type { Measurement, Scenario } from '../context.ts';
import { createRandom, LEVEL_NAMES, type Level } from '../generate.ts';
import { httpLoad } from '../load.ts';
import { timeLoop } from '../measure.ts';
import { summarize } from '../stats.ts';

export const rollupReadScenario: Scenario = {
  name: 'rollup-read',
  title: 'any unit’s subtree rollup after the rush (GET /api/campaigns/:id/rollup?unitId=)',
  perDatabase: true,
  async run(context) {
    const rush = await context.campaign();
    const { database, dataset } = await context.nation();
    const api = await context.api();
    const count = context.quick ? 60 : 300;
    const warmup = context.quick ? 10 : 30;
    const floorMaxMs = context.quick ? 10_000 : 30_000;
    const random = createRandom(31);
    const states = countedStates('submitted');
    const results: Measurement[] = [];

    for (const level of [0, 1, 2, 3] as Level[]) {
      const ids = dataset.byLevel[level];
      const targets = Array.from({ length: count + warmup }, () => random.pick(ids));
      const paths = targets.map((id) => `/api/campaigns/${rush.campaignId}/rollup?unitId=${id}`);
      context.log(`rollup-read · ${LEVEL_NAMES[level]}: ${count} requests, 1 at a time`);
      const http = await httpLoad({ baseUrl: api.baseUrl, cookie: api.adminCookie, paths: paths.slice(0, count), warmupPaths: paths.slice(count), concurrency: 1, maxMs: 120_000 });
      // The recomputation over a whole nation takes seconds: bounded by time, a few samples are enough.
      const floor = await timeLoop(async (i) => recomputeRollup(database.db, rush.campaignId, dataset.unitsById.get(targets[i < 0 ? count - 1 - i : i]!)!.path, states), {
        count,
        warmup: level === 0 ? 1 : Math.min(warmup, 5),
        concurrency: 1,
        maxMs: floorMaxMs,
      });
      const unexpected = http.failures.map((f) => `unit ${targets[f.index]}: ${f.status}`);
      const schoolsBelow = (id: number) => dataset.byLevel[3].filter((s) => dataset.unitsById.get(s)!.path.startsWith(`${dataset.unitsById.get(id)!.path}.`)).length;
      results.push({
        scenario: 'rollup-read',
        label: `${LEVEL_NAMES[level]}${level === 0 ? ' (the nation)' : ''}, system admin, 1 at a time`,
        database: context.driver!,
        unit: 'ms',
        stats: summarize(http.samples),
        floor: summarize(floor.samples),
        goal: { metric: 'p95', limit: 50, unit: 'ms' },
        ...(unexpected.length > 0 ? { error: `unexpected answers: ${unexpected.join('; ')}` } : {}),
        details: {
          level: LEVEL_NAMES[level],
          units: ids.length,
          schoolsBelowFirstTarget: level === 3 ? 0 : schoolsBelow(targets[0]!),
          stoppedEarly: http.stoppedEarly,
          floorSamples: floor.samples.length,
          floorStoppedEarly: floor.stoppedEarly,
          floorOverHttpP50: Math.round((summarize(floor.samples).p50 / summarize(http.samples).p50) * 10) / 10,
        },
      });
    }
    return results;
  },
};
