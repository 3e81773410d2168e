/**
 * A campaign's results exported through the HTTP API and read back: the three sheets of
 * the .xlsx (totals per level equal to the live rollups, one row per report, what the file
 * is), the .csv (BOM, RFC 4180 quoting, no formula injection), the audit entry, and who
 * may export what.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../lib/policy.ts';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../../test/factories.ts';
import { parseCsv } from '../../units/import/csv.ts';
import type { ReportDetail } from '../../../../common/contracts/campaigns.ts';
import { campaignBody, goodContent, publishSmallTemplate } from '../campaigns.fixtures.ts';
import { readRollup } from '../rollups.service.ts';
import { download, openWorkbook } from './campaign-files.fixtures.ts';
import { prepareCampaignExport, SHEETS, sumStripes } from './campaign-export.service.ts';

let ctx: TestContext;
let tree: TestTree;
let campaignId: number;
const who: Record<string, SignedIn> = {};

const api = (name: string) => as(ctx.app, who[name]!);

async function reportOf(officer: string): Promise<ReportDetail> {
  const mine = (await api(officer).get('/api/my-reports')).json() as { campaignId: number; reportId: number }[];
  return (await api(officer).get(`/api/reports/${mine.find((r) => r.campaignId === campaignId)!.reportId}`)).json();
}

async function submit(officer: string, content = goodContent()) {
  const report = await reportOf(officer);
  const saved = await api(officer).put(`/api/reports/${report.id}`, { version: report.version, ...content, responses: { explanations: {}, confirmations: ['events-any'] } });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await api(officer).post(`/api/reports/${report.id}/submit`, { version: saved.json().version });
  expect(submitted.statusCode, submitted.body).toBe(200);
}

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  const users: [string, 'committee_head' | 'officer' | 'viewer', string][] = [
    ['truongban.so', 'committee_head', 'SO-A'],
    ['truongban.xa', 'committee_head', 'XA-A1'],
    ['canbo.mn', 'officer', 'TR-A1A'],
    ['canbo.thcs', 'officer', 'TR-A1B'],
    ['canbo.th', 'officer', 'TR-A2A'],
    ['canbo.sob', 'officer', 'SO-B'],
  ];
  for (const [username, role, unit] of users) await createTestUser(ctx.database, tree, username, role, unit);
  who.sys = await signIn(ctx.app, 'sysadmin');
  for (const [username] of users) who[username] = await signIn(ctx.app, username);
  // A name a spreadsheet would run as a formula, with a comma and quotes: the CSV must keep it text.
  const renamed = await api('sys').patch(`/api/units/${tree.ids['TR-A1B']}`, { name: '=Trường THCS "Quảng Ninh", cơ sở 2' });
  expect(renamed.statusCode, renamed.body).toBe(200);
  const versionId = await publishSmallTemplate(ctx.app, who.sys!);
  const issued = await api('truongban.so').post('/api/campaigns', campaignBody(versionId, [tree.kinds.XA!, tree.kinds.MN!, tree.kinds.TH!, tree.kinds.THCS!]));
  expect(issued.statusCode, issued.body).toBe(201);
  campaignId = issued.json().id;
  await submit('canbo.mn', goodContent(40, 30));
  await submit('canbo.thcs', goodContent(60, 35));
  // A draft: in "Số liệu đơn vị" with its figures, not in the totals (the basis is "submitted").
  const draft = await reportOf('canbo.th');
  expect((await api('canbo.th').put(`/api/reports/${draft.id}`, { version: draft.version, ...goodContent(20, 15) })).statusCode).toBe(200);
});
afterAll(() => ctx.close());

/** Rows of a sheet as arrays of cell values (column A first). */
function sheetRows(sheet: import('exceljs').Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('the .xlsx export', () => {
  it('has totals per level equal to the live rollup, a row per report, and what the file is', async () => {
    const response = await download(ctx.app, who['truongban.so']!, `/api/campaigns/${campaignId}/export.xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="ket-qua-dot-${campaignId}-so-a-\\d{8}\\.xlsx"; filename\\*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3`));
    const workbook = await openWorkbook(response.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([SHEETS.summary, SHEETS.reports, SHEETS.info]);

    const summary = workbook.getWorksheet(SHEETS.summary)!;
    expect(summary.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    const [header, ...rows] = sheetRows(summary);
    expect(header!.slice(0, 7)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Đơn vị cấp trên', 'Tổng số cán bộ, giáo viên, nhân viên — Tổng số', 'Tổng số cán bộ, giáo viên, nhân viên — Nữ', 'Tổng số cán bộ, giáo viên, nhân viên — Nam']);
    expect(header).toContain('Số buổi tuyên truyền');
    const femaleColumn = header!.indexOf('Tổng số cán bộ, giáo viên, nhân viên — Nữ');
    // The province first, then its communes, then its schools, each under its parent in Vietnamese order.
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['SO-A', 'Cấp tỉnh (Sở)'],
      ['XA-A2', 'Cấp xã / cấp huyện (trước 7/2025)'],
      ['XA-A1', 'Cấp xã / cấp huyện (trước 7/2025)'],
      ['TR-A2A', 'Cơ sở giáo dục'],
      ['TR-A1A', 'Cơ sở giáo dục'],
      ['TR-A1B', 'Cơ sở giáo dục'],
    ]);
    const live = await readRollup(ctx.database.db, campaignId, tree.ids['SO-A']!);
    expect(rows[0]![femaleColumn]).toBe(live['staff.female']!.sum);
    expect(rows[0]![femaleColumn]).toBe(65);
    expect(rows[2]![femaleColumn]).toBe((await readRollup(ctx.database.db, campaignId, tree.ids['XA-A1']!))['staff.female']!.sum);
    expect(rows[1]![femaleColumn]).toBeUndefined(); // XA-A2: only a draft below it
    expect(rows[4]![femaleColumn]).toBe(30);
    expect(rows[0]![header!.indexOf('Kinh phí')]).toBe(3000000);

    const reports = workbook.getWorksheet(SHEETS.reports)!;
    const [reportHeader, ...reportRows] = sheetRows(reports);
    expect(reportHeader!.slice(0, 6)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Đơn vị cấp trên', 'Trạng thái', 'Nộp lúc', 'Lý do nộp muộn']);
    const byCode = new Map(reportRows.map((r) => [r[0], r]));
    expect([...byCode.keys()].sort()).toEqual(['TR-A1A', 'TR-A1B', 'TR-A2A', 'XA-A1', 'XA-A2']);
    expect(byCode.get('TR-A1A')!.slice(0, 4)).toEqual(['TR-A1A', 'Trường Mầm non Quảng Xương', 'UBND xã Quảng Xương', 'Đã nộp']);
    expect(byCode.get('TR-A1A')![4]).toBeInstanceOf(Date);
    expect(byCode.get('TR-A2A')!.slice(3, 5)).toEqual(['Đang soạn', undefined]);
    expect(byCode.get('TR-A2A')![reportHeader!.indexOf('Tổng số cán bộ, giáo viên, nhân viên — Tổng số')]).toBe(20);
    expect(byCode.get('XA-A1')![3]).toBe('Cần nộp');
    expect(byCode.get('TR-A1B')![1]).toBe('=Trường THCS "Quảng Ninh", cơ sở 2');
    expect(reports.getRow(2).getCell(1).type).not.toBe(6 /* formula */);

    const info = Object.fromEntries(sheetRows(workbook.getWorksheet(SHEETS.info)!).map((r) => [r[0], r[1]]));
    expect(info).toMatchObject({
      'Đợt báo cáo': 'Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2026',
      'Đơn vị ban hành': 'Sở Giáo dục và Đào tạo Thanh Hóa (SO-A)',
      'Kỳ báo cáo': '6 tháng đầu năm 2026',
      'Cách tổng hợp': 'Báo cáo đã nộp (kể cả đã duyệt)',
      'Số báo cáo': 5,
      'Người xuất': 'Người dùng truongban.so (truongban.so)',
    });
    expect(info['Xuất lúc']).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

    const [audit] = await ctx.database.query<{ after: unknown }>(`select after from audit_log where action = 'campaign.export' and entity_id = '${campaignId}' order by id desc limit 1`);
    expect(audit!.after).toEqual({ format: 'xlsx', unitCode: 'SO-A', reports: 5 });
  });

  it('defaults to the viewer\'s own unit, and a unit below can be asked for', async () => {
    const commune = await openWorkbook((await download(ctx.app, who['truongban.xa']!, `/api/campaigns/${campaignId}/export.xlsx`)).rawPayload);
    expect(sheetRows(commune.getWorksheet(SHEETS.summary)!).slice(1).map((r) => r[0])).toEqual(['XA-A1', 'TR-A1A', 'TR-A1B']);
    const drill = await openWorkbook((await download(ctx.app, who['truongban.so']!, `/api/campaigns/${campaignId}/export.xlsx?unitId=${tree.ids['XA-A2']}`)).rawPayload);
    expect(sheetRows(drill.getWorksheet(SHEETS.reports)!).slice(1).map((r) => r[0])).toEqual(['XA-A2', 'TR-A2A']);
  });
});

describe('the .csv export', () => {
  it('is the "Số liệu đơn vị" table in UTF-8 with a BOM, quoted as RFC 4180 says, with no formula to run', async () => {
    const response = await download(ctx.app, who['truongban.so']!, `/api/campaigns/${campaignId}/export.csv`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain(`"'=Trường THCS ""Quảng Ninh"", cơ sở 2"`);
    expect(text.endsWith('\r\n')).toBe(true);
    const { records } = parseCsv(text, { maxRecords: 100 });
    const [header, ...rows] = records.map((r) => r.fields);
    expect(header!.slice(0, 7)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Đơn vị cấp trên', 'Trạng thái', 'Nộp lúc', 'Lý do nộp muộn', 'Tổng số cán bộ, giáo viên, nhân viên — Tổng số']);
    const mn = rows.find((r) => r[0] === 'TR-A1A')!;
    expect(mn.slice(0, 4)).toEqual(['TR-A1A', 'Trường Mầm non Quảng Xương', 'UBND xã Quảng Xương', 'Đã nộp']);
    expect(mn[4]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(mn[6]).toBe('40');
    expect(mn[header!.indexOf('Kinh phí')]).toBe('1500000');
    expect(rows.find((r) => r[0] === 'XA-A1')![6]).toBe('');
    expect(rows).toHaveLength(5);
    const [audit] = await ctx.database.query<{ after: unknown }>(`select after from audit_log where action = 'campaign.export' order by id desc limit 1`);
    expect(audit!.after).toEqual({ format: 'csv', unitCode: 'SO-A', reports: 5 });
  });
});

describe('who may export', () => {
  it('a viewer of another province gets 404, a unit outside one\'s subtree too, and nothing is audited', async () => {
    const [before] = await ctx.database.query<{ n: number }>(`select count(*)::int as n from audit_log where action = 'campaign.export'`);
    for (const format of ['xlsx', 'csv']) {
      const other = await download(ctx.app, who['canbo.sob']!, `/api/campaigns/${campaignId}/export.${format}`);
      expect(other.statusCode).toBe(404);
      expect(other.json().error.message).toBe('Không tìm thấy đợt báo cáo');
    }
    expect((await download(ctx.app, who['truongban.xa']!, `/api/campaigns/${campaignId}/export.xlsx?unitId=${tree.ids['SO-A']}`)).statusCode).toBe(404);
    expect((await download(ctx.app, who['truongban.so']!, `/api/campaigns/${campaignId}/export.csv?unitId=${tree.ids['XA-B1']}`)).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/campaigns/${campaignId}/export.xlsx` })).statusCode).toBe(401);
    const [after] = await ctx.database.query<{ n: number }>(`select count(*)::int as n from audit_log where action = 'campaign.export'`);
    expect(after!.n).toBe(before!.n);
  });
});

describe('a client that leaves mid-download', () => {
  it('ends the export quietly, without a wait left hanging', async () => {
    const [row] = await ctx.database.query<{ userId: number; path: string }>(
      `select u.id as "userId", un.path::text as path from users u join units un on un.code = 'SO-A' where u.username = 'truongban.so'`,
    );
    const actor: Actor = { userId: row!.userId, username: 'truongban.so', roleId: 0, role: 'committee_head', unitId: tree.ids['SO-A']!, unitPath: row!.path };
    for (const format of ['xlsx', 'csv'] as const) {
      for (const leaves of ['before the first byte', 'while it streams']) {
        const file = await prepareCampaignExport(ctx.database, actor, campaignId, { format });
        const output = new PassThrough();
        const errors: unknown[] = [];
        output.on('error', (error) => errors.push(error));
        if (leaves === 'before the first byte') output.destroy();
        else output.once('data', () => output.destroy());
        await expect(file.write(output), `${format}, ${leaves}`).resolves.toBeUndefined();
        expect(errors).toEqual([]);
      }
    }
  });
});

describe('summing a unit\'s rollup stripes', () => {
  it('adds each key over the stripes and drops a cell that cancelled out, as readTotals does', () => {
    const sums = sumStripes([
      { unitId: 1, totals: { 'staff.total': [40, 1], 'staff.female': [30, 1], events: [2, 1] } },
      { unitId: 1, totals: { 'staff.total': [60, 1], events: [-2, -1] } },
      { unitId: 2, totals: { budget: [0, 1] } },
    ]);
    expect(sums.get(1)).toEqual({ 'staff.total': 100, 'staff.female': 30 });
    expect(sums.get(2)).toEqual({ budget: 0 });
    expect(sums.get(3)).toBeUndefined();
  });
});
