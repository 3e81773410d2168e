/**
 * Scenario "roster-import": a school's officer imports a 100,000-row roster .xlsx (the
 * deterministic file of roster-file.fixtures.ts: title row, the usual headers, dates as
 * text, Excel dates and bare years) — preview, then apply, through the import service, in
 * process. Before it, 100,000 people are put on the rosters of 3,000 other schools
 * (bench/roster.ts writeRosterPeople: the same names, born later), so the check that
 * nobody in the file is on another unit's roster probes a filled table, as it would in
 * production, and finds no one. Measured: the time of preview + apply, and how far the
 * process's resident memory rises above what it held before (sampled every 20 ms). Beside
 * it, in the same run, for the ratios: the raw streaming parse of the same file by exceljs
 * alone (the library the import used before), and by the import's own reader
 * (server/lib/files/xlsx-rows.ts) alone.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { applyRosterImport, previewRosterImport } from '../../server/modules/roster/import/roster-import.service.ts';
import { generatedRosterXlsx } from '../../server/modules/roster/import/roster-file.fixtures.ts';
import type { Actor } from '../../server/lib/policy.ts';
import { openXlsx } from '../../server/lib/files/xlsx-rows.ts';
import { assertXlsxDirectory } from '../../server/lib/files/zip-guard.ts';
import { normalizeText, toSearchKey } from '../../common/text/vietnamese.ts';
import type { Measurement, Scenario } from '../context.ts';
import { writeRosterPeople } from '../roster.ts';

async function rawParse(content: Buffer): Promise<number> {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(content), { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore' });
  for await (const worksheet of reader) {
    for await (const row of worksheet) if (row) rows += 1;
  }
  return rows;
}

async function rawReaderParse(content: Buffer): Promise<number> {
  let rows = 0;
  const workbook = await openXlsx(content, assertXlsxDirectory(content));
  for (const sheet of workbook.sheets) for await (const row of sheet.rows()) if (row) rows += 1;
  return rows;
}

function sampleMemory(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

export const rosterImportScenario: Scenario = {
  name: 'roster-import',
  title: 'a 100,000-row roster .xlsx imported by a school officer (preview + apply), beside the raw exceljs streaming parse',
  perDatabase: true,
  async run(context) {
    const { database, dataset } = await context.nation();
    const count = context.quick ? 10_000 : 100_000;
    const schoolId = dataset.byLevel[3][dataset.byLevel[3].length - 1]!;
    const school = dataset.unitsById.get(schoolId)!;
    const username = `bench.roster.${context.driver}`;
    const fullName = normalizeText('Nguyễn Thị Cán Bộ Trường');
    const [user] = await database.query<{ id: number }>(
      `insert into users (username, full_name, password_hash, search_key) select $1, $2, password_hash, $3 from users where username = $4 returning id`,
      [username, fullName, toSearchKey(`${username} ${fullName}`), dataset.admin.username],
    );
    const [role] = await database.query<{ id: number }>(`insert into user_roles (user_id, unit_id, role) values ($1, $2, 'officer') returning id`, [user!.id, schoolId]);
    const officer: Actor = { userId: user!.id, username, roleId: role!.id, role: 'officer', unitId: schoolId, unitPath: school.path };

    const neighbours = dataset.byLevel[3].filter((id) => id !== schoolId).slice(-3000);
    const elsewhereStarted = performance.now();
    const peopleElsewhere = await writeRosterPeople(database, neighbours, count, '2020-09-05');
    context.log(`roster-import · ${peopleElsewhere.toLocaleString('en-US')} people on the rosters of ${neighbours.length.toLocaleString('en-US')} other schools, written in ${((performance.now() - elsewhereStarted) / 1000).toFixed(1)} s`);

    const content = await generatedRosterXlsx(count);
    context.log(`roster-import · ${count.toLocaleString('en-US')} rows, ${(content.length / 1e6).toFixed(1)} MB; raw exceljs streaming parse`);
    const rawStarted = performance.now();
    const rawRows = await rawParse(content);
    const rawMs = performance.now() - rawStarted;
    const readerStarted = performance.now();
    await rawReaderParse(content);
    const readerMs = performance.now() - readerStarted;

    (globalThis as { gc?: () => void }).gc?.();
    const baseline = process.memoryUsage.rss();
    const memory = sampleMemory();
    context.log(`roster-import · preview and apply at ${school.code} as ${username}`);
    const started = performance.now();
    const preview = await previewRosterImport(database, officer, { fileName: 'danh-sach-100000.xlsx', content, asOf: '2026-06-30' });
    const previewMs = performance.now() - started;
    let applyMs = 0;
    let error: string | undefined;
    let result: unknown = null;
    if (preview.canApply) {
      const applyStarted = performance.now();
      result = await applyRosterImport(database, officer, preview.previewId);
      applyMs = performance.now() - applyStarted;
    } else {
      error = `the generated file has ${preview.errorCount} errors: ${preview.errors.slice(0, 3).map((e) => `${e.row}/${e.column}: ${e.message}`).join('; ')}`;
    }
    const totalMs = performance.now() - started;
    const peak = memory.stop();
    const details = { rows: count, rawRows, fileBytes: content.length, rawParseMs: Math.round(rawMs), rawReaderParseMs: Math.round(readerMs), previewMs: Math.round(previewMs), applyMs: Math.round(applyMs), ratioToRawParse: +(totalMs / rawMs).toFixed(1), ratioToRawReaderParse: +(totalMs / readerMs).toFixed(1), baselineRssMB: Math.round(baseline / 2 ** 20), peakRssMB: Math.round(peak / 2 ** 20), result, joined: preview.joined, warnings: preview.warningCount, peopleElsewhere };
    const label = `${count.toLocaleString('en-US')} rows at ${school.code}, preview + apply (raw parse: exceljs ${(rawMs / 1000).toFixed(1)} s, own reader ${(readerMs / 1000).toFixed(1)} s)`;
    const results: Measurement[] = [
      { scenario: 'roster-import', label: `${label}: time`, database: context.driver!, unit: 'ms', value: Math.round(totalMs), goal: { metric: 'value', limit: 10_000, unit: 'ms' }, details, ...(error ? { error } : {}) },
      {
        scenario: 'roster-import',
        label: `${label}: resident memory above the ${Math.round(baseline / 2 ** 20)} MB held before`,
        database: context.driver!,
        unit: 'KB',
        value: Math.round((peak - baseline) / 1024),
        goal: { metric: 'value', limit: 400 * 1024, unit: 'KB' },
        details,
      },
    ];
    return results;
  },
};
