/**
 * Scenario "roster-stats": the figures computed from the staff rosters (issue 4) for a
 * province's subtree of about 100,000 people and for the nation (about 1.7 million), as
 * of one day — GET /api/roster/statistics?unitId=&asOf= as the system admin, one request
 * at a time. Floor: roster.repo computeSubtreeStatistics, the one SQL query, run directly.
 */
import { computeSubtreeStatistics } from '../../server/modules/roster/roster.repo.ts';
import type { Measurement, Scenario } from '../context.ts';
import { httpLoad } from '../load.ts';
import { timeLoop } from '../measure.ts';
import { generateRosters, STATISTICS_AS_OF } from '../roster.ts';
import { summarize } from '../stats.ts';

const PROVINCE_PEOPLE = 100_000;

export const rosterStatsScenario: Scenario = {
  name: 'roster-stats',
  title: 'figures computed from the rosters: a province of ~100,000 people and the nation (GET /api/roster/statistics)',
  perDatabase: true,
  async run(context) {
    const { database, dataset } = await context.nation();
    const api = await context.api();
    const generation = await generateRosters(database, dataset, context.log);
    context.log(`rosters · ${generation.versions.toLocaleString('en-US')} periods of people written in ${(generation.elapsedMs / 1000).toFixed(1)} s`);
    const distance = (id: number) => Math.abs((generation.peopleBelow.get(id) ?? 0) - PROVINCE_PEOPLE);
    const province = dataset.byLevel[1].reduce((best, id) => (distance(id) < distance(best) ? id : best));
    const nation = dataset.byLevel[0][0]!;
    const results: Measurement[] = [];
    for (const [what, unitId, count, limit] of [
      ['province', province, context.quick ? 20 : 60, 200],
      ['nation', nation, context.quick ? 5 : 12, 2000],
    ] as const) {
      const unit = dataset.unitsById.get(unitId)!;
      const path = `/api/roster/statistics?unitId=${unitId}&asOf=${STATISTICS_AS_OF}`;
      const sample = await api.get(path, api.adminCookie);
      if (sample.status !== 200) throw new Error(`statistics of ${unit.code}: ${sample.status} ${sample.body.slice(0, 300)}`);
      const figures = JSON.parse(sample.body) as { figures: { code: string; all: { total: number } }[]; unitsWithRoster: number };
      const staff = figures.figures.find((f) => f.code === 'staff')!.all.total;
      context.log(`roster-stats · ${what} ${unit.code} (${staff.toLocaleString('en-US')} people on ${STATISTICS_AS_OF}): ${count} requests, 1 at a time`);
      const http = await httpLoad({ baseUrl: api.baseUrl, cookie: api.adminCookie, paths: Array.from({ length: count }, () => path), warmupPaths: [path], concurrency: 1, maxMs: 180_000 });
      const floor = await timeLoop(() => computeSubtreeStatistics(database.db, unit.path, STATISTICS_AS_OF), { count, warmup: 1, concurrency: 1, maxMs: 120_000 });
      const unexpected = http.failures.map((f) => `${f.status} ${f.body.slice(0, 160)}`);
      results.push({
        scenario: 'roster-stats',
        label: `${what} ${unit.code}: ${staff.toLocaleString('en-US')} people on ${STATISTICS_AS_OF} (${(generation.peopleBelow.get(unitId) ?? 0).toLocaleString('en-US')} periods), system admin, 1 at a time`,
        database: context.driver!,
        unit: 'ms',
        stats: summarize(http.samples),
        floor: summarize(floor.samples),
        goal: { metric: 'p95', limit, unit: 'ms' },
        ...(unexpected.length > 0 ? { error: `unexpected answers: ${unexpected.join('; ')}` } : {}),
        details: { unit: unit.code, people: staff, periods: generation.peopleBelow.get(unitId), unitsWithRoster: figures.unitsWithRoster, versionsWritten: generation.versions, generationMs: Math.round(generation.elapsedMs) },
      });
    }
    return results;
  },
};
