/**
 * A province in one file: 1 Department, 100 communes, 1,899 schools (2,000 rows), listed
 * children first so the plan has to order them. Prints how long preview and apply take
 * (no timing assertions: the benchmark harness owns performance goals).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type TestContext } from '../../../test/harness.ts';
import { buildTestTree } from '../../../test/factories.ts';
import { countUnits, csvOf, HEADERS, row, uploadFile } from './units-import.fixtures.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
  await buildTestTree(ctx.database);
});
afterAll(() => ctx.close());

function provinceFile(): string {
  const rows: string[][] = [];
  const kinds = ['MN', 'TH', 'THCS'];
  for (let s = 0; s < 1899; s += 1) {
    const commune = `PV-XA-${String(s % 100).padStart(3, '0')}`;
    rows.push(row({ 'Mã đơn vị': `PV-TR-${String(s).padStart(4, '0')}`, 'Tên đơn vị': `Trường ${kinds[s % 3]} số ${s} xã ${s % 100}`, 'Loại hình': kinds[s % 3], 'Mã đơn vị cấp trên': commune }));
  }
  for (let c = 0; c < 100; c += 1) {
    rows.push(row({ 'Mã đơn vị': `PV-XA-${String(c).padStart(3, '0')}`, 'Tên đơn vị': `UBND xã Phú Lộc ${c}`, 'Loại hình': 'XA', 'Mã đơn vị cấp trên': 'PV-SO' }));
  }
  rows.push(row({ 'Mã đơn vị': 'PV-SO', 'Tên đơn vị': 'Sở Giáo dục và Đào tạo Phú Thọ', 'Loại hình': 'SO', 'Mã đơn vị cấp trên': 'BO' }));
  return csvOf([HEADERS, ...rows]);
}

describe('a province of 2,000 units', () => {
  it('previews and applies in one transaction, parents first', { timeout: 300_000 }, async () => {
    const admin = await signIn(ctx.app, 'sysadmin');
    const before = await countUnits(ctx.database);
    const file = provinceFile();

    let started = performance.now();
    const response = await uploadFile(ctx.app, admin, 'tinh.csv', file);
    const previewMs = performance.now() - started;
    const preview = response.json();
    expect(preview).toMatchObject({ totalRows: 2000, creates: 2000, errors: [] });
    expect(preview.sample).toHaveLength(50);

    started = performance.now();
    const applied = await as(ctx.app, admin).post('/api/units/import/apply', { previewId: preview.previewId });
    const applyMs = performance.now() - started;
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toEqual({ created: 2000, updated: 0, moved: 0, closed: 0, unchanged: 0 });
    expect(await countUnits(ctx.database)).toBe(before + 2000);

    // Re-importing the same file changes nothing.
    started = performance.now();
    const again = (await uploadFile(ctx.app, admin, 'tinh.csv', file)).json();
    const rePreviewMs = performance.now() - started;
    expect(again).toMatchObject({ creates: 0, unchanged: 2000, errors: [] });

    console.info(
      `[units import, ${ctx.database.driver}] 2,000 rows: preview ${Math.round(previewMs)} ms, apply ${Math.round(applyMs)} ms, preview of the same file again ${Math.round(rePreviewMs)} ms`,
    );
  });
});
