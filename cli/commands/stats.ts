/**
 * binhdang stats --unit CODE [--as-of YYYY-MM-DD] [--as USERNAME] [--json]
 *
 * The figures computed from the staff rosters of a unit's subtree, as of a day — the same
 * service the statistics page calls, acting as a real user (by default the first system
 * admin), so the policy applies: aggregates only, never a person.
 *
 * With --json: one object keyed by the statistic codes, each { "total", "female", "male" }.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/lib/errors.ts';
import { rosterStatistics } from '../../server/modules/roster/roster.service.ts';
import { isCalendarDate } from '../../common/text/calendar-dates.ts';
import { formatDate, formatNumber } from '../../common/text/format.ts';
import { withDatabase } from './database.ts';
import { resolveActor, type Output } from './units.ts';

const USAGE = 'Cách dùng: binhdang stats --unit MÃ_ĐƠN_VỊ [--as-of YYYY-MM-DD] [--as TÊN_ĐĂNG_NHẬP] [--json]';

export async function run(args: string[], config: Config): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { unit: { type: 'string' }, 'as-of': { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (!values.unit) throw new Error(USAGE);
  const output: Output = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
  const exitCode = await withDatabase(config, (database) =>
    printStatistics(database, { unit: values.unit!, asOf: values['as-of'], as: values.as, json: values.json ?? false }, output),
  );
  if (exitCode !== 0) process.exitCode = exitCode;
}

/** Returns the exit code: 0 when printed, 1 when the unit or the date is not right. */
export async function printStatistics(
  database: Database,
  options: { unit: string; asOf?: string | undefined; as?: string | undefined; json: boolean },
  output: Output,
): Promise<number> {
  if (options.asOf !== undefined && !isCalendarDate(options.asOf)) {
    output.err(`Ngày "${options.asOf}" không hợp lệ: ghi theo dạng YYYY-MM-DD, ví dụ 2025-06-30.\n`);
    return 1;
  }
  const code = options.unit.normalize('NFC').trim().toUpperCase();
  const [unit] = await database.query<{ id: number }>('select id from units where code = $1', [code]);
  if (!unit) {
    output.err(`Không tìm thấy đơn vị có mã "${options.unit}".\n`);
    return 1;
  }
  const actor = await resolveActor(database, options.as);
  let statistics;
  try {
    statistics = await rosterStatistics(database, actor, { unitId: unit.id, asOf: options.asOf });
  } catch (error) {
    if (error instanceof AppError) {
      output.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (options.json) {
    output.out(`${JSON.stringify(Object.fromEntries(statistics.figures.map((f) => [f.code, { total: f.all.total, female: f.all.female, male: f.all.male }])), null, 2)}\n`);
    return 0;
  }
  const n = (value: number) => formatNumber(value, 0);
  const rows = [
    ['Chỉ tiêu', 'Mã', 'Tổng số', 'Nữ', 'Nam'],
    ...statistics.figures.map((f) => [f.label, f.code, n(f.all.total), n(f.all.female), n(f.all.male)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  output.out(`${statistics.unit.name} (${statistics.unit.code}) — số liệu tính đến ngày ${formatDate(statistics.asOf)}, ${n(statistics.unitsWithRoster)} đơn vị có danh sách\n`);
  for (const row of rows) output.out(`  ${row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}\n`);
  return 0;
}
