import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../server/test/harness.ts';
import { buildTestTree, createTestUser } from '../../server/test/factories.ts';
import { countUnits, csvOf, HEADERS, row, xlsxOf } from '../../server/modules/units/import/units-import.fixtures.ts';
import { exportUnitsFile, importUnitsFile, resolveActor, type Output } from './units.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let dir: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const tree = await buildTestTree(database);
  await createTestUser(database, tree, 'admin.xa.a1', 'unit_admin', 'XA-A1');
  await createTestUser(database, tree, 'canbo.xa.a1', 'officer', 'XA-A1');
  dir = await mkdtemp(path.join(tmpdir(), 'binhdang-units-'));
});
afterAll(async () => {
  await database.dispose();
  await rm(dir, { recursive: true, force: true });
});

function collect(): Output & { stdout: string; stderr: string; steps: number[] } {
  const output = {
    stdout: '',
    stderr: '',
    steps: [] as number[],
    out: (text: string) => void (output.stdout += text),
    err: (text: string) => void (output.stderr += text),
    onProgress: (done: number) => void output.steps.push(done),
  };
  return output;
}

const good = (code: string, parent = 'XA-A1') => row({ 'Mã đơn vị': code, 'Tên đơn vị': `Trường ${code}`, 'Loại hình': 'TH', 'Mã đơn vị cấp trên': parent });

describe('binhdang units import', () => {
  it('acts as the first system admin by default, or as --as USERNAME through their first role', async () => {
    expect(await resolveActor(database, undefined)).toMatchObject({ username: 'sysadmin', role: 'system_admin' });
    expect(await resolveActor(database, 'Admin.XA.A1 ')).toMatchObject({ username: 'admin.xa.a1', role: 'unit_admin' });
    await expect(resolveActor(database, 'khong.co')).rejects.toThrow(/Không tìm thấy người dùng "khong.co"/);
  });

  it('prints the errors as a table and exits 1 without writing', async () => {
    const file = path.join(dir, 'loi.csv');
    await writeFile(file, csvOf([HEADERS, good('TH-CLI1'), good('TH-CLI2', 'XA-A2')]));
    const before = await countUnits(database);
    const output = collect();
    expect(await importUnitsFile(database, { file, as: 'admin.xa.a1', dryRun: false }, output)).toBe(1);
    expect(output.stdout).toMatch(/Tệp loi\.csv: 2 dòng — thêm mới 1/);
    expect(output.stderr).toMatch(/Dòng\s+Cột\s+Lý do/);
    expect(output.stderr).toMatch(/3\s+Mã đơn vị cấp trên\s+Đơn vị cấp trên "XA-A2" không thuộc phạm vi quản lý của bạn/);
    expect(output.stderr).toMatch(/Không có thay đổi nào được lưu/);
    expect(await countUnits(database)).toBe(before);
    const [previews] = await database.query<{ n: number }>('select count(*)::int as n from import_previews');
    expect(previews!.n).toBe(0);
  });

  it('refuses a broken file with its message', async () => {
    const file = path.join(dir, 'hong.xlsx');
    await writeFile(file, 'không phải excel');
    const output = collect();
    expect(await importUnitsFile(database, { file, dryRun: false }, output)).toBe(1);
    expect(output.stderr).toMatch(/Tệp không hợp lệ: .*không phải tệp Excel/);
  });

  it('--dry-run previews only', async () => {
    const file = path.join(dir, 'thu.xlsx');
    await writeFile(file, await xlsxOf([HEADERS, good('TH-CLI3')]));
    const before = await countUnits(database);
    const output = collect();
    expect(await importUnitsFile(database, { file, dryRun: true }, output)).toBe(0);
    expect(output.stdout).toMatch(/Chạy thử/);
    expect(await countUnits(database)).toBe(before);
  });

  it('imports, with progress, as the given user so the audit log names them', async () => {
    const file = path.join(dir, 'dung.csv');
    await writeFile(file, csvOf([HEADERS, good('TH-CLI4'), good('TH-CLI5')]));
    const before = await countUnits(database);
    const output = collect();
    expect(await importUnitsFile(database, { file, as: 'admin.xa.a1', dryRun: false }, output)).toBe(0);
    expect(output.stdout).toMatch(/Đã nhập: thêm mới 2/);
    expect(output.steps).toEqual([1, 2]);
    expect(await countUnits(database)).toBe(before + 2);
    const [audit] = await database.query<{ username: string }>(
      "select u.username from audit_log a join users u on u.id = a.actor_id where a.action = 'unit.import' order by a.id desc limit 1",
    );
    expect(audit!.username).toBe('admin.xa.a1');
  });

  it('refuses a user without the right to import', async () => {
    const file = path.join(dir, 'canbo.csv');
    await writeFile(file, csvOf([HEADERS, good('TH-CLI6')]));
    await expect(importUnitsFile(database, { file, as: 'canbo.xa.a1', dryRun: false }, collect())).rejects.toThrow(/không có quyền nhập/);
  });
});

describe('binhdang units export', () => {
  it('writes .xlsx or .csv by extension, from --root, open units unless --include-closed', async () => {
    const csvFile = path.join(dir, 'xa-a1.csv');
    const output = collect();
    expect(await exportUnitsFile(database, { file: csvFile, root: 'xa-a1', includeClosed: false }, output)).toBe(0);
    expect(output.stdout).toMatch(/Đã xuất 5 đơn vị/);
    const text = (await readFile(csvFile)).subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(HEADERS.join(','));
    expect(text).toMatch(/\r\nTH-CLI4,Trường TH-CLI4,TH,XA-A1,/);

    const xlsxFile = path.join(dir, 'tat-ca.xlsx');
    await exportUnitsFile(database, { file: xlsxFile, includeClosed: true }, collect());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    expect(workbook.getWorksheet('Đơn vị')!.getCell('A2').value).toBe('BO');

    await expect(exportUnitsFile(database, { file: path.join(dir, 'x.pdf'), includeClosed: false }, collect())).rejects.toThrow(/\.xlsx hoặc \.csv/);
    await expect(exportUnitsFile(database, { file: csvFile, root: 'KHONG-CO', includeClosed: false }, collect())).rejects.toThrow(/Không tìm thấy đơn vị/);
  });
});
