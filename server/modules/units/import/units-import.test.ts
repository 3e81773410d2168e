/**
 * The units import through the HTTP API, on a real database: every way a file is
 * refused (with row, column and reason, and nothing written), the all-or-nothing apply,
 * and who may do what.
 */
import iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../../test/factories.ts';
import { previewUnitImport } from './units-import.service.ts';
import { csvOf, HEADERS, row, snapshotUnits, toWindows1258Form, uploadFile, xlsxOf } from './units-import.fixtures.ts';

let ctx: TestContext;
let tree: TestTree;
let sysadmin: SignedIn;
let adminSoA: SignedIn;
let adminXaA1: SignedIn;
let officer: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  await createTestUser(ctx.database, tree, 'admin.so.a', 'unit_admin', 'SO-A');
  await createTestUser(ctx.database, tree, 'admin.xa.a1', 'unit_admin', 'XA-A1');
  await createTestUser(ctx.database, tree, 'canbo.xa.a1', 'officer', 'XA-A1');
  sysadmin = await signIn(ctx.app, 'sysadmin');
  adminSoA = await signIn(ctx.app, 'admin.so.a');
  adminXaA1 = await signIn(ctx.app, 'admin.xa.a1');
  officer = await signIn(ctx.app, 'canbo.xa.a1');
});
afterAll(() => ctx.close());

type PreviewError = { row: number; column?: string; message: string };

/** Uploads, expects a 200 preview with errors, checks that apply refuses it and that nothing changed. */
async function expectRowErrors(who: SignedIn, fileName: string, content: Buffer | string): Promise<PreviewError[]> {
  const before = await snapshotUnits(ctx.database);
  const response = await uploadFile(ctx.app, who, fileName, content);
  expect(response.statusCode, response.body).toBe(200);
  const preview = response.json();
  expect(preview.errors.length).toBeGreaterThan(0);
  const apply = await as(ctx.app, who).post('/api/units/import/apply', { previewId: preview.previewId });
  expect(apply.statusCode).toBe(422);
  expect(apply.json().error.code).toBe('IMPORT_INVALID');
  expect(await snapshotUnits(ctx.database)).toEqual(before);
  return preview.errors;
}

/** Uploads, expects the whole file refused with `status`, and nothing changed or stored. */
async function expectFileRejected(who: SignedIn, fileName: string, content: Buffer | string, status = 400) {
  const before = await snapshotUnits(ctx.database);
  const [previews] = await ctx.database.query<{ n: number }>('select count(*)::int as n from import_previews');
  const response = await uploadFile(ctx.app, who, fileName, content);
  expect(response.statusCode, response.body).toBe(status);
  expect(await snapshotUnits(ctx.database)).toEqual(before);
  const [after] = await ctx.database.query<{ n: number }>('select count(*)::int as n from import_previews');
  expect(after!.n).toBe(previews!.n);
  return response.json().error as { code: string; message: string; details?: PreviewError[] };
}

