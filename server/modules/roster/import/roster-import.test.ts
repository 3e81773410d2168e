import { sql } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.ts';
import { testConfig } from '../../../config.ts';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../../test/factories.ts';
import { multipartBody } from '../../../test/multipart.ts';
import type { App } from '../../../lib/http.ts';
import type { Actor } from '../../../lib/policy.ts';
import type { Role } from '../../../../common/roles.ts';
import { updateRosterPersonBody } from '../../../../common/contracts/roster.ts';
import { personBody } from '../roster.fixtures.ts';
import { lockUnitRoster } from '../roster.repo.ts';
import { updateRosterPerson, updateRosterPersonInTx } from '../roster.service.ts';
import { MAX_ROWS, tooManyRows } from './roster-file.read.ts';
import { excelDate, generatedRosterXlsx, MESSY_PEOPLE, messyRosterXlsx, xlsxOfRows, type FixtureCell } from './roster-file.fixtures.ts';
import { applyRosterImport, previewRosterImport } from './roster-import.service.ts';
import { listCurrentRoster } from './roster-import.repo.ts';
import { ParseMemo, parseRosterRow, ProblemLog, type FieldColumns } from './roster-import.rows.ts';

/** Two transactions at once need two connections: PostgreSQL only (PGlite is one connection, so writers never overlap there). */
const isPostgres = process.env.TEST_DB === 'postgres';

let ctx: TestContext;
let tree: TestTree;
let officer: SignedIn;
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  const users: [string, Role, string][] = [
    ['canbo.a1a', 'officer', 'TR-A1A'],
    ['canbo.a2a', 'officer', 'TR-A2A'],
    ['canbo.a1b', 'officer', 'TR-A1B'],
    ['truongban.xa', 'committee_head', 'XA-A1'],
    ['thanhtra.a1a', 'inspector', 'TR-A1A'],
    ['canbo.b1a', 'officer', 'TR-B1A'],
  ];
  for (const [username, role, unit] of users) {
    await createTestUser(ctx.database, tree, username, role, unit);
    const [row] = await ctx.database.query<Actor>(
      `select u.id as "userId", u.username, r.id as "roleId", r.role, r.unit_id as "unitId", n.path::text as "unitPath"
         from users u join user_roles r on r.user_id = u.id join units n on n.id = r.unit_id where u.username = $1`,
      [username],
    );
    actors[username] = row!;
  }
  officer = await signIn(ctx.app, 'canbo.a1a');
});
afterAll(() => ctx.close());

async function counts() {
  const [row] = await ctx.database.query<{ people: number; versions: number }>(
    'select (select count(*)::int from roster_people) as people, (select count(*)::int from roster_versions) as versions',
  );
  return row!;
}

function upload(who: SignedIn, fileName: string, content: Buffer | string, fields: Record<string, string> = {}) {
  const { payload, contentType } = multipartBody(fileName, content, { fields });
  return ctx.app.inject({ method: 'POST', url: '/api/roster/import/preview', payload, headers: { 'content-type': contentType, cookie: who.cookie, 'x-csrf-token': who.csrfToken } });
}

const HEADER: FixtureCell[] = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Chức vụ'];
const person = (n: number, name: string, birth: FixtureCell, sex = 'Nữ'): FixtureCell[] => [n, name, birth, sex, 'Kinh', 'Giáo viên'];
const plain = (...people: FixtureCell[][]) => xlsxOfRows([['DANH SÁCH CÁN BỘ'], HEADER, ...people]);

/** Previews as the officer of TR-A1A and expects a refusal of the whole file with `message`. */
async function expectRefused(content: Buffer | string, fileName: string, message: RegExp, maxRows?: number) {
  const before = await counts();
  await expect(previewRosterImport(ctx.database, actors['canbo.a1a']!, { fileName, content: typeof content === 'string' ? Buffer.from(content) : content, maxRows })).rejects.toThrow(message);
  expect(await counts()).toEqual(before);
}

