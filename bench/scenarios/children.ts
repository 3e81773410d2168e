/**
 * Scenario "children": opening one level of the tree, as the units page does —
 * GET /api/units/:id/children for units of every level (the Ministry, provinces, communes,
 * schools), through HTTP, session, policy and serialisation; one request at a time, then
 * 8 in flight. Floor: the same children query (units.repo listChildren) run directly.
 */
import { listChildren } from '../../server/modules/units/units.repo.ts';
import { todayInVietnam } from '../../common/text/format.ts';
import type { Measurement, Scenario } from '../context.ts';
import { LEVEL_NAMES } from '../generate.ts';
import { httpLoad } from '../load.ts';
import { timeLoop } from '../measure.ts';
import { summarize, summarizeBy } from '../stats.ts';
import { pickTargets, type Who } from '../targets.ts';

const CONCURRENCY = [1, 8];

export const childrenScenario: Scenario = {
  name: 'children',
  title: 'children of any unit through the HTTP API (GET /api/units/:id/children)',
  perDatabase: true,
  async run(context) {
    const { database, dataset } = await context.nation();
    const api = await context.api();
    const count = context.quick ? 300 : 2000;
    const warmup = context.quick ? 50 : 200;
    const today = todayInVietnam();
    const results: Measurement[] = [];

    for (const who of ['admin', 'province'] as Who[]) {
      const targets = pickTargets(dataset, who, count + warmup, { outsideShare: 0.1, seed: who === 'admin' ? 11 : 12 });
      const measured = targets.slice(0, count);
      const paths = targets.map((t) => `/api/units/${t.id}/children`);
      const floor = await timeLoop(async (i) => listChildren(database.db, targets[i < 0 ? count - 1 - i : i]!.id, today, false), {
        count,
        warmup: 50,
        concurrency: 1,
        maxMs: 60_000,
      });
      for (const concurrency of CONCURRENCY) {
        context.log(`children · ${who}: ${count} requests, ${concurrency} in flight`);
        const http = await httpLoad({
          baseUrl: api.baseUrl,
          cookie: who === 'admin' ? api.adminCookie : api.provinceCookie,
          paths: paths.slice(0, count),
          warmupPaths: paths.slice(count),
          concurrency,
          maxMs: 180_000,
        });
        const unexpected = measured
          .map((t, i) => ({ t, status: http.statuses[i]! }))
          .filter(({ t, status }) => status !== 0 && status !== (t.inside ? 200 : 404))
          .slice(0, 5)
          .map(({ t, status }) => `unit ${t.id}: ${status} (expected ${t.inside ? 200 : 404})`);
        results.push({
          scenario: 'children',
          label: `${who === 'admin' ? 'system admin' : 'province admin, 10% outside (404)'}, ${concurrency === 1 ? '1 at a time' : `${concurrency} in flight`}`,
          database: context.driver!,
          unit: 'ms',
          stats: summarize(http.samples),
          floor: summarize(floor.samples),
          goal: { metric: 'p95', limit: 20, unit: 'ms' },
          ...(unexpected.length > 0 ? { error: `unexpected answers: ${unexpected.join('; ')}` } : {}),
          details: {
            concurrency,
            throughputPerSecond: Math.round(http.throughput),
            stoppedEarly: http.stoppedEarly,
            byLevel: summarizeBy(http.samples, http.indexes.map((i) => LEVEL_NAMES[measured[i]!.level])),
            floorByLevel: summarizeBy(floor.samples, floor.indexes.map((i) => LEVEL_NAMES[measured[i]!.level])),
            childrenPerAnswer: summarize(http.counts.filter((c): c is number => c !== null)),
          },
        });
      }
    }
    return results;
  },
};
