import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../server/test/harness.ts';
import { buildTestTree, createTestUser } from '../../server/test/factories.ts';
import { seedDocx, truncatedDocx } from '../../server/modules/plans/import/plan-file.fixtures.ts';
import { DEMO_PLAN_FILES, demoPlanText } from '../../server/db/seed/demo-plans.ts';
import { exportPlanFile, importPlanFile } from './plan.ts';
import type { Output } from './units.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let dir: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const tree = await buildTestTree(database);
  await createTestUser(database, tree, 'canbo.xa', 'officer', 'XA-A1');
  dir = await mkdtemp(path.join(tmpdir(), 'binhdang-plan-'));
});
afterAll(async () => {
  await database.dispose();
  await rm(dir, { recursive: true, force: true });
});

function collect(): Output & { stdout: string; stderr: string } {
  const output = { stdout: '', stderr: '', out: (text: string) => void (output.stdout += text), err: (text: string) => void (output.stderr += text) };
  return output;
}

describe('binhdang plan import / export', () => {
  it('--json prints the structured plan in the documented shape', async () => {
    const file = path.join(dir, 'ben-cat.txt');
    await writeFile(file, demoPlanText(DEMO_PLAN_FILES.benCat));
    const output = collect();
    expect(await importPlanFile(null, { unit: 'XA-A1', file, save: false, json: true }, output)).toBe(0);
    const plan = JSON.parse(output.stdout);
    expect(plan).toMatchObject({
      issuer: { parent: 'UBND THỊ XÃ BẾN CÁT', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' },
      number: '360/PGDĐT-TCCB',
      place: 'Bến Cát',
      date: '2023-05-12',
    });
    expect(plan.legalBases[0]).toMatchObject({ type: 'Công văn', number: '1460/BGDĐT-NGCBQLGD', date: '2023-04-05', issuer: 'Bộ Giáo dục và Đào tạo' });
    for (const key of ['title', 'sections', 'targets', 'reportingDeadlines', 'recipients', 'signer']) expect(plan).toHaveProperty(key);
    expect(plan.reportingDeadlines).toEqual(expect.arrayContaining([expect.objectContaining({ day: 15, month: 5, year: 2023 }), expect.objectContaining({ day: 15, month: 12, year: 2023 })]));
  });

  it('--save stores a draft of the unit and prints its id; export writes its .docx', async () => {
    const file = path.join(dir, 'thanh-tri.docx');
    await writeFile(file, await seedDocx(demoPlanText(DEMO_PLAN_FILES.thanhTri)));
    const output = collect();
    expect(await importPlanFile(database, { unit: 'XA-A1', file, save: true, json: false }, output)).toBe(0);
    const id = Number(/id (\d+)/.exec(output.stdout)![1]);
    const [row] = await database.query<{ status: string; source: string }>('select status, source from plans where id = $1', [id]);
    expect(row).toEqual({ status: 'draft', source: 'import' });
    const out = path.join(dir, 'ke-hoach.docx');
    expect(await exportPlanFile(database, { id, docx: out }, collect())).toBe(0);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 1 with the reason on a file it cannot read, and saves nothing', async () => {
    const file = path.join(dir, 'hong.docx');
    await writeFile(file, await truncatedDocx());
    const before = await database.query<{ n: number }>('select count(*)::int as n from plans');
    const output = collect();
    expect(await importPlanFile(database, { unit: 'XA-A1', file, save: true, json: true }, output)).toBe(1);
    expect(output.stderr).toContain('bị hỏng');
    expect(await importPlanFile(null, { unit: 'XA-A1', file: path.join(dir, 'khong-co.docx'), save: false, json: true }, collect())).toBe(1);
    expect(await database.query('select count(*)::int as n from plans')).toEqual(before);
  });
});
