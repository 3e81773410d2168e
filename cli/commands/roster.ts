/**
 * binhdang roster import --unit CODE --file FILE.xlsx [--as-of YYYY-MM-DD] [--as USERNAME] [--dry-run] [--json]
 *
 * An operator's tool, run on the server, that goes through the same service as the web
 * (preview, then an all-or-nothing apply). The roster is personal data that only the
 * unit's own reporters may handle (policy `roster:personal`), so the command acts as a
 * real user holding such a role IN that unit — USERNAME, or by default the unit's first
 * active committee head, else its first officer — never as an administrator: the policy
 * and the audit log apply as they do on the web, and the audit entry names that person.
 *
 * Prints rows read, joined, changed, left, unchanged and every error with its row and
 * column; exits 1 and writes nothing when there is an error. With --json, one object.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/lib/errors.ts';
import type { Actor } from '../../server/lib/policy.ts';
import type { Role } from '../../common/roles.ts';
import type { RosterImportPreview } from '../../common/contracts/roster.ts';
import { isCalendarDate } from '../../common/text/calendar-dates.ts';
import { formatDate, formatNumber } from '../../common/text/format.ts';
import { applyRosterImport, discardRosterImportPreview, previewRosterImport } from '../../server/modules/roster/import/roster-import.service.ts';
import { withDatabase } from './database.ts';
import type { Output } from './units.ts';

const USAGE = 'Cách dùng: binhdang roster import --unit MÃ_ĐƠN_VỊ --file TỆP.xlsx [--as-of YYYY-MM-DD] [--as TÊN_ĐĂNG_NHẬP] [--dry-run] [--json]';

export async function run(args: string[], config: Config): Promise<void> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { unit: { type: 'string' }, file: { type: 'string' }, 'as-of': { type: 'string' }, as: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  });
  if (sub !== 'import' || !values.unit || !values.file) throw new Error(USAGE);
  const output: Output = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
  const options = { unit: values.unit, file: values.file, asOf: values['as-of'], as: values.as, dryRun: values['dry-run'] ?? false, json: values.json ?? false };
  const exitCode = await withDatabase(config, (database) => importRosterFile(database, options, output));
  if (exitCode !== 0) process.exitCode = exitCode;
}

const REPORTER_ORDER = `case r.role when 'committee_head' then 0 else 1 end`;

/** The person the command acts as: a committee head or officer of the unit itself. */
export async function resolveRosterActor(database: Database, unitCode: string, username: string | undefined): Promise<Actor> {
  const code = unitCode.normalize('NFC').trim().toUpperCase();
  const [unit] = await database.query<{ id: number }>('select id from units where code = $1', [code]);
  if (!unit) throw new Error(`Không tìm thấy đơn vị có mã "${unitCode}"`);
  const select = `select u.id as "userId", u.username, r.id as "roleId", r.role, r.unit_id as "unitId", n.path::text as "unitPath"
                    from users u join user_roles r on r.user_id = u.id join units n on n.id = r.unit_id
                   where u.disabled_at is null and r.unit_id = $1 and r.role in ('committee_head', 'officer')`;
  const [row] = username
    ? await database.query<Actor>(`${select} and u.username = $2 order by ${REPORTER_ORDER}, r.id limit 1`, [unit.id, username.normalize('NFC').trim().toLowerCase()])
    : await database.query<Actor>(`${select} order by ${REPORTER_ORDER}, r.id limit 1`, [unit.id]);
  if (!row) {
    throw new Error(
      username
        ? `Người dùng "${username}" không phải trưởng ban hay cán bộ phụ trách của đơn vị ${code}: chỉ họ được nhập danh sách cán bộ của đơn vị`
        : `Đơn vị ${code} chưa có trưởng ban hay cán bộ phụ trách nào: danh sách cán bộ chỉ được nhập bởi người của chính đơn vị (tạo tài khoản bằng "binhdang users create")`,
    );
  }
  return { ...row, role: row.role as Role };
}

interface Problem {
  row?: number | null | undefined;
  column?: string | null | undefined;
  message: string;
}

function problemLines(problems: readonly Problem[]): string {
  const rows = [['Dòng', 'Cột', 'Lý do'], ...problems.map((p) => [p.row ? String(p.row) : '', p.column ?? '', p.message])];
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return `${rows.map((r) => `  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]}`).join('\n')}\n`;
}