/** Previews and expects row errors (row, column, reason) and nothing written. */
async function expectRowErrors(content: Buffer, expected: { row: number; column: string | null; message: RegExp }[], actor = 'canbo.a1a') {
  const before = await counts();
  const preview = await previewRosterImport(ctx.database, actors[actor]!, { fileName: 'loi.xlsx', content });
  expect(preview.canApply).toBe(false);
  for (const e of expected) expect(preview.errors).toContainEqual({ row: e.row, column: e.column, message: expect.stringMatching(e.message) });
  await expect(applyRosterImport(ctx.database, actors[actor]!, preview.previewId)).rejects.toThrow(/còn \d+ lỗi/);
  expect(await counts()).toEqual(before);
  return preview;
}

describe('roster import: a messy file, mapped, previewed, applied, imported again', () => {
  it('reads titles, a merged two-row header, NFD and capital names, text/Excel dates and bare years, "Tay"; asks about "ĐV"', async () => {
    const response = await upload(officer, 'danh-sach.xlsx', await messyRosterXlsx(), { asOf: '2025-09-05' });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({ sheetName: 'Danh sách', headerRow: 4, rowsRead: 5, joined: 5, errorCount: 0, canApply: true, missingFields: [] });
    expect(preview.columns).toContainEqual({ index: 2, letter: 'C', header: 'Ngày sinh / Nam', field: 'birthDateMale', source: 'recognised' });
    expect(preview.columns).toContainEqual({ index: 7, letter: 'H', header: 'ĐV', field: null, source: 'unmapped' });
    expect(preview.warnings).toContainEqual({ row: 4, column: 'H', message: expect.stringMatching(/Chưa biết cột "ĐV"/) });
    expect(preview.changes.map((c: { fullName: string }) => c.fullName)).toContain('Nguyễn Văn An');
  });

  it('applies with the user\'s mapping, all at once, and remembers it for the next import', async () => {
    const before = await counts();
    const preview = (await upload(officer, 'danh-sach.xlsx', await messyRosterXlsx(), { asOf: '2025-09-05', mapping: JSON.stringify({ 7: 'partyMember' }) })).json();
    expect(preview.columns).toContainEqual({ index: 7, letter: 'H', header: 'ĐV', field: 'partyMember', source: 'user' });
    const applied = await as(ctx.app, officer).post('/api/roster/import/apply', { previewId: preview.previewId });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toEqual({ rowsRead: 5, joined: 5, changed: 0, left: 0, unchanged: 0 });
    expect(await counts()).toEqual({ people: before.people + 5, versions: before.versions + 5 });

    const roster = await listCurrentRoster(ctx.database.db, tree.ids['TR-A1A']!, '2025-09-05');
    const byName = Object.fromEntries(roster.map((p) => [p.fullName, p]));
    expect(byName['Nguyễn Văn An']).toMatchObject({ sex: 'male', birthDate: '1975-03-12', position: 'principal', staffGroup: 'manager', degree: 'master', isPartyMember: true, validFrom: '2025-09-05' });
    expect(byName['Trần Thị Bình']).toMatchObject({ sex: 'female', birthDate: '1982-07-20', ethnicGroupCode: '02', isEthnicMinority: true });
    expect(byName['Lê Thị Cúc']).toMatchObject({ sex: 'female', birthDate: null, birthYear: 1990, isPartyMember: false });
    const [audit] = await ctx.database.query<{ after: Record<string, unknown> }>(`select after from audit_log where action = 'roster.import' order by id desc limit 1`);
    expect(audit!.after).toEqual({ fileName: 'danh-sach.xlsx', asOf: '2025-09-05', rowsRead: 5, joined: 5, changed: 0, left: 0, unchanged: 0 });

    // Applying twice cannot apply twice.
    expect((await as(ctx.app, officer).post('/api/roster/import/apply', { previewId: preview.previewId })).statusCode).toBe(404);
    // Next time the column is known.
    const again = (await upload(officer, 'danh-sach.xlsx', await messyRosterXlsx(), { asOf: '2025-09-05' })).json();
    expect(again.columns).toContainEqual({ index: 7, letter: 'H', header: 'ĐV', field: 'partyMember', source: 'remembered' });
    expect(again).toMatchObject({ joined: 0, changed: 0, left: 0, unchanged: 5 });
  });

  it('a changed file later gives joined / changed / left, and the figures as of the earlier date stay as they were', async () => {
    const earlier = await listCurrentRoster(ctx.database.db, tree.ids['TR-A1A']!, '2025-09-05');
    const people = MESSY_PEOPLE.filter((p) => p[1] !== 'Hoàng Thị Én').map((p) => (p[1] === 'Phạm Văn Dũng' ? [...p.slice(0, 5), 'Tổ trưởng chuyên môn', ...p.slice(6)] : p));
    people.push([6, 'Vũ Thị Giang', null, '01/02/1993', 'Nùng', 'Giáo viên', 'Đại học', '']);
    const preview = await previewRosterImport(ctx.database, actors['canbo.a1a']!, { fileName: 'hk2.xlsx', content: await messyRosterXlsx(people), asOf: '2026-01-15' });
    expect(preview).toMatchObject({ rowsRead: 5, joined: 1, changed: 1, left: 1, unchanged: 3, canApply: true });
    expect(preview.changes).toContainEqual({ row: 9, fullName: 'Phạm Văn Dũng', birth: '05/11/1988', kind: 'changed', fields: ['Chức vụ'] });
    expect(preview.changes).toContainEqual({ row: null, fullName: 'Hoàng Thị Én', birth: '30/04/1995', kind: 'left', fields: [] });
    expect(await applyRosterImport(ctx.database, actors['canbo.a1a']!, preview.previewId)).toEqual({ rowsRead: 5, joined: 1, changed: 1, left: 1, unchanged: 3 });

    const strip = (list: typeof earlier) => list.map(({ versionId: _v, validTo: _t, ...rest }) => rest);
    expect(strip(await listCurrentRoster(ctx.database.db, tree.ids['TR-A1A']!, '2025-09-05'))).toEqual(strip(earlier));
    const now = await listCurrentRoster(ctx.database.db, tree.ids['TR-A1A']!, '2026-01-15');
    expect(now.map((p) => p.fullName).sort()).toEqual(['Lê Thị Cúc', 'Nguyễn Văn An', 'Phạm Văn Dũng', 'Trần Thị Bình', 'Vũ Thị Giang']);
    expect(now.find((p) => p.fullName === 'Phạm Văn Dũng')).toMatchObject({ position: 'head_of_group', validFrom: '2026-01-15' });
  });

  it('refuses to apply when the roster changed since the preview', async () => {
    const preview = await previewRosterImport(ctx.database, actors['canbo.a1a']!, { fileName: 'a.xlsx', content: await messyRosterXlsx(), asOf: '2026-01-15' });
    const other = await previewRosterImport(ctx.database, actors['canbo.a1a']!, { fileName: 'b.xlsx', content: await messyRosterXlsx(MESSY_PEOPLE.slice(0, 2)), asOf: '2026-01-15' });
    await applyRosterImport(ctx.database, actors['canbo.a1a']!, other.previewId);
    const before = await counts();
    await expect(applyRosterImport(ctx.database, actors['canbo.a1a']!, preview.previewId)).rejects.toThrow(/đã thay đổi từ lúc xem trước/);
    expect(await counts()).toEqual(before);
  });

  it('refuses to apply when someone in the file was put on another unit\'s roster since the preview, and writes nothing', async () => {
    const rows = (name: string) => [
      ['Họ và tên', 'Ngày sinh', 'Giới tính'],
      [name, '12/12/1990', 'Nữ'],
      ['Mạc Văn Tùng', '01/01/1991', 'Nam'],
    ];
    // In 2027, after every date the other tests of these schools look at.
    const preview = await previewRosterImport(ctx.database, actors['canbo.a2a']!, { fileName: 'a2a.xlsx', content: await xlsxOfRows(rows('Đào Thị Hạnh')), asOf: '2027-06-01' });
    expect(preview).toMatchObject({ joined: 2, canApply: true });
    // Meanwhile another school records the same woman (her name written in capitals there).
    const there = await previewRosterImport(ctx.database, actors['canbo.b1a']!, { fileName: 'b1a.xlsx', content: await xlsxOfRows(rows('ĐÀO THỊ HẠNH').slice(0, 2)), asOf: '2027-05-01' });
    await applyRosterImport(ctx.database, actors['canbo.b1a']!, there.previewId);
    const before = await counts();
    const error = await applyRosterImport(ctx.database, actors['canbo.a2a']!, preview.previewId).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IMPORT_INVALID', message: expect.stringMatching(/đơn vị khác\. Chưa có thay đổi nào được lưu/) });
    expect((error as { details: unknown }).details).toEqual([{ row: 2, message: expect.stringContaining('TR-B1A') }]);
    expect(await counts()).toEqual(before);
  });

  it('streams a generated file of 5,000 rows, Vietnamese letters whole across chunk boundaries', async () => {
    const content = await generatedRosterXlsx(5000);
    const preview = await previewRosterImport(ctx.database, actors['canbo.a1b']!, { fileName: 'lon.xlsx', content, asOf: '2025-09-05' });
    expect(preview).toMatchObject({ rowsRead: 5000, joined: 5000, errorCount: 0, headerRow: 2 });
    expect(await applyRosterImport(ctx.database, actors['canbo.a1b']!, preview.previewId)).toMatchObject({ joined: 5000 });
    const [row] = await ctx.database.query<{ n: number }>('select count(*)::int as n from roster_people where unit_id = $1', [tree.ids['TR-A1B']]);
    expect(row!.n).toBe(5000);
  });

  it('writes text as written, whatever characters it holds (quotes, backslashes, braces, commas, "NULL")', async () => {
    const post = 'P.HT "2025–2030", {khóa mới} \\ NULL';
    const content = await xlsxOfRows([['Họ và tên', 'Ngày sinh', 'Giới tính', 'Quy hoạch'], ["Lò Thị Mí'a", '02/02/1992', 'Nữ', post], ['NULL Văn A', '03/03/1993', 'Nam', 'NULL']]);
    const preview = await previewRosterImport(ctx.database, actors['canbo.a1b']!, { fileName: 'ky-tu.xlsx', content, asOf: '2026-03-01' });
    expect(preview).toMatchObject({ joined: 2, canApply: true });
    await applyRosterImport(ctx.database, actors['canbo.a1b']!, preview.previewId);
    const now = await listCurrentRoster(ctx.database.db, tree.ids['TR-A1B']!, '2026-03-01');
    expect(now.map((p) => [p.fullName, p.planningPoolPost])).toEqual([
      ["Lò Thị Mí'a", post],
      ['NULL Văn A', 'NULL'],
    ]);
  });
});

