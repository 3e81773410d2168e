/**
 * A real reorganisation in one file — creates, an update, a move and a closure — applied
 * with its audit trail; then the export of the result, read back, and imported into a
 * fresh database to give the same units.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../../test/factories.ts';
import { buildBareRoot, countUnits, csvOf, HEADERS, row, snapshotUnits, uploadFile, xlsxOf } from './units-import.fixtures.ts';

let ctx: TestContext;
let tree: TestTree;
let adminSoA: SignedIn;
let sysadmin: SignedIn;

const INJECTION = "=cmd|' /C calc'!A0";

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  await createTestUser(ctx.database, tree, 'admin.so.a', 'unit_admin', 'SO-A');
  adminSoA = await signIn(ctx.app, 'admin.so.a');
  sysadmin = await signIn(ctx.app, 'sysadmin');
});
afterAll(() => ctx.close());

async function unitByCode(code: string) {
  const [unit] = await ctx.database.query<{ id: number; name: string; parentCode: string | null; validTo: string | null; successorCode: string | null; address: string | null; email: string | null }>(
    `select u.id, u.name, p.code as "parentCode", u.valid_to::text as "validTo", s.code as "successorCode", u.address, u.email
       from units u left join units p on p.id = u.parent_id left join units s on s.id = u.successor_id where u.code = $1`,
    [code],
  );
  return unit;
}

describe('apply: create, update, move and close in one file', () => {
  it('previews the plan, applies it all in one go, and records each change and the import in the audit log', async () => {
    const file = await xlsxOf([
      // Columns in another order than the template; a child listed before its new parent.
      ['Mã đơn vị cấp trên', 'Mã đơn vị', 'Loại hình', 'Tên đơn vị', 'Hiệu lực từ', 'Hiệu lực đến', 'Mã đơn vị kế thừa', 'Địa chỉ', 'Email'],
      ['XA-A3', 'TR-A3A', 'Mầm non', 'Trường Mầm non Hoa Sen'.normalize('NFD'), '05/09/2025', null, null, null, null],
      ['SO-A', 'XA-A3', 'XA', 'UBND xã Quảng Phú', null, null, null, INJECTION, null],
      ['XA-A1', 'TR-A1A', 'MN', 'Trường Mầm non Quảng Xương (mới)', null, null, null, null, 'mn.quangxuong@thanhhoa.edu.vn'],
      ['XA-A3', 'TR-A2A', 'TH', 'Trường Tiểu học Điện Biên', new Date(Date.UTC(2025, 6, 1)), null, null, null, null],
      ['SO-A', 'XA-A2', 'XA', 'UBND phường Hạc Thành', null, '01/07/2025', 'XA-A1', null, null],
      ['XA-A1', 'TR-A1B', 'THCS', 'Trường THCS Quảng Ninh', null, null, null, null, null],
    ]);
    const before = await countUnits(ctx.database);
    const response = await uploadFile(ctx.app, adminSoA, 'to-chuc-lai.xlsx', file);
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({ fileName: 'to-chuc-lai.xlsx', totalRows: 6, creates: 2, updates: 2, moves: 1, unchanged: 1, errors: [] });
    expect(preview.sample).toEqual([
      { row: 2, action: 'create', code: 'TR-A3A', name: 'Trường Mầm non Hoa Sen', kind: 'Trường mầm non', parentCode: 'XA-A3' },
      { row: 3, action: 'create', code: 'XA-A3', name: 'UBND xã Quảng Phú', kind: 'UBND cấp xã (Phòng Văn hóa - Xã hội)', parentCode: 'SO-A' },
      { row: 4, action: 'update', code: 'TR-A1A', name: 'Trường Mầm non Quảng Xương (mới)', kind: 'Trường mầm non', parentCode: 'XA-A1' },
      { row: 5, action: 'move', code: 'TR-A2A', name: 'Trường Tiểu học Điện Biên', kind: 'Trường tiểu học', parentCode: 'XA-A3' },
      { row: 6, action: 'update', code: 'XA-A2', name: 'UBND phường Hạc Thành', kind: 'UBND cấp xã (Phòng Văn hóa - Xã hội)', parentCode: 'SO-A' },
      { row: 7, action: 'unchanged', code: 'TR-A1B', name: 'Trường THCS Quảng Ninh', kind: 'Trường trung học cơ sở', parentCode: 'XA-A1' },
    ]);
    expect(await countUnits(ctx.database)).toBe(before);

    const applied = await as(ctx.app, adminSoA).post('/api/units/import/apply', { previewId: preview.previewId });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toEqual({ created: 2, updated: 2, moved: 1, closed: 1, unchanged: 1 });
    expect(await countUnits(ctx.database)).toBe(before + 2);

    const created = await unitByCode('TR-A3A');
    expect(created).toMatchObject({ name: 'Trường Mầm non Hoa Sen', parentCode: 'XA-A3' });
    expect(created!.name).toBe(created!.name.normalize('NFC'));
    expect(await unitByCode('XA-A3')).toMatchObject({ address: INJECTION, parentCode: 'SO-A' });
    expect(await unitByCode('TR-A1A')).toMatchObject({ name: 'Trường Mầm non Quảng Xương (mới)', email: 'mn.quangxuong@thanhhoa.edu.vn' });
    expect(await unitByCode('XA-A2')).toMatchObject({ validTo: '2025-07-01', successorCode: 'XA-A1' });
    const moved = await unitByCode('TR-A2A');
    expect(moved!.parentCode).toBe('XA-A3');
    const history = await ctx.database.query<{ parentCode: string; validFrom: string | null; validTo: string | null }>(
      `select p.code as "parentCode", h.valid_from::text as "validFrom", h.valid_to::text as "validTo"
         from unit_parent_history h join units p on p.id = h.parent_id where h.unit_id = $1 order by h.id`,
      [moved!.id],
    );
    expect(history).toEqual([
      { parentCode: 'XA-A2', validFrom: null, validTo: '2025-07-01' },
      { parentCode: 'XA-A3', validFrom: '2025-07-01', validTo: null },
    ]);

    const audit = await ctx.database.query<{ action: string; entityId: string; after: Record<string, unknown> }>(
      `select a.action, a.entity_id as "entityId", a.after from audit_log a join users u on u.id = a.actor_id
        where u.username = 'admin.so.a' and a.action like 'unit.%' order by a.id`,
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['unit.close', 'unit.create', 'unit.create', 'unit.import', 'unit.move', 'unit.update']);
    const importEntry = audit.find((a) => a.action === 'unit.import')!;
    expect(importEntry.entityId).toBe(preview.previewId);
    expect(importEntry.after).toEqual({ fileName: 'to-chuc-lai.xlsx', format: 'xlsx', rows: 6, created: 2, updated: 2, moved: 1, closed: 1, unchanged: 1 });
  });

  it('checks the right again at apply: a unit admin demoted in between applies nothing', async () => {
    const csv = csvOf([HEADERS, row({ 'Mã đơn vị': 'TH-RB0', 'Tên đơn vị': 'Trường RB0', 'Loại hình': 'TH', 'Mã đơn vị cấp trên': 'XA-A1' })]);
    const preview = (await uploadFile(ctx.app, adminSoA, 'rb0.csv', csv)).json();
    expect(preview).toMatchObject({ creates: 1, errors: [] });
    await ctx.database.query(`update user_roles set role = 'officer' where user_id = (select id from users where username = 'admin.so.a')`);
    try {
      const before = await snapshotUnits(ctx.database);
      const refused = await as(ctx.app, adminSoA).post('/api/units/import/apply', { previewId: preview.previewId });
      expect(refused.statusCode).toBe(403);
      expect(await snapshotUnits(ctx.database)).toEqual(before);
    } finally {
      await ctx.database.query(`update user_roles set role = 'unit_admin' where user_id = (select id from users where username = 'admin.so.a')`);
    }
  });

  it('rolls back every row already applied when a later row fails inside the transaction', async () => {
    const csv = csvOf([
      HEADERS,
      row({ 'Mã đơn vị': 'XA-RB1', 'Tên đơn vị': 'UBND xã RB1', 'Loại hình': 'XA', 'Mã đơn vị cấp trên': 'SO-A' }),
      row({ 'Mã đơn vị': 'TR-A1B', 'Tên đơn vị': 'Trường THCS Quảng Ninh (đổi tên)', 'Loại hình': 'THCS', 'Mã đơn vị cấp trên': 'XA-RB1' }),
      row({ 'Mã đơn vị': 'TH-RB3', 'Tên đơn vị': 'Trường RB3', 'Loại hình': 'TH', 'Mã đơn vị cấp trên': 'XA-RB1' }),
    ]);
    const preview = (await uploadFile(ctx.app, adminSoA, 'rb.csv', csv)).json();
    expect(preview).toMatchObject({ creates: 2, moves: 1, errors: [] });
    // The last insert collides inside the database, after the commune was created and the school moved.
    await ctx.database.query(`create function fail_rb3() returns trigger language plpgsql as $$
      begin if new.code = 'TH-RB3' then raise exception 'duplicate' using errcode = 'unique_violation'; end if; return new; end $$`);
    await ctx.database.query('create trigger fail_rb3 before insert on units for each row execute function fail_rb3()');
    try {
      const before = await snapshotUnits(ctx.database);
      const [auditBefore] = await ctx.database.query<{ n: number }>('select count(*)::int as n from audit_log');
      const failed = await as(ctx.app, adminSoA).post('/api/units/import/apply', { previewId: preview.previewId });
      expect(failed.statusCode).toBe(422);
      expect(failed.json().error.details).toEqual([{ row: 4, column: 'Mã đơn vị', message: 'Mã đơn vị "TH-RB3" đã tồn tại' }]);
      expect(await snapshotUnits(ctx.database)).toEqual(before);
      const [auditAfter] = await ctx.database.query<{ n: number }>('select count(*)::int as n from audit_log');
      expect(auditAfter!.n).toBe(auditBefore!.n);
    } finally {
      await ctx.database.query('drop trigger fail_rb3 on units');
      await ctx.database.query('drop function fail_rb3()');
    }
    // The preview survives a failed apply: once the cause is gone it applies.
    const applied = await as(ctx.app, adminSoA).post('/api/units/import/apply', { previewId: preview.previewId });
    expect(applied.json()).toEqual({ created: 2, updated: 0, moved: 1, closed: 0, unchanged: 0 });
    expect(await unitByCode('TR-A1B')).toMatchObject({ name: 'Trường THCS Quảng Ninh (đổi tên)', parentCode: 'XA-RB1' });
  });
});

async function readXlsx(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  return workbook;
}

describe('export', () => {
  it('writes .xlsx: bold frozen header, text dates, parents before children, formulas as plain text', async () => {
    const response = await as(ctx.app, adminSoA).get('/api/units/export?format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="don-vi-so-a-\d{8}\.xlsx"; filename\*=UTF-8''Danh%20s%C3%A1ch%20%C4%91%C6%A1n%20v%E1%BB%8B/);
    const workbook = await readXlsx(response.rawPayload);
    const sheet = workbook.getWorksheet('Đơn vị')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows: Record<string, unknown>[] = [];
    sheet.eachRow((r, n) => {
      if (n > 1) rows.push(Object.fromEntries(HEADERS.map((h, i) => [h, r.getCell(i + 1).value])));
    });
    const codes = rows.map((r) => r['Mã đơn vị']);
    expect(codes[0]).toBe('SO-A');
    for (const r of rows) {
      if (r['Mã đơn vị'] !== 'SO-A') expect(codes.indexOf(r['Mã đơn vị cấp trên'])).toBeLessThan(codes.indexOf(r['Mã đơn vị']));
    }
    // By default the export keeps history: closed units are included.
    const closed = rows.find((r) => r['Mã đơn vị'] === 'XA-A2')!;
    expect(closed['Hiệu lực đến']).toBe('01/07/2025');
    expect(closed['Mã đơn vị kế thừa']).toBe('XA-A1');
    const injected = sheet.getRow(codes.indexOf('XA-A3') + 2).getCell(HEADERS.indexOf('Địa chỉ') + 1);
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(injected.value).toBe(INJECTION);
    expect(sheet.getColumn(2).width).toBeGreaterThan(30);

    const openOnly = await readXlsx((await as(ctx.app, adminSoA).get('/api/units/export?includeClosed=false')).rawPayload);
    const openCodes: unknown[] = [];
    openOnly.getWorksheet('Đơn vị')!.eachRow((r, n) => n > 1 && openCodes.push(r.getCell(1).value));
    expect(openCodes).not.toContain('XA-A2');
    expect(openCodes.length).toBe(codes.length - 1);
  });

  it('writes .csv: UTF-8 with a BOM, RFC 4180 quoting, formula-like text defused', async () => {
    const response = await as(ctx.app, adminSoA).get(`/api/units/export?format=csv&rootId=${tree.ids['SO-A']}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(response.headers['content-disposition'])).toMatch(/filename="don-vi-so-a-\d{8}\.csv"/);
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(HEADERS.join(','));
    expect(lines.find((l) => l.startsWith('XA-A3,'))).toBe(`XA-A3,UBND xã Quảng Phú,XA,SO-A,,,,,'${INJECTION},,`);
    expect(lines.find((l) => l.startsWith('TR-A1A,'))).toBe('TR-A1A,Trường Mầm non Quảng Xương (mới),MN,XA-A1,,,,,,mn.quangxuong@thanhhoa.edu.vn,');
    expect(lines.find((l) => l.startsWith('XA-A2,'))).toBe('XA-A2,UBND phường Hạc Thành,XA,SO-A,,,01/07/2025,XA-A1,,,');
  });

  it('re-imports its own export as all unchanged (the apostrophe is read back)', async () => {
    for (const format of ['csv', 'xlsx']) {
      const exported = await as(ctx.app, adminSoA).get(`/api/units/export?format=${format}`);
      const preview = (await uploadFile(ctx.app, adminSoA, `lai.${format}`, exported.rawPayload)).json();
      expect(preview.errors, format).toEqual([]);
      expect(preview, format).toMatchObject({ creates: 0, updates: 0, moves: 0 });
      expect(preview.unchanged).toBe(preview.totalRows);
    }
  });

  it('round trip: export → import into a fresh database with the same root → the same units', async () => {
    const fresh = await createTestApp();
    try {
      await buildBareRoot(fresh.database);
      const freshAdmin = await signIn(fresh.app, 'sysadmin');
      for (const format of ['xlsx', 'csv'] as const) {
        const exported = await as(ctx.app, sysadmin).get(`/api/units/export?format=${format}&includeClosed=true`);
        expect(exported.statusCode).toBe(200);
        const preview = (await uploadFile(fresh.app, freshAdmin, `toan-bo.${format}`, exported.rawPayload)).json();
        expect(preview.errors, format).toEqual([]);
        const applied = await as(fresh.app, freshAdmin).post('/api/units/import/apply', { previewId: preview.previewId });
        expect(applied.statusCode, applied.body).toBe(200);
        expect(await snapshotUnits(fresh.database), format).toEqual(await snapshotUnits(ctx.database));
      }
    } finally {
      await fresh.close();
    }
  });
});

describe('template', () => {
  it('is an .xlsx with the header, an example row, and a guide listing every kind; it imports as it is', async () => {
    const response = await as(ctx.app, adminSoA).get('/api/units/import/template');
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-disposition'])).toMatch(/filename="mau-nhap-don-vi\.xlsx"; filename\*=UTF-8''M%E1%BA%ABu/);
    const workbook = await readXlsx(response.rawPayload);
    const [units, guide] = workbook.worksheets;
    expect(units!.name).toBe('Đơn vị');
    expect(units!.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(units!.getRow(2).getCell(4).value).toBe('SO-A');
    expect(guide!.name).toBe('Hướng dẫn');
    const guideText: string[] = [];
    guide!.eachRow((r) => guideText.push((r.values as unknown[]).filter(Boolean).join(' | ')));
    for (const header of HEADERS) expect(guideText.some((l) => l.startsWith(`${header} | `))).toBe(true);
    for (const kind of ['BO', 'SO', 'PGD', 'XA', 'MN', 'MG', 'TH', 'THCS', 'THPT', 'LC', 'GDNN-GDTX']) {
      expect(guideText.some((l) => l.startsWith(`${kind} | `)), kind).toBe(true);
    }
    const preview = (await uploadFile(ctx.app, adminSoA, 'mau.xlsx', response.rawPayload)).json();
    expect(preview).toMatchObject({ totalRows: 1, creates: 1, errors: [] });
  });
});
