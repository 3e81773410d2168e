/**
 * binhdang units import FILE [--as USERNAME] [--dry-run]
 * binhdang units export FILE [--root CODE] [--include-closed] [--as USERNAME]
 *
 * The command line goes through the same services as the web: it acts as a real user
 * (their first role; by default the first system admin), so the policy and the audit
 * log apply, and an import is previewed, then applied all or nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/lib/errors.ts';
import type { Actor } from '../../server/lib/policy.ts';
import type { Role } from '../../common/roles.ts';
import { formatNumber } from '../../common/text/format.ts';
import { applyUnitImport, discardUnitImportPreview, previewUnitImport } from '../../server/modules/units/import/units-import.service.ts';
import { exportUnits } from '../../server/modules/units/import/units-export.service.ts';
import { progress, withDatabase } from './database.ts';

const USAGE = `Cách dùng:
  binhdang units import TỆP [--as TÊN_ĐĂNG_NHẬP] [--dry-run]
  binhdang units export TỆP(.xlsx|.csv) [--root MÃ_ĐƠN_VỊ] [--include-closed] [--as TÊN_ĐĂNG_NHẬP]`;

export interface Output {
  out(text: string): void;
  err(text: string): void;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

const consoleOutput = (): Output => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  onProgress: progress('Đang nhập đơn vị'),
});

export async function run(args: string[], config: Config): Promise<void> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { as: { type: 'string' }, 'dry-run': { type: 'boolean' }, root: { type: 'string' }, 'include-closed': { type: 'boolean' } },
  });
  const file = positionals[0];
  if ((sub !== 'import' && sub !== 'export') || !file) throw new Error(USAGE);
  const exitCode = await withDatabase(config, (database) =>
    sub === 'import'
      ? importUnitsFile(database, { file, as: values.as, dryRun: values['dry-run'] ?? false }, consoleOutput())
      : exportUnitsFile(database, { file, as: values.as, root: values.root, includeClosed: values['include-closed'] ?? false }, consoleOutput()),
  );
  if (exitCode !== 0) process.exitCode = exitCode;
}

/** The user the command acts as: USERNAME's first role (highest unit), or the first system admin. */
export async function resolveActor(database: Database, username: string | undefined): Promise<Actor> {
  const select = `select u.id as "userId", u.username, r.id as "roleId", r.role, r.unit_id as "unitId", n.path::text as "unitPath"
                    from users u join user_roles r on r.user_id = u.id join units n on n.id = r.unit_id
                   where u.disabled_at is null`;
  const [row] = username
    ? await database.query<Actor>(`${select} and u.username = $1 order by nlevel(n.path), r.id limit 1`, [username.normalize('NFC').trim().toLowerCase()])
    : await database.query<Actor>(`${select} and r.role = 'system_admin' order by r.id limit 1`);
  if (!row) {
    throw new Error(username ? `Không tìm thấy người dùng "${username}" đang hoạt động có vai trò tại một đơn vị` : 'Chưa có quản trị hệ thống nào: dùng --as TÊN_ĐĂNG_NHẬP');
  }
  return { ...row, role: row.role as Role };
}

function table(rows: string[][], maxWidth = 40): string {
  const widths = rows[0]!.map((_, i) => Math.min(maxWidth, Math.max(...rows.map((r) => (r[i] ?? '').length))));
  return rows.map((r) => `  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`).join('\n');
}

function printErrors(output: Output, errors: { row?: number | undefined; column?: string | undefined; message: string }[]) {
  output.err(`${table([['Dòng', 'Cột', 'Lý do'], ...errors.map((e) => [e.row ? String(e.row) : '', e.column ?? '', e.message])])}\n`);
}

/** Returns the exit code: 0 when applied (or a clean dry run), 1 when the file has errors. */
export async function importUnitsFile(database: Database, options: { file: string; as?: string | undefined; dryRun: boolean }, output: Output): Promise<number> {
  const actor = await resolveActor(database, options.as);
  const content = await readFile(options.file);
  output.err(`Đang đọc ${path.basename(options.file)} (người thực hiện: ${actor.username})…\n`);
  let preview;
  try {
    preview = await previewUnitImport(database, actor, { fileName: path.basename(options.file), content });
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_FILE') {
      output.err(`Tệp không hợp lệ: ${error.message}\n`);
      if (error.details?.length) printErrors(output, error.details);
      output.err('Không có thay đổi nào được lưu.\n');
      return 1;
    }
    throw error;
  }
  const n = (value: number) => formatNumber(value, 0);
  output.out(
    `Tệp ${preview.fileName}: ${n(preview.totalRows)} dòng — thêm mới ${n(preview.creates)}, cập nhật ${n(preview.updates)}, chuyển đơn vị cấp trên ${n(preview.moves)}, không đổi ${n(preview.unchanged)}.\n`,
  );
  for (const warning of preview.warnings) output.out(`Lưu ý: ${warning}\n`);
  if (preview.errors.length > 0) {
    output.err(`Có ${n(preview.errors.length)} lỗi:\n`);
    printErrors(output, preview.errors);
    output.err('Không có thay đổi nào được lưu. Hãy sửa tệp rồi chạy lại.\n');
    await discardUnitImportPreview(database, actor, preview.previewId);
    return 1;
  }
  if (options.dryRun) {
    output.out('Chạy thử (--dry-run): không có thay đổi nào được lưu.\n');
    await discardUnitImportPreview(database, actor, preview.previewId);
    return 0;
  }
  try {
    const result = await applyUnitImport(database, actor, preview.previewId, { onProgress: output.onProgress });
    output.out(
      `Đã nhập: thêm mới ${n(result.created)}, cập nhật ${n(result.updated)}, chuyển ${n(result.moved)}, ngừng hoạt động ${n(result.closed)}, không đổi ${n(result.unchanged)}.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_INVALID') {
      output.err(`${error.message}\n`);
      if (error.details?.length) printErrors(output, error.details);
      return 1;
    }
    throw error;
  }
}

export async function exportUnitsFile(
  database: Database,
  options: { file: string; as?: string | undefined; root?: string | undefined; includeClosed: boolean },
  output: Output,
): Promise<number> {
  const extension = path.extname(options.file).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') throw new Error('Tên tệp xuất phải có đuôi .xlsx hoặc .csv');
  const actor = await resolveActor(database, options.as);
  let rootId: number | undefined;
  if (options.root) {
    const [unit] = await database.query<{ id: number }>('select id from units where code = $1', [options.root.normalize('NFC').trim().toUpperCase()]);
    if (!unit) throw new Error(`Không tìm thấy đơn vị có mã "${options.root}"`);
    rootId = unit.id;
  }
  const exported = await exportUnits(database, actor, { format: extension === '.csv' ? 'csv' : 'xlsx', rootId, includeClosed: options.includeClosed });
  await writeFile(options.file, exported.body);
  output.out(`Đã xuất ${formatNumber(exported.unitCount, 0)} đơn vị ra ${options.file}.\n`);
  return 0;
}
