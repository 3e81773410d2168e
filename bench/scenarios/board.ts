/**
 * Scenario "board": a province's status board after the national rush — GET
 * /api/campaigns/:id/board?unitId= for the province whose subtree holds the number of
 * schools closest to 2,000, and for comparison the board of its largest commune, one request
 * at a time, as that province's officer. Floor: the board's three queries (campaigns.repo
 * listChildrenWithReports and listReportsOfUnits, the live completeness counts of
 * rollups.service readFactGroups) run directly.
 */
import { listChildrenWithReports, listReportsOfUnits } from '../../server/modules/campaigns/campaigns.repo.ts';
import { readFactGroups } from '../../server/modules/campaigns/rollups.service.ts';
import type { Measurement, Scenario } from '../context.ts';
import type { Dataset } from '../generate.ts';
import { httpLoad } from '../load.ts';
import { timeLoop } from '../measure.ts';
import { summarize } from '../stats.ts';

const TARGET_SCHOOLS = 2000;

/** Schools in the subtree of each unit above the schools. */
export function schoolsBelow(dataset: Dataset): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of dataset.byLevel[3]) {
    for (const ancestor of dataset.unitsById.get(id)!.path.split('.').slice(0, -1)) counts.set(Number(ancestor), (counts.get(Number(ancestor)) ?? 0) + 1);
  }
  return counts;
}

/** The province with the number of schools closest to `target` (the lower id on a tie), and its largest commune. */
export function pickBoardUnits(dataset: Dataset, target = TARGET_SCHOOLS): { province: number; commune: number; schools: Map<number, number> } {
  const schools = schoolsBelow(dataset);
  const distance = (id: number) => Math.abs((schools.get(id) ?? 0) - target);
  const province = dataset.byLevel[1].reduce((best, id) => (distance(id) < distance(best) ? id : best));
  const communes = dataset.byLevel[2].filter((id) => dataset.unitsById.get(id)!.parentId === province);
  const commune = communes.reduce((best, id) => ((schools.get(id) ?? 0) > (schools.get(best) ?? 0) ? id : best));
  return { province, commune, schools };
}

export const boardScenario: Scenario = {
  name: 'board',
  title: 'a province’s status board after the rush (GET /api/campaigns/:id/board?unitId=)',
  perDatabase: true,
  async run(context) {
    const rush = await context.campaign();
    const { database, dataset } = await context.nation();
    const api = await context.api();
    const count = context.quick ? 60 : 300;
    const warmup = context.quick ? 10 : 30;
    const { province, commune, schools } = pickBoardUnits(dataset);
    const officer = rush.officers.get(province)!;
    const results: Measurement[] = [];

    for (const [what, unitId] of [
      ['province', province],
      ['commune', commune],
    ] as const) {
      const unit = dataset.unitsById.get(unitId)!;
      const path = `/api/campaigns/${rush.campaignId}/board?unitId=${unitId}`;
      // One answer read in full: how big the board is, and that it counts every school of the subtree.
      const sample = await api.get(path, officer.cookie);
      if (sample.status !== 200) throw new Error(`board of ${unit.code}: ${sample.status} ${sample.body.slice(0, 300)}`);
      const board = JSON.parse(sample.body) as { children: unknown[]; completeness: { expected: number; submitted: number } };
      context.log(`board · ${what} ${unit.code} (${schools.get(unitId)} schools, ${board.children.length} rows): ${count} requests, 1 at a time`);
      const http = await httpLoad({ baseUrl: api.baseUrl, cookie: officer.cookie, paths: Array.from({ length: count }, () => path), warmupPaths: [path], concurrency: 1, maxMs: 120_000 });
      const floor = await timeLoop(
        async () => {
          const children = await listChildrenWithReports(database.db, [rush.campaignId], unit.path);
          const unitIds = [unitId, ...children.map((c) => c.id)];
          await readFactGroups(database.db, unitIds.map((id) => ({ campaignId: rush.campaignId, unitId: id })));
          await listReportsOfUnits(database.db, [rush.campaignId], unitIds);
        },
        { count, warmup, concurrency: 1, maxMs: 60_000 },
      );
      const unexpected = http.failures.map((f) => `${f.status} ${f.body.slice(0, 160)}`);
      results.push({
        scenario: 'board',
        label: `${what} ${unit.code}: ${schools.get(unitId)!.toLocaleString('en-US')} schools, ${board.children.length} rows, its officer, 1 at a time`,
        database: context.driver!,
        unit: 'ms',
        stats: summarize(http.samples),
        floor: summarize(floor.samples),
        goal: { metric: 'p95', limit: 100, unit: 'ms' },
        ...(unexpected.length > 0 ? { error: `unexpected answers: ${unexpected.join('; ')}` } : {}),
        details: {
          unit: unit.code,
          schools: schools.get(unitId),
          rows: board.children.length,
          answerBytes: sample.body.length,
          completeness: board.completeness,
          stoppedEarly: http.stoppedEarly,
        },
      });
    }
    return results;
  },
};