export interface RosterImportOptions {
  unit: string;
  file: string;
  asOf?: string | undefined;
  as?: string | undefined;
  dryRun: boolean;
  json: boolean;
}

/** Returns the exit code: 0 when applied (or a clean dry run), 1 when the file or the date has errors. */
export async function importRosterFile(database: Database, options: RosterImportOptions, output: Output): Promise<number> {
  const fileName = path.basename(options.file);
  const report = (result: Record<string, unknown>, text: () => void) => (options.json ? output.out(`${JSON.stringify({ file: fileName, unit: options.unit, ...result }, null, 2)}\n`) : text());
  const fail = (message: string, errors: Problem[] = []) => {
    report({ applied: false, errors: [{ row: null, column: null, message }, ...errors] }, () => {
      output.err(`${message}\n`);
      if (errors.length > 0) output.err(problemLines(errors));
      output.err('Không có thay đổi nào được lưu.\n');
    });
    return 1;
  };
  if (options.asOf !== undefined && !isCalendarDate(options.asOf)) return fail(`Ngày "${options.asOf}" không hợp lệ: ghi theo dạng YYYY-MM-DD, ví dụ 2025-09-05.`);
  const actor = await resolveRosterActor(database, options.unit, options.as);
  const content = await readFile(options.file);
  if (!options.json) output.err(`Đang đọc ${fileName} (người thực hiện: ${actor.username})…\n`);
  let preview: RosterImportPreview;
  try {
    preview = await previewRosterImport(database, actor, { fileName, content, asOf: options.asOf });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'BAD_FILE' || error.code === 'VALIDATION')) return fail(`Tệp không hợp lệ: ${error.message}`, error.details ?? []);
    throw error;
  }
  const counts = { rowsRead: preview.rowsRead, joined: preview.joined, changed: preview.changed, left: preview.left, unchanged: preview.unchanged };
  const n = (value: number) => formatNumber(value, 0);
  const summary = () =>
    output.out(
      `Tệp ${preview.fileName} (trang "${preview.sheetName}", tiêu đề ở dòng ${preview.headerRow}): ${n(preview.rowsRead)} dòng — thêm ${n(preview.joined)}, thay đổi ${n(preview.changed)}, rời đơn vị ${n(preview.left)}, không đổi ${n(preview.unchanged)} (tính đến ngày ${formatDate(options.asOf ?? '') || 'hôm nay'}).\n`,
    );
  const base = { ...counts, errorCount: preview.errorCount, warningCount: preview.warningCount, warnings: preview.warnings };
  if (!preview.canApply) {
    await discardRosterImportPreview(database, actor, preview.previewId);
    report({ ...base, applied: false, errors: preview.errors }, () => {
      summary();
      if (preview.warnings.length > 0) output.out(`Lưu ý (${n(preview.warningCount)}):\n${problemLines(preview.warnings)}`);
      output.err(`Có ${n(preview.errorCount)} lỗi:\n${problemLines(preview.errors)}Không có thay đổi nào được lưu. Hãy sửa tệp rồi chạy lại.\n`);
    });
    return 1;
  }
  if (options.dryRun) {
    await discardRosterImportPreview(database, actor, preview.previewId);
    report({ ...base, applied: false, dryRun: true, errors: [] }, () => {
      summary();
      if (preview.warnings.length > 0) output.out(`Lưu ý (${n(preview.warningCount)}):\n${problemLines(preview.warnings)}`);
      output.out('Chạy thử (--dry-run): không có thay đổi nào được lưu.\n');
    });
    return 0;
  }
  try {
    const result = await applyRosterImport(database, actor, preview.previewId);
    report({ ...base, ...result, applied: true, errors: [] }, () => {
      summary();
      if (preview.warnings.length > 0) output.out(`Lưu ý (${n(preview.warningCount)}):\n${problemLines(preview.warnings)}`);
      output.out(`Đã nhập: thêm ${n(result.joined)}, thay đổi ${n(result.changed)}, rời đơn vị ${n(result.left)}, không đổi ${n(result.unchanged)}.\n`);
    });
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_INVALID') return fail(error.message, error.details ?? []);
    throw error;
  }
}