describe('roster import: rows parsed with the file\'s memo', () => {
  it('give the same records, warnings and errors as without it', () => {
    const fields: FieldColumns = { fullName: 0, birthDate: 1, sex: 2, ethnicGroup: 3, position: 4, genderTrainingYear: 5 };
    const context = { today: '2026-06-30', date1904: false, schoolLevel: 'primary' } as const;
    // Repeated cells of every kind: text, the number 1990 beside the text "1990", Dates, an error and a warning that recur.
    const rows: FixtureCell[][] = [];
    for (let i = 0; i < 60; i += 1) {
      const birth = [1990, '1990', excelDate('1985-02-03'), '03/02/1985', '31/02/1985', 2012][i % 6]!;
      rows.push([`Người Số ${String.fromCharCode(65 + (i % 26))}`, birth, i % 2 ? 'Nữ' : 'nam', ['Kinh', 'Tay', 'Kinhh'][i % 3]!, ['Giáo viên', 'GV', 'Bác sĩ'][i % 3]!, ['2024', 2023, '', 'x'][i % 4]!]);
    }
    const parseAll = (memo?: ParseMemo) => {
      const log = new ProblemLog();
      const parsed = rows.map((cells, i) => parseRosterRow(i + 2, cells as never, fields, { ...context, memo }, log));
      return { parsed, log };
    };
    const plainRun = parseAll();
    const memoRun = parseAll(new ParseMemo());
    expect(memoRun).toEqual(plainRun);
    expect(plainRun.log.errorCount).toBeGreaterThan(0);
    expect(plainRun.log.warningCount).toBeGreaterThan(0);
    expect(plainRun.parsed.filter(Boolean).length).toBeGreaterThan(0);
    // Each record owns its list of years: changing one changes no other.
    const [first, second] = memoRun.parsed.filter((r) => r && r.facts.genderTrainingYears.length > 0);
    expect(first!.facts.genderTrainingYears).not.toBe(second!.facts.genderTrainingYears);
  });
});

