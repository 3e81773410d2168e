import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../server/test/harness.ts';
import { buildTestTree, createTestUser } from '../../server/test/factories.ts';
import { messyRosterXlsx, MESSY_PEOPLE } from '../../server/modules/roster/import/roster-file.fixtures.ts';
import { importRosterFile, resolveRosterActor } from './roster.ts';
import type { Output } from './units.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let dir: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const tree = await buildTestTree(database);
  await createTestUser(database, tree, 'canbo.a1a', 'officer', 'TR-A1A');
  await createTestUser(database, tree, 'truongban.a1a', 'committee_head', 'TR-A1A');
  dir = await mkdtemp(path.join(tmpdir(), 'binhdang-roster-'));
});
afterAll(async () => {
  await database.dispose();
  await rm(dir, { recursive: true, force: true });
});

function collect(): Output & { stdout: string; stderr: string } {
  const output = { stdout: '', stderr: '', out: (text: string) => void (output.stdout += text), err: (text: string) => void (output.stderr += text) };
  return output;
}

async function versions(): Promise<number> {
  const [row] = await database.query<{ n: number }>('select count(*)::int as n from roster_versions');
  return row!.n;
}

describe('binhdang roster import', () => {
  it("acts as the unit's committee head (or --as one of its reporters), never as an admin", async () => {
    expect(await resolveRosterActor(database, 'tr-a1a', undefined)).toMatchObject({ username: 'truongban.a1a', role: 'committee_head' });
    expect(await resolveRosterActor(database, 'TR-A1A', 'canbo.a1a')).toMatchObject({ username: 'canbo.a1a', role: 'officer' });
    await expect(resolveRosterActor(database, 'TR-A1A', 'sysadmin')).rejects.toThrow(/không phải trưởng ban hay cán bộ phụ trách/);
    await expect(resolveRosterActor(database, 'TR-A2A', undefined)).rejects.toThrow(/chưa có trưởng ban hay cán bộ phụ trách/);
  });

  it('prints every error with its row and column, exits 1 and writes nothing', async () => {
    const file = path.join(dir, 'loi.xlsx');
    await writeFile(file, await messyRosterXlsx([...MESSY_PEOPLE, [6, 'Đỗ Văn Sai', '31/02/1980', null, 'Kinh', 'Giáo viên', 'Đại học', '']]));
    const output = collect();
    expect(await importRosterFile(database, { unit: 'TR-A1A', file, dryRun: false, json: false }, output)).toBe(1);
    expect(output.stdout).toMatch(/6 dòng — thêm 5/);
    expect(output.stderr).toMatch(/Dòng\s+Cột\s+Lý do/);
    expect(output.stderr).toMatch(/11\s+C\s+"31\/02\/1980" không phải ngày có thật/);
    expect(output.stderr).toMatch(/Không có thay đổi nào được lưu/);
    expect(await versions()).toBe(0);
  });

  it('refuses a file that is not an .xlsx, in JSON too', async () => {
    const file = path.join(dir, 'hong.xlsx');
    await writeFile(file, 'không phải excel');
    const output = collect();
    expect(await importRosterFile(database, { unit: 'TR-A1A', file, dryRun: false, json: true }, output)).toBe(1);
    expect(JSON.parse(output.stdout)).toMatchObject({ applied: false, errors: [{ row: null, column: null, message: expect.stringMatching(/không phải tệp Excel \.xlsx/) }] });
  });

  it('--dry-run previews only; then imports, and --json prints the counts', async () => {
    const file = path.join(dir, 'ds.xlsx');
    await writeFile(file, await messyRosterXlsx());
    const dry = collect();
    expect(await importRosterFile(database, { unit: 'TR-A1A', file, asOf: '2025-09-05', dryRun: true, json: false }, dry)).toBe(0);
    expect(dry.stdout).toMatch(/Chạy thử/);
    expect(await versions()).toBe(0);
    const output = collect();
    expect(await importRosterFile(database, { unit: 'TR-A1A', file, asOf: '2025-09-05', dryRun: false, json: true }, output)).toBe(0);
    expect(JSON.parse(output.stdout)).toMatchObject({ file: 'ds.xlsx', applied: true, rowsRead: 5, joined: 5, changed: 0, left: 0, unchanged: 0, errors: [] });
    expect(await versions()).toBe(5);
    const [audit] = await database.query<{ username: string }>(`select u.username from audit_log a join users u on u.id = a.actor_id where a.action = 'roster.import'`);
    expect(audit!.username).toBe('truongban.a1a');
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    const output = collect();
    expect(await importRosterFile(database, { unit: 'TR-A1A', file: 'x.xlsx', asOf: '05/09/2025', dryRun: false, json: false }, output)).toBe(1);
    expect(output.stderr).toMatch(/Ngày "05\/09\/2025" không hợp lệ/);
  });
});