describe('a file is refused as a whole, with a clear message and nothing written', () => {
  it('missing or renamed required columns: names them', async () => {
    const csv = csvOf([
      ['Mã đơn vị', 'Tên đơn vị', 'Loại hình đơn vị', 'Đơn vị chủ quản'],
      ['TH-X', 'Trường X', 'TH', 'XA-A1'],
    ]);
    const error = await expectFileRejected(sysadmin, 'thieu-cot.csv', csv);
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toMatch(/Tệp thiếu cột bắt buộc: "Mã đơn vị cấp trên"/);
    expect(error.message).toMatch(/Không nhận ra các cột: "Đơn vị chủ quản"/);
    expect(error.details).toEqual([{ row: 1, column: 'Mã đơn vị cấp trên', message: 'Thiếu cột bắt buộc "Mã đơn vị cấp trên"' }]);
  });

  it('an .xlsx that is not a zip', async () => {
    const error = await expectFileRejected(sysadmin, 'don-vi.xlsx', 'Đây là văn bản, không phải Excel');
    expect(error.message).toMatch(/không phải tệp Excel \(\.xlsx\) hợp lệ/);
  });

  it('a truncated .xlsx', async () => {
    const bytes = await xlsxOf([HEADERS, row({ 'Mã đơn vị': 'TH-X', 'Tên đơn vị': 'Trường X', 'Loại hình': 'TH', 'Mã đơn vị cấp trên': 'XA-A1' })]);
    const error = await expectFileRejected(sysadmin, 'cut.xlsx', bytes.subarray(0, bytes.length - 200));
    expect(error.message).toMatch(/bị hỏng hoặc tải lên không đầy đủ/);
  });

  it('a zip without a worksheet', async () => {
    const error = await expectFileRejected(sysadmin, 'khong-co-sheet.xlsx', Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>') })));
    expect(error.message).toMatch(/không chứa trang tính Excel/);
  });

  it('a zip bomb', async () => {
    const bomb = zipSync(
      { '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(101 * 1024 * 1024) },
      { level: 9 },
    );
    const error = await expectFileRejected(sysadmin, 'bomb.xlsx', Buffer.from(bomb));
    expect(error.message).toMatch(/zip bomb/);
  });

  it('a 50 MB file: 413 before it is read', async () => {
    const error = await expectFileRejected(sysadmin, 'lon.csv', Buffer.alloc(50 * 1024 * 1024, 0x41), 413);
    expect(error).toMatchObject({ code: 'FILE_TOO_LARGE', message: 'Tệp quá lớn (tối đa 20 MB)' });
  });

  it('an empty file', async () => {
    expect((await expectFileRejected(sysadmin, 'rong.csv', Buffer.alloc(0))).message).toMatch(/Tệp rỗng/);
  });

  it('a CSV in no encoding that reads as Vietnamese: asks for CSV UTF-8', async () => {
    const junk = Buffer.from(Array.from({ length: 300 }, (_, i) => [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xa4, 0xbf, 0x41][i % 8]!));
    expect((await expectFileRejected(sysadmin, 'la.csv', junk)).message).toMatch(/"CSV UTF-8/);
  });

  it('a request without a file', async () => {
    const response = await as(ctx.app, sysadmin).post('/api/units/import/preview', { file: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('BAD_FILE');
  });
});

describe('rows are refused with their row, column and reason, and nothing is written', () => {
  const H = { code: 'Mã đơn vị', name: 'Tên đơn vị', kind: 'Loại hình', parent: 'Mã đơn vị cấp trên' };
  const unit = (code: string, name: string, kind: string, parent: string, extra: Record<string, string> = {}) =>
    row({ [H.code]: code, [H.name]: name, [H.kind]: kind, [H.parent]: parent, ...extra });

  it('duplicate codes: points at both rows', async () => {
    const errors = await expectRowErrors(
      sysadmin,
      'trung.csv',
      csvOf([HEADERS, unit('TH-D1', 'Trường A', 'TH', 'XA-A1'), unit('TH-D2', 'Trường B', 'TH', 'XA-A1'), unit('th-d1 ', 'Trường C', 'TH', 'XA-A1')]),
    );
    expect(errors).toEqual([
      { row: 2, column: 'Mã đơn vị', message: 'Mã đơn vị "TH-D1" bị trùng: mã này cũng có ở dòng 4' },
      { row: 4, column: 'Mã đơn vị', message: 'Mã đơn vị "TH-D1" bị trùng: mã này cũng có ở dòng 2' },
    ]);
  });

  it('unknown parent code', async () => {
    const errors = await expectRowErrors(sysadmin, 'cha.csv', csvOf([HEADERS, unit('TH-U1', 'Trường A', 'TH', 'XA-KHONG-CO')]));
    expect(errors).toEqual([{ row: 2, column: 'Mã đơn vị cấp trên', message: 'Không tìm thấy đơn vị cấp trên "XA-KHONG-CO": mã này không có trong hệ thống và trong tệp' }]);
  });

  it('a parent cycle within the file, and through the existing tree', async () => {
    const errors = await expectRowErrors(
      sysadmin,
      'vong.csv',
      csvOf([HEADERS, unit('XA-C1', 'Xã C1', 'XA', 'XA-C2'), unit('XA-C2', 'Xã C2', 'XA', 'XA-C1'), unit('TH-C3', 'Trường C3', 'TH', 'XA-C1')]),
    );
    expect(errors.filter((e) => e.message.startsWith('Vòng lặp'))).toEqual([
      { row: 2, column: 'Mã đơn vị cấp trên', message: 'Vòng lặp đơn vị cấp trên: XA-C1 → XA-C2 → XA-C1 (một đơn vị không thể nằm dưới chính nó)' },
      { row: 3, column: 'Mã đơn vị cấp trên', message: 'Vòng lặp đơn vị cấp trên: XA-C2 → XA-C1 → XA-C2 (một đơn vị không thể nằm dưới chính nó)' },
    ]);
    // SO-A moved below its own commune XA-A1.
    const through = await expectRowErrors(sysadmin, 'vong2.csv', csvOf([HEADERS, unit('SO-A', 'Sở Giáo dục và Đào tạo Thanh Hóa', 'SO', 'XA-A1')]));
    expect(through).toContainEqual({ row: 2, column: 'Mã đơn vị cấp trên', message: 'Vòng lặp đơn vị cấp trên: SO-A → XA-A1 → SO-A (một đơn vị không thể nằm dưới chính nó)' });
  });

  it('a kind that does not exist or does not fit under the parent level', async () => {
    const errors = await expectRowErrors(
      sysadmin,
      'loai.csv',
      csvOf([HEADERS, unit('SO-K1', 'Sở K1', 'SO', 'XA-A1'), unit('TH-K2', 'Trường K2', 'Trường đại học', 'XA-A1'), unit('MN-K3', 'Trường K3', 'mầm non', 'TR-A1A')]),
    );
    expect(errors).toEqual([
      {
        row: 2,
        column: 'Loại hình',
        message: 'Loại hình "Sở Giáo dục và Đào tạo" (Cấp tỉnh (Sở)) không thể trực thuộc đơn vị "XA-A1" (Cấp xã / cấp huyện (trước 7/2025)): đơn vị trực thuộc phải ở cấp thấp hơn',
      },
      { row: 3, column: 'Loại hình', message: expect.stringMatching(/^Loại hình "Trường đại học" không tồn tại\. Dùng mã loại hình: BO, SO, PGD, XA, MN/) },
      { row: 4, column: 'Loại hình', message: expect.stringMatching(/^Loại hình "Trường mầm non" \(Cơ sở giáo dục\) không thể trực thuộc đơn vị "TR-A1A"/) },
    ]);
  });

  it('missing values, bad codes, dates and emails, all at once', async () => {
    const errors = await expectRowErrors(
      sysadmin,
      'sai.csv',
      csvOf([
        HEADERS,
        unit('', 'Trường A', 'TH', 'XA-A1'),
        unit('TH-M2', '', '', 'XA-A1'),
        unit('TH M3', 'Trường C', 'TH', ''),
        unit('TH-M4', 'Trường D', 'TH', 'XA-A1', { 'Hiệu lực từ': '31/02/2025', Email: 'khong-phai-email' }),
        unit('TH-M5', 'Trường E', 'TH', 'XA-A1', { 'Hiệu lực từ': '01/09/2025', 'Hiệu lực đến': '01/09/2024' }),
      ]),
    );
    expect(errors).toEqual([
      { row: 2, column: 'Mã đơn vị', message: 'Thiếu mã đơn vị' },
      { row: 3, column: 'Tên đơn vị', message: 'Thiếu tên đơn vị' },
      { row: 3, column: 'Loại hình', message: 'Thiếu loại hình đơn vị' },
      { row: 4, column: 'Mã đơn vị', message: 'Mã "TH M3" không hợp lệ: Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang (tối đa 40 ký tự)' },
      { row: 5, column: 'Email', message: 'Email không hợp lệ: "khong-phai-email"' },
      { row: 5, column: 'Hiệu lực từ', message: 'Ngày không hợp lệ: "31/02/2025" (nhập theo dạng dd/mm/yyyy, ví dụ 01/07/2025)' },
      { row: 6, column: 'Hiệu lực đến', message: '"Hiệu lực đến" (01/09/2024) phải sau "Hiệu lực từ" (01/09/2025)' },
    ]);
  });

  it('formulas: an Excel formula cell is an error, its cached value unused; a code that starts like a formula is refused', async () => {
    const bytes = await xlsxOf([
      HEADERS,
      ['TH-F1', { formula: 'CONCATENATE("Trường ","F1")', result: 'Trường F1' }, 'TH', 'XA-A1'],
      ['=HYPERLINK("http://evil","TH-F2")', 'Trường F2', 'TH', 'XA-A1'],
      ['@TH-F3', 'Trường F3', 'TH', 'XA-A1'],
      ['TH-F4', 'Trường F4', 'TH', { formula: '"XA-"&"A1"', result: 'XA-A1' }],
    ]);
    const errors = await expectRowErrors(sysadmin, 'cong-thuc.xlsx', bytes);
    expect(errors).toEqual([
      { row: 2, column: 'Tên đơn vị', message: 'Ô chứa công thức: hãy nhập giá trị trực tiếp (hệ thống không tính công thức)' },
      {
        row: 3,
        column: 'Mã đơn vị',
        message: 'Mã "=HYPERLINK("http://evil","TH-F2")" không hợp lệ: mã đơn vị không được bắt đầu bằng =, +, -, @ hoặc ký tự tab (dễ bị hiểu là công thức)',
      },
      { row: 4, column: 'Mã đơn vị', message: 'Mã "@TH-F3" không hợp lệ: mã đơn vị không được bắt đầu bằng =, +, -, @ hoặc ký tự tab (dễ bị hiểu là công thức)' },
      { row: 5, column: 'Mã đơn vị cấp trên', message: 'Ô chứa công thức: hãy nhập giá trị trực tiếp (hệ thống không tính công thức)' },
    ]);
  });

  it('a parent outside the actor’s subtree: a commune admin cannot import under, or change, a sibling commune', async () => {
    const errors = await expectRowErrors(
      adminXaA1,
      'ngoai.csv',
      csvOf([
        HEADERS,
        unit('TH-O1', 'Trường O1', 'TH', 'XA-A2'),
        unit('TR-A2A', 'Trường Tiểu học Điện Biên (đổi tên)', 'TH', 'XA-A2'),
        unit('TH-O3', 'Trường O3', 'TH', 'XA-A1'),
        unit('XA-A1', 'UBND xã Quảng Xương', 'XA', 'SO-A', { 'Hiệu lực đến': '01/07/2025' }),
      ]),
    );
    expect(errors).toEqual([
      { row: 2, column: 'Mã đơn vị cấp trên', message: 'Đơn vị cấp trên "XA-A2" không thuộc phạm vi quản lý của bạn' },
      { row: 3, column: 'Mã đơn vị', message: 'Mã đơn vị "TR-A2A" đã được dùng cho một đơn vị không thuộc phạm vi quản lý của bạn' },
      { row: 5, column: 'Hiệu lực đến', message: 'Không thể cho đơn vị của chính bạn ngừng hoạt động: việc này do đơn vị cấp trên thực hiện' },
    ]);
  });

  it('closing a unit that would leave open children behind', async () => {
    const errors = await expectRowErrors(sysadmin, 'dong.csv', csvOf([HEADERS, unit('XA-A1', 'UBND xã Quảng Xương', 'XA', 'SO-A', { 'Hiệu lực đến': '01/07/2025' })]));
    expect(errors).toEqual([
      {
        row: 2,
        column: 'Hiệu lực đến',
        message: 'Đơn vị còn 2 đơn vị trực thuộc đang hoạt động (ví dụ "TR-A1A"): hãy chuyển chúng sang đơn vị cấp trên khác trong tệp, hoặc ghi "Mã đơn vị kế thừa" để chuyển chúng sang đơn vị kế thừa',
      },
    ]);
  });
});

describe('legacy and decomposed text', () => {
  it('reads a CSV saved in Windows-1258 as the same Vietnamese names, and says so', async () => {
    const csv = csvOf([HEADERS, row({ 'Mã đơn vị': 'TH-1258', 'Tên đơn vị': 'Trường Tiểu học Nguyễn Trãi', 'Loại hình': 'Tiểu học', 'Mã đơn vị cấp trên': 'XA-A1', 'Địa chỉ': 'Thôn Đông, xã Quảng Xương' })], ';');
    const bytes = iconv.encode(toWindows1258Form(csv), 'windows-1258');
    const response = await uploadFile(ctx.app, sysadmin, 'cp1258.csv', bytes);
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview.errors).toEqual([]);
    expect(preview.sample).toEqual([{ row: 2, action: 'create', code: 'TH-1258', name: 'Trường Tiểu học Nguyễn Trãi', kind: 'Trường tiểu học', parentCode: 'XA-A1' }]);
    expect(preview.warnings[0]).toMatch(/Windows-1258/);
  });

  it('normalises decomposed (NFD) text to NFC, codes trimmed and upper-cased', async () => {
    const csv = csvOf([HEADERS, row({ 'Mã đơn vị': '  th-nfd ', 'Tên đơn vị': 'Trường Mầm non Hướng Dương'.normalize('NFD'), 'Loại hình': 'MN', 'Mã đơn vị cấp trên': 'xa-a1' })]);
    const preview = (await uploadFile(ctx.app, sysadmin, 'nfd.csv', csv)).json();
    expect(preview.errors).toEqual([]);
    expect(preview.sample[0]).toMatchObject({ code: 'TH-NFD', name: 'Trường Mầm non Hướng Dương', parentCode: 'XA-A1' });
    expect(preview.sample[0].name).toBe(preview.sample[0].name.normalize('NFC'));
  });
});

describe('previews belong to their author and apply once', () => {
  it('refuses another user’s preview, applies once, then answers 404', async () => {
    const csv = csvOf([HEADERS, row({ 'Mã đơn vị': 'TH-ONCE', 'Tên đơn vị': 'Trường Một Lần', 'Loại hình': 'TH', 'Mã đơn vị cấp trên': 'XA-A1' })]);
    const preview = (await uploadFile(ctx.app, adminSoA, 'mot-lan.csv', csv)).json();
    expect(preview).toMatchObject({ totalRows: 1, creates: 1, updates: 0, moves: 0, unchanged: 0, errors: [] });

    const stolen = await as(ctx.app, sysadmin).post('/api/units/import/apply', { previewId: preview.previewId });
    expect(stolen.statusCode).toBe(404);

    const first = await as(ctx.app, adminSoA).post('/api/units/import/apply', { previewId: preview.previewId });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ created: 1, updated: 0, moved: 0, closed: 0, unchanged: 0 });

    const again = await as(ctx.app, adminSoA).post('/api/units/import/apply', { previewId: preview.previewId });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toMatch(/có thể đã được áp dụng/);
    const [count] = await ctx.database.query<{ n: number }>("select count(*)::int as n from units where code = 'TH-ONCE'");
    expect(count!.n).toBe(1);
  });

  it('re-checks at apply: a preview made stale by a change in between writes nothing', async () => {
    const csv = csvOf([
      HEADERS,
      row({ 'Mã đơn vị': 'TH-STALE1', 'Tên đơn vị': 'Trường S1', 'Loại hình': 'TH', 'Mã đơn vị cấp trên': 'XA-A2' }),
      row({ 'Mã đơn vị': 'TH-STALE2', 'Tên đơn vị': 'Trường S2', 'Loại hình': 'TH', 'Mã đơn vị cấp trên': 'XA-A1' }),
    ]);
    const preview = (await uploadFile(ctx.app, sysadmin, 'cu.csv', csv)).json();
    expect(preview).toMatchObject({ creates: 2, errors: [] });
    // Meanwhile the commune closes (its school moves on), and someone creates TH-STALE2 elsewhere.
    const closed = await as(ctx.app, sysadmin).post(`/api/units/${tree.ids['XA-A2']}/close`, { effectiveDate: '2025-07-01', moveChildrenToId: tree.ids['XA-A1'] });
    expect(closed.statusCode, closed.body).toBe(200);
    const created = await as(ctx.app, sysadmin).post('/api/units', { code: 'TH-STALE2', name: 'Trường khác', kindId: tree.kinds.TH, parentId: tree.ids['XA-B1'] });
    expect(created.statusCode, created.body).toBe(201);

    const before = await snapshotUnits(ctx.database);
    const apply = await as(ctx.app, sysadmin).post('/api/units/import/apply', { previewId: preview.previewId });
    expect(apply.statusCode).toBe(422);
    expect(apply.json().error.details).toEqual([
      { row: 2, column: 'Mã đơn vị cấp trên', message: 'Đơn vị cấp trên "XA-A2" (UBND phường Hạc Thành) đã ngừng hoạt động từ 01/07/2025' },
    ]);
    expect(await snapshotUnits(ctx.database)).toEqual(before);

    // Without the closed parent, the other row would now move a unit instead of creating one: refused too.
    const second = (await uploadFile(ctx.app, sysadmin, 'cu2.csv', csvOf([HEADERS, row({ 'Mã đơn vị': 'TH-STALE3', 'Tên đơn vị': 'Trường S3', 'Loại hình': 'TH', 'Mã đơn vị cấp trên': 'XA-A1' })]))).json();
    await as(ctx.app, sysadmin).post('/api/units', { code: 'TH-STALE3', name: 'Trường khác', kindId: tree.kinds.TH, parentId: tree.ids['XA-B1'] });
    const after = await snapshotUnits(ctx.database);
    const refused = await as(ctx.app, sysadmin).post('/api/units/import/apply', { previewId: second.previewId });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([
      { row: 2, column: 'Mã đơn vị', message: 'Lúc xem trước dòng này là "thêm mới", nay là "chuyển đơn vị cấp trên" (dữ liệu đã thay đổi)' },
    ]);
    expect(await snapshotUnits(ctx.database)).toEqual(after);
  });
});

describe('preview housekeeping', () => {
  it('expires a preview after a day and clears old previews when a new one is written', async () => {
    const csv = csvOf([HEADERS, row({ 'Mã đơn vị': 'TH-OLD', 'Tên đơn vị': 'Trường Cũ', 'Loại hình': 'TH', 'Mã đơn vị cấp trên': 'XA-A1' })]);
    const old = (await uploadFile(ctx.app, sysadmin, 'cu.csv', csv)).json();
    await ctx.database.query("update import_previews set created_at = now() - interval '25 hours' where id = $1", [old.previewId]);
    expect((await as(ctx.app, sysadmin).post('/api/units/import/apply', { previewId: old.previewId })).statusCode).toBe(404);
    await uploadFile(ctx.app, adminSoA, 'moi.csv', csv);
    const [left] = await ctx.database.query<{ n: number }>('select count(*)::int as n from import_previews where id = $1', [old.previewId]);
    expect(left!.n).toBe(0);
  });

  it('keeps the Vietnamese file name, and shows at most 1,000 errors with a count of the rest', async () => {
    const rows = Array.from({ length: 1005 }, (_, i) => row({ 'Mã đơn vị': `TH-E${i}`, 'Tên đơn vị': `Trường ${i}`, 'Loại hình': 'TH', 'Mã đơn vị cấp trên': 'KHONG-CO' }));
    const preview = (await uploadFile(ctx.app, sysadmin, 'Danh sách trường.csv', csvOf([HEADERS, ...rows]))).json();
    expect(preview.fileName).toBe('Danh sách trường.csv');
    expect(preview.totalRows).toBe(1005);
    expect(preview.errors).toHaveLength(1001);
    expect(preview.errors[1000]).toEqual({ row: 1002, message: '… và 5 lỗi khác (chỉ hiển thị 1.000 lỗi đầu tiên)' });
  });
});

describe('authorization of every route', () => {
  const csv = csvOf([HEADERS, row({ 'Mã đơn vị': 'TH-AUTH', 'Tên đơn vị': 'Trường Auth', 'Loại hình': 'TH', 'Mã đơn vị cấp trên': 'XA-A1' })]);

  it('signed out: 401 everywhere', async () => {
    expect((await uploadFile(ctx.app, null, 'a.csv', csv)).statusCode).toBe(401);
    expect((await as(ctx.app, null).post('/api/units/import/apply', { previewId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(401);
    expect((await as(ctx.app, null).get('/api/units/import/template')).statusCode).toBe(401);
    expect((await as(ctx.app, null).get('/api/units/export')).statusCode).toBe(401);
  });

  it('an officer: 403 everywhere, even in their own unit', async () => {
    expect((await uploadFile(ctx.app, officer, 'a.csv', csv)).statusCode).toBe(403);
    expect((await as(ctx.app, officer).post('/api/units/import/apply', { previewId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(403);
    expect((await as(ctx.app, officer).get('/api/units/import/template')).statusCode).toBe(403);
    expect((await as(ctx.app, officer).get('/api/units/export')).statusCode).toBe(403);
    expect((await as(ctx.app, officer).get(`/api/units/export?rootId=${tree.ids['XA-A1']}`)).statusCode).toBe(403);
  });

  it('a unit admin: their own subtree yes, a sibling’s or a parent’s rootId is 404', async () => {
    expect((await as(ctx.app, adminXaA1).get(`/api/units/export?rootId=${tree.ids['XA-A1']}`)).statusCode).toBe(200);
    expect((await as(ctx.app, adminXaA1).get(`/api/units/export?rootId=${tree.ids['TR-A1A']}`)).statusCode).toBe(200);
    expect((await as(ctx.app, adminXaA1).get(`/api/units/export?rootId=${tree.ids['XA-A2']}`)).statusCode).toBe(404);
    expect((await as(ctx.app, adminXaA1).get(`/api/units/export?rootId=${tree.ids['SO-A']}`)).statusCode).toBe(404);
    expect((await as(ctx.app, adminXaA1).get('/api/units/import/template')).statusCode).toBe(200);
    const preview = await uploadFile(ctx.app, adminXaA1, 'a.csv', csv);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().errors).toEqual([]);
  });

  it('a malformed preview id is a 400, an unknown one a 404', async () => {
    expect((await as(ctx.app, adminXaA1).post('/api/units/import/apply', { previewId: 'khong-phai-uuid' })).statusCode).toBe(400);
    expect((await as(ctx.app, adminXaA1).post('/api/units/import/apply', { previewId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
  });

  it('documents every route in OpenAPI under "units"', async () => {
    const spec = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const [path, method] of [
      ['/api/units/import/preview', 'post'],
      ['/api/units/import/apply', 'post'],
      ['/api/units/import/template', 'get'],
      ['/api/units/export', 'get'],
    ] as const) {
      expect(spec.paths[path]?.[method]?.tags, path).toEqual(['units']);
      expect(spec.paths[path][method].summary).toBeTruthy();
    }
  });
});