describe('roster import: bad input gets a clear Vietnamese message and writes nothing', () => {
  it('a file that is not an .xlsx: text, CSV renamed, an .xls, a .docx, an empty file', async () => {
    await expectRefused('Họ và tên,Ngày sinh\nAn,1990', 'danh-sach.xlsx', /không phải tệp Excel \.xlsx/);
    await expectRefused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'cu.xls', /Excel 97-2003 \(\.xls\)/);
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    await expectRefused(Buffer.from(docx), 'van-ban.xlsx', /không chứa trang tính Excel nào/);
    await expectRefused(Buffer.alloc(0), 'rong.xlsx', /rỗng/);
  });

  it('a zip bomb', async () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(200 * 1024 * 1024) }, { level: 9 });
    await expectRefused(Buffer.from(bomb), 'bom.xlsx', /zip bomb/);
  });

  it('a sheet with no recognisable header', async () => {
    await expectRefused(await xlsxOfRows([['BÁO CÁO TỔNG HỢP'], ['Nội dung', 'Số lượng'], ['Lớp học', 12]]), 'bao-cao.xlsx', /Không tìm thấy dòng tiêu đề/);
  });

  it('missing required columns: the preview says which, and the mapping is not remembered', async () => {
    const content = await xlsxOfRows([['Họ và tên', 'Dân tộc', 'Chức vụ', 'Mã GV'], ['Lê Văn Tám', 'Kinh', 'Giáo viên', 'X1']]);
    const preview = await previewRosterImport(ctx.database, actors['canbo.a2a']!, { fileName: 'thieu.xlsx', content, mapping: { 3: 'note' } });
    expect(preview.missingFields).toEqual(['sex', 'birthDate']);
    expect(preview.errors).toEqual([
      { row: 1, column: null, message: expect.stringMatching(/Thiếu cột "Giới tính"/) },
      { row: 1, column: null, message: expect.stringMatching(/Thiếu cột "Ngày sinh" hoặc "Năm sinh"/) },
    ]);
    expect(preview.canApply).toBe(false);
    const saved = await ctx.database.query('select 1 from roster_import_mappings where unit_id = $1', [tree.ids['TR-A2A']]);
    expect(saved).toHaveLength(0);
  });

  it('impossible dates, with row, column and reason', async () => {
    await expectRowErrors(await plain(person(1, 'Đỗ Thị Hạnh', '31/02/1990'), person(2, 'Ngô Văn Khải', '12/13/1985', 'Nam'), person(3, 'Mai Thị Lan', '05/05/2031')), [
      { row: 3, column: 'C', message: /"31\/02\/1990" không phải ngày có thật/ },
      { row: 4, column: 'C', message: /không có tháng 13/ },
      { row: 5, column: 'C', message: /sau ngày hôm nay/ },
    ]);
  });

  it('the same person twice', async () => {
    await expectRowErrors(await plain(person(1, 'Đỗ Thị Hạnh', '01/02/1990'), person(2, 'Lý Văn Minh', 1988, 'Nam'), person(3, 'ĐỖ THỊ HẠNH', excelDate('1990-02-01'))), [
      { row: 5, column: 'B', message: /Trùng với dòng 3: cùng họ tên "Đỗ Thị Hạnh"/ },
    ]);
  });

  it('formula cells', async () => {
    await expectRowErrors(await plain([{ formula: 'ROW()-2' }, 'Đỗ Thị Hạnh', { formula: 'DATE(1990,2,1)' }, 'Nữ', 'Kinh', 'Giáo viên']), [
      { row: 3, column: 'C', message: /Ô chứa công thức/ },
    ]);
  });

  it('too many rows: stops reading at the limit', async () => {
    await expectRefused(await generatedRosterXlsx(40), 'nhieu.xlsx', /Tệp có hơn 25 dòng dữ liệu/, 25);
  });

  it('the row limit a person meets is 200,000 rows, and says so', () => {
    // Twice a large province's roster (~100,000); previewRosterImport passes no limit in production, so this one holds.
    expect(MAX_ROWS).toBe(200_000);
    expect(tooManyRows().message).toMatch(/^Tệp có hơn 200\.000 dòng dữ liệu: quá lớn cho một lần nhập/);
  });

  it('a file past the upload limit is refused with 413 before anything reads it', async () => {
    const small: App = await buildApp({ config: testConfig({ maxUploadBytes: 1024 * 1024 }), database: ctx.database, serveWeb: false });
    try {
      const who = await signIn(small, 'canbo.a2a');
      const post = (fileName: string, content: Buffer) => {
        const { payload, contentType } = multipartBody(fileName, content);
        return small.inject({ method: 'POST', url: '/api/roster/import/preview', payload, headers: { 'content-type': contentType, cookie: who.cookie, 'x-csrf-token': who.csrfToken } });
      };
      const previews = async () => (await ctx.database.query<{ n: number }>("select count(*)::int as n from import_previews where kind = 'roster'"))[0]!.n;
      const before = { ...(await counts()), previews: await previews() };
      // A sound roster and plain garbage of the same size get the same answer: the reader never saw either
      // (had it read the garbage, the answer would be 400 "not an Excel file").
      const roster = await generatedRosterXlsx(20_000);
      expect(roster.length).toBeGreaterThan(1024 * 1024);
      for (const [fileName, content] of [['lon.xlsx', roster], ['rac.xlsx', Buffer.alloc(roster.length, 0x41)]] as const) {
        const response = await post(fileName, content);
        expect(response.statusCode, response.body).toBe(413);
        expect(response.json().error).toMatchObject({ code: 'FILE_TOO_LARGE', message: 'Tệp quá lớn (tối đa 1 MB)' });
      }
      expect({ ...(await counts()), previews: await previews() }).toEqual(before);
      // Under the limit, the same route reads the file.
      const fits = await post('nho.xlsx', await plain(person(1, 'Tạ Thị Quỳnh', '06/06/1986')));
      expect(fits.statusCode, fits.body).toBe(200);
      expect(fits.json()).toMatchObject({ rowsRead: 1, joined: 1, canApply: true });
    } finally {
      await small.close();
    }
  });

  it('a person on another unit\'s roster at the same time', async () => {
    const content = await plain(person(1, 'Bùi Thị Nga', '03/03/1991'));
    const first = await previewRosterImport(ctx.database, actors['canbo.a2a']!, { fileName: 'a2a.xlsx', content, asOf: '2025-09-05' });
    await applyRosterImport(ctx.database, actors['canbo.a2a']!, first.previewId);
    await expectRowErrors(await plain(person(1, 'Nguyễn Thị Oanh', '04/04/1992'), person(2, 'bui thi nga', 1991)), [
      { row: 4, column: 'B', message: /đang có tên trong danh sách của đơn vị TR-A2A/ },
    ]);
  });
});

