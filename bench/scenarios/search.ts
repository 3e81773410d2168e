/**
 * Scenario "search": the search box over 54,000 units — GET /api/units/search?q=… with
 * what people type: without and with diacritics, whole names and fragments, a school code,
 * as the system admin (the whole nation) and as a province's admin (their subtree).
 * Floor: the same search query (units.repo searchUnits) run directly, one at a time.
 */
import { searchUnits } from '../../server/modules/units/units.repo.ts';
import { todayInVietnam } from '../../common/text/format.ts';
import { toSearchKey } from '../../common/text/vietnamese.ts';
import type { Measurement, Scenario } from '../context.ts';
import type { Dataset } from '../generate.ts';
import { httpLoad } from '../load.ts';
import { timeLoop } from '../measure.ts';
import { summarize, summarizeBy } from '../stats.ts';

const CONCURRENCY = [1, 8];
const LIMIT = 30; // the API's default page of hits

/** What people type. A school code of the first province is added from the data. */
function queries(dataset: Dataset): string[] {
  const province = dataset.provinceAdmin.unitId;
  const school = dataset.units.find((u) => u.level === 3 && u.provinceId === province && u.kind === 'THCS') ?? dataset.units.at(-1)!;
  return [
    'thanh tri',
    'Thanh Trì',
    'Nguyễn Trãi',
    'nguyen trai',
    'tan tien',
    'Tân Tiến',
    'phu loc',
    'truong mam non',
    'mam non hoa sen',
    'tieu hoc le loi',
    'thcs chu van an',
    'trai',
    school.code,
    school.code.slice(0, 7).toLowerCase(),
  ];
}

export const searchScenario: Scenario = {
  name: 'search',
  title: 'name search over 54,000 units, diacritics ignored (GET /api/units/search)',
  perDatabase: true,
  async run(context) {
    const { database, dataset } = await context.nation();
    const api = await context.api();
    const count = context.quick ? 280 : 1400;
    const warmup = context.quick ? 28 : 56;
    const today = todayInVietnam();
    const list = queries(dataset);
    const results: Measurement[] = [];

    for (const who of ['admin', 'province'] as const) {
      const actor = who === 'admin' ? dataset.admin : dataset.provinceAdmin;
      const query = (i: number) => list[Math.abs(i) % list.length]!;
      const paths = Array.from({ length: count }, (_, i) => `/api/units/search?q=${encodeURIComponent(query(i))}`);
      const floor = await timeLoop(
        async (i) => searchUnits(database.db, { rootPath: actor.unitPath, key: toSearchKey(query(i)), today, includeClosed: false, limit: LIMIT }),
        { count, warmup: list.length, concurrency: 1, maxMs: 60_000 },
      );
      for (const concurrency of CONCURRENCY) {
        context.log(`search · ${who}: ${count} requests, ${concurrency} in flight`);
        const http = await httpLoad({
          baseUrl: api.baseUrl,
          cookie: who === 'admin' ? api.adminCookie : api.provinceCookie,
          paths,
          warmupPaths: paths.slice(0, warmup),
          concurrency,
          maxMs: 180_000,
        });
        const unexpected = http.statuses.flatMap((status, i) => (status !== 0 && status !== 200 ? [`"${query(i)}": ${status}`] : [])).slice(0, 5);
        const hits = Object.fromEntries(list.map((q) => [q, http.counts[list.indexOf(q)] ?? null]));
        results.push({
          scenario: 'search',
          label: `${who === 'admin' ? 'system admin (nation)' : 'province admin (subtree)'}, ${list.length} queries, ${concurrency === 1 ? '1 at a time' : `${concurrency} in flight`}`,
          database: context.driver!,
          unit: 'ms',
          stats: summarize(http.samples),
          floor: summarize(floor.samples),
          goal: { metric: 'p95', limit: 50, unit: 'ms' },
          ...(unexpected.length > 0 ? { error: `unexpected answers: ${unexpected.join('; ')}` } : {}),
          details: {
            concurrency,
            throughputPerSecond: Math.round(http.throughput),
            stoppedEarly: http.stoppedEarly,
            totalHits: hits,
            queriesWithoutHits: list.filter((q) => hits[q] === 0),
            byQuery: summarizeBy(http.samples, http.indexes.map(query)),
            floorByQuery: summarizeBy(floor.samples, floor.indexes.map(query)),
          },
        });
      }
    }
    return results;
  },
};