describe('roster import: only the unit\'s own reporters', () => {
  it('refuses a committee head above, an inspector, and another unit', async () => {
    const content = await messyRosterXlsx();
    const refused = /Chỉ cán bộ phụ trách và trưởng ban của chính đơn vị/;
    await expect(previewRosterImport(ctx.database, actors['truongban.xa']!, { fileName: 'x.xlsx', content, unitId: tree.ids['TR-A1A'] })).rejects.toThrow(refused);
    await expect(previewRosterImport(ctx.database, actors['thanhtra.a1a']!, { fileName: 'x.xlsx', content })).rejects.toThrow(refused);
    const response = await upload(officer, 'x.xlsx', content, { unitId: String(tree.ids['TR-A2A']) });
    expect(response.statusCode).toBe(403);
    const badMapping = await upload(officer, 'x.xlsx', content, { mapping: '{"7": "khong-co"}' });
    expect(badMapping.statusCode).toBe(400);
  });
});

describe('roster import: the apply and the roster written meanwhile', () => {
  const unit = () => tree.ids['TR-B1A']!;
  const officerB1A = () => actors['canbo.b1a']!;
  const lan = (position: string) => [1, 'Đặng Thị Lan', '03/03/1991', 'Nữ', 'Kinh', position] as FixtureCell[];
  const minh = [2, 'Hồ Văn Minh', '04/04/1987', 'Nam', 'Kinh', 'Giáo viên'] as FixtureCell[];
  const lanBody = (position: string, effectiveFrom: string) =>
    // The facts the file's row gives her (no degree column), so a form and the file can agree.
    updateRosterPersonBody.parse({ ...personBody({ fullName: 'Đặng Thị Lan', birthDate: '03/03/1991', position, degree: null }), effectiveFrom });
  const idOf = async (fullName: string) => (await ctx.database.query<{ id: number }>('select id from roster_people where unit_id = $1 and full_name = $2', [unit(), fullName]))[0]!.id;
  const periods = async (personId: number) =>
    ctx.database.query<{ validFrom: string; validTo: string | null; position: string }>(
      'select valid_from as "validFrom", valid_to as "validTo", position from roster_versions where person_id = $1 order by valid_from',
      [personId],
    );

  it('a roster changed since the preview with the same outcome: compared again, and written against the versions of now', async () => {
    const first = await previewRosterImport(ctx.database, officerB1A(), { fileName: 'b1a.xlsx', content: await plain(lan('Giáo viên'), minh), asOf: '2025-09-05' });
    await applyRosterImport(ctx.database, officerB1A(), first.previewId);
    const preview = await previewRosterImport(ctx.database, officerB1A(), { fileName: 'b1a-hk2.xlsx', content: await plain(lan('Tổ trưởng chuyên môn'), minh), asOf: '2026-01-15' });
    expect(preview).toMatchObject({ changed: 1, unchanged: 1, canApply: true });

    // Lan is a staff member for October, then a teacher again: the same facts as the preview saw, in another version.
    const id = await idOf('Đặng Thị Lan');
    await updateRosterPerson(ctx.database, officerB1A(), id, lanBody('staff', '01/10/2025'));
    await updateRosterPerson(ctx.database, officerB1A(), id, lanBody('teacher', '01/11/2025'));

    expect(await applyRosterImport(ctx.database, officerB1A(), preview.previewId)).toEqual({ rowsRead: 2, joined: 0, changed: 1, left: 0, unchanged: 1 });
    // The version closed is the one open now (from 1 November), not the one the preview saw.
    expect(await periods(id)).toEqual([
      { validFrom: '2025-09-05', validTo: '2025-10-01', position: 'teacher' },
      { validFrom: '2025-10-01', validTo: '2025-11-01', position: 'staff' },
      { validFrom: '2025-11-01', validTo: '2026-01-15', position: 'teacher' },
      { validFrom: '2026-01-15', validTo: null, position: 'head_of_group' },
    ]);
  });

  /** Resolves once some session of this database waits for a lock of the kind (pg_stat_activity), else fails. */
  async function untilSomeoneWaitsFor(waitEvent: 'advisory' | 'transactionid'): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [row] = await ctx.database.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and wait_event = $1",
        [waitEvent],
      );
      if (row!.n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no session waited for a ${waitEvent} lock`);
  }

  /** A transaction held open until `release()`; `ready` resolves once `work` has run in it. */
  function holdTransaction(work: (tx: Parameters<Parameters<typeof ctx.database.db.transaction>[0]>[0]) => Promise<unknown>) {
    let release!: () => void;
    let ready!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    const done = ctx.database.db.transaction(async (tx) => {
      await work(tx);
      ready();
      await released;
    });
    return { ready: Promise.race([isReady, done]), release, done };
  }

  it.skipIf(!isPostgres)('a person changed while an import is applied waits for the apply, then starts from what it wrote (PostgreSQL)', async () => {
    const now = await listCurrentRoster(ctx.database.db, unit(), '2026-01-15');
    const lanVersion = now.find((p) => p.fullName === 'Đặng Thị Lan')!.versionId;
    const preview = await previewRosterImport(ctx.database, officerB1A(), { fileName: 'b1a-he.xlsx', content: await plain(lan('Giáo viên'), minh), asOf: '2026-06-01' });
    expect(preview).toMatchObject({ changed: 1, unchanged: 1, canApply: true });
    const finished: string[] = [];
    // Another transaction holds Lan's open version, so the apply stops midway — holding the unit's roster.
    const blocker = holdTransaction((tx) => tx.execute(sql`select 1 from roster_versions where id = ${lanVersion} for update`));
    try {
      await blocker.ready;
      const applying = applyRosterImport(ctx.database, officerB1A(), preview.previewId).then((result) => (finished.push('apply'), result));
      await untilSomeoneWaitsFor('transactionid');
      const minhId = await idOf('Hồ Văn Minh');
      const minhBody = updateRosterPersonBody.parse({ ...personBody({ fullName: 'Hồ Văn Minh', birthDate: '04/04/1987', sex: 'male', degree: null, politicalTheory: 'elementary' }), effectiveFrom: '01/07/2026' });
      const editing = updateRosterPerson(ctx.database, officerB1A(), minhId, minhBody).then((detail) => (finished.push('edit'), detail));
      await untilSomeoneWaitsFor('advisory');
      expect(finished).toEqual([]);
      blocker.release();
      await blocker.done;
      expect(await applying).toMatchObject({ changed: 1, unchanged: 1 });
      const detail = await editing;
      expect(finished).toEqual(['apply', 'edit']);
      expect(detail.versions.map((v) => [v.validFrom, v.validTo, v.politicalTheory])).toEqual([
        ['2025-09-05', '2026-07-01', null],
        ['2026-07-01', null, 'elementary'],
      ]);
    } finally {
      blocker.release();
      await blocker.done.catch(() => undefined);
    }
  });

  it.skipIf(!isPostgres)('an apply waits for a person being changed, then refuses when that change alters what was previewed (PostgreSQL)', async () => {
    const preview = await previewRosterImport(ctx.database, officerB1A(), { fileName: 'b1a-thu.xlsx', content: await plain(lan('Giáo viên'), minh), asOf: '2026-08-01' });
    expect(preview.canApply).toBe(true);
    const lanId = await idOf('Đặng Thị Lan');
    // The edit takes the unit's roster the way every roster write does; it is still open when the apply starts.
    const editing = holdTransaction(async (tx) => {
      await updateRosterPersonInTx(tx, officerB1A(), lanId, lanBody('staff', '01/07/2026'));
    });
    try {
      await editing.ready;
      const before = await counts();
      const applying = applyRosterImport(ctx.database, officerB1A(), preview.previewId);
      applying.catch(() => undefined);
      await untilSomeoneWaitsFor('advisory');
      editing.release();
      await editing.done;
      await expect(applying).rejects.toThrow(/đã thay đổi từ lúc xem trước/);
      // The edit stands; the apply wrote nothing (the edit's version is the only new one).
      expect(await counts()).toEqual({ ...before, versions: before.versions + 1 });
    } finally {
      editing.release();
      await editing.done.catch(() => undefined);
    }
  });

  it.skipIf(!isPostgres)('every roster write takes the lock the apply takes (PostgreSQL)', async () => {
    const lanId = await idOf('Đặng Thị Lan');
    const holder = holdTransaction((tx) => lockUnitRoster(tx, unit()));
    try {
      await holder.ready;
      let isDone = false;
      const editing = updateRosterPerson(ctx.database, officerB1A(), lanId, lanBody('teacher', '01/09/2026')).finally(() => (isDone = true));
      await untilSomeoneWaitsFor('advisory');
      expect(isDone).toBe(false);
      holder.release();
      await holder.done;
      expect((await editing).position).toBe('teacher');
    } finally {
      holder.release();
      await holder.done.catch(() => undefined);
    }
  });
});
