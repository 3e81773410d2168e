/**
 * The offline report form through the HTTP API, on a real database: downloaded, filled
 * in as a person fills it, uploaded and saved exactly as the web form saves; and every
 * way an upload is refused — each with its message, row and column, each leaving the
 * report, its rollups and the audit log as they were.
 */
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.ts';
import { testConfig } from '../../../config.ts';
import { signingSecretOf } from '../../../lib/file-signing.ts';
import type { App } from '../../../lib/http.ts';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../../test/factories.ts';
import type { ReportDetail } from '../../../../common/contracts/campaigns.ts';
import { campaignBody, goodContent, publishSmallTemplate } from '../campaigns.fixtures.ts';
import { readRollup } from '../rollups.service.ts';
import { cellOfKey, download, fillForm, openWorkbook, rowOfMarker, saveWorkbook, snapshotReport, uploadForm } from './campaign-files.fixtures.ts';
import { COL, FORM_SHEET, META_SHEET, TARGET_COL } from './report-form.layout.ts';
import { FORMULA_CELL, NOT_OUR_FORM } from './report-form.read.ts';
import { addMetadataSheet, formMetadataOf } from './report-form.xlsx.ts';

let ctx: TestContext;
let tree: TestTree;
let versionId: number;
const who: Record<string, SignedIn> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  const users: [string, 'committee_head' | 'officer' | 'viewer', string][] = [
    ['truongban.so', 'committee_head', 'SO-A'],
    ['canbo.mn', 'officer', 'TR-A1A'],
    ['canbo.mn2', 'officer', 'TR-A1A'],
    ['xem.mn', 'viewer', 'TR-A1A'],
    ['canbo.thcs', 'officer', 'TR-A1B'],
    ['canbo.sob', 'officer', 'SO-B'],
  ];
  for (const [username, role, unit] of users) await createTestUser(ctx.database, tree, username, role, unit);
  who.sys = await signIn(ctx.app, 'sysadmin');
  for (const [username] of users) who[username] = await signIn(ctx.app, username);
  versionId = await publishSmallTemplate(ctx.app, who.sys!);
});
afterAll(() => ctx.close());

const api = (name: string) => as(ctx.app, who[name]!);
const kinds = () => [tree.kinds.XA!, tree.kinds.MN!, tree.kinds.TH!, tree.kinds.THCS!];

async function issue(options: Parameters<typeof campaignBody>[2] & { period?: ReturnType<typeof campaignBody>['period'] } = {}) {
  const body = { ...campaignBody(versionId, kinds(), options), ...(options.period ? { period: options.period } : {}) };
  const response = await api('truongban.so').post('/api/campaigns', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number };
}

async function reportOf(campaignId: number, officer: string): Promise<ReportDetail> {
  const mine = (await api(officer).get('/api/my-reports')).json() as { campaignId: number; reportId: number }[];
  const item = mine.find((r) => r.campaignId === campaignId)!;
  return (await api(officer).get(`/api/reports/${item.reportId}`)).json();
}

async function formOf(reportId: number, by = 'canbo.mn'): Promise<Buffer> {
  const response = await download(ctx.app, who[by]!, `/api/reports/${reportId}/form.xlsx`);
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

const FILLED = {
  values: { 'staff.total': 40, 'staff.female': 30, 'staff.male': 10, 'managers.total': 3, 'managers.female': 2, 'managers.male': 1, events: 4, budget: 1500000 },
  texts: { results: 'Tổ chức 4 buổi tuyên truyền nhân ngày 8/3.\nPhối hợp với Công đoàn.' },
  targets: { pool40: { assessment: 'Đạt', reason: '45% nữ trong quy hoạch' } },
};

/** Uploads, expects the refusal, and proves nothing changed. */
async function expectRefused(reportId: number, content: Buffer | string, status = 422, by = 'canbo.mn') {
  const before = await snapshotReport(ctx.database, reportId);
  const response = await uploadForm(ctx.app, who[by]!, reportId, content);
  expect(response.statusCode, response.body).toBe(status);
  expect(await snapshotReport(ctx.database, reportId)).toEqual(before);
  return response.json().error as { code: string; message: string; details?: { row?: number; column?: string; message: string }[] };
}

describe('the offline form, downloaded', () => {
  it('is laid out like the web form, protected, with its inputs unlocked and a very hidden signed sheet', async () => {
    const campaign = await issue();
    const report = await reportOf(campaign.id, 'canbo.mn');
    const response = await download(ctx.app, who['canbo.mn']!, `/api/reports/${report.id}/form.xlsx`);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="bieu-mau-bao-cao-\d+-tr-a1a\.xlsx"; filename\*=UTF-8''/);
    const workbook = await openWorkbook(response.rawPayload);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      [FORM_SHEET, 'visible'],
      [META_SHEET, 'veryHidden'],
    ]);
    const sheet = workbook.getWorksheet(FORM_SHEET)!;
    expect(sheet.getColumn(COL.marker).hidden).toBe(true);
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sheet.getCell('B1').value).toBe('Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2026');
    expect(sheet.getCell('B2').value).toBe('Đơn vị báo cáo: Trường Mầm non Quảng Xương (TR-A1A) — đơn vị ban hành: Sở Giáo dục và Đào tạo Thanh Hóa');
    const staffRow = sheet.getRow(rowOfMarker(sheet, 'staff.total'));
    expect([staffRow.getCell(COL.label).value, staffRow.getCell(COL.unit).value]).toEqual(['Tổng số cán bộ, giáo viên, nhân viên', 'người']);
    expect(staffRow.getCell(COL.marker).value).toBe('value:staff.total staff.female staff.male');
    const header = sheet.getRow(rowOfMarker(sheet, 'staff.total') - 1);
    expect([2, 3, 4, 5, 6].map((c) => header.getCell(c).value)).toEqual(['Chỉ tiêu', 'Đơn vị tính', 'Tổng số', 'Nữ', 'Nam']);
    // Inputs unlocked, everything else locked.
    expect(cellOfKey(sheet, 'staff.female').protection?.locked).toBe(false);
    expect(staffRow.getCell(COL.label).protection?.locked ?? true).toBe(true);
    const target = sheet.getRow(rowOfMarker(sheet, 'target:pool40'));
    expect(target.getCell(TARGET_COL.assessment).dataValidation).toMatchObject({ type: 'list', formulae: ['"Đạt,Chưa đạt,Không đánh giá được"'] });
    expect(target.getCell(TARGET_COL.reason).protection?.locked).toBe(false);
    // Excel refuses to edit a merged range that holds a locked cell: every cell of a merged input is unlocked.
    const text = sheet.getRow(rowOfMarker(sheet, 'text:results'));
    expect([2, 3, 4, 5, 6].map((c) => text.getCell(c).protection?.locked)).toEqual([false, false, false, false, false]);
    expect([4, 5, 6].map((c) => target.getCell(c).protection?.locked)).toEqual([false, false, false]);
    expect(cellOfKey(sheet, 'events').protection?.locked).toBe(false);
    expect(sheet.getRow(rowOfMarker(sheet, 'events')).getCell(COL.female).protection?.locked ?? true).toBe(true);
    const meta = workbook.getWorksheet(META_SHEET)!;
    const fields = Object.fromEntries(meta.getSheetValues().filter(Boolean).map((row) => [(row as string[])[1], (row as string[])[2]]));
    expect(fields).toMatchObject({ format: 'binhdang-report-form', formatVersion: '1', reportId: String(report.id), campaignId: String(campaign.id), unitCode: 'TR-A1A', templateVersionId: String(versionId), reportVersion: '0' });
    expect(fields.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('starts a report not yet begun from its prefill (the previous period\'s report)', async () => {
    const previous = await issue({ period: { kind: 'half-year', year: 2025, half: 2 }, name: 'Báo cáo 6 tháng cuối năm 2025' });
    const old = await reportOf(previous.id, 'canbo.mn');
    const saved = await api('canbo.mn').put(`/api/reports/${old.id}`, { version: old.version, ...goodContent(38, 29), responses: { explanations: {}, confirmations: ['events-any'] } });
    expect((await api('canbo.mn').post(`/api/reports/${old.id}/submit`, { version: saved.json().version })).statusCode).toBe(200);
    const campaign = await issue();
    const report = await reportOf(campaign.id, 'canbo.mn');
    expect(report.prefill?.values['staff.total']).toBe(38);
    const sheet = (await openWorkbook(await formOf(report.id))).getWorksheet(FORM_SHEET)!;
    expect(cellOfKey(sheet, 'staff.total').value).toBe(38);
    expect(cellOfKey(sheet, 'staff.female').value).toBe(29);
    expect(String(sheet.getCell('B5').value)).toContain('điền sẵn (từ báo cáo kỳ trước)');
  });
});

describe('the offline form, filled and uploaded', () => {
  it('saves numbers, texts and assessments exactly as the web form does, and the rollup follows', async () => {
    const campaign = await issue({ rollupBasis: 'drafts' });
    const report = await reportOf(campaign.id, 'canbo.mn');
    const filled = await fillForm(await formOf(report.id), FILLED);
    const response = await uploadForm(ctx.app, who['canbo.mn']!, report.id, filled);
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json() as ReportDetail;
    expect(saved).toMatchObject({ id: report.id, state: 'draft', version: 1, values: FILLED.values });
    expect(saved.answers).toEqual({ texts: { results: FILLED.texts.results }, targets: { pool40: { assessment: 'achieved', reason: '45% nữ trong quy hoạch' } } });
    expect((await readRollup(ctx.database.db, campaign.id, tree.ids['SO-A']!))['staff.female']).toEqual({ sum: 30, reportingUnits: 1 });
    const [audit] = await ctx.database.query<{ action: string; after: { values: Record<string, number> } }>(
      `select action, after from audit_log where entity_type = 'campaign_report' and entity_id = '${report.id}' order by id desc limit 1`,
    );
    expect(audit).toMatchObject({ action: 'report.save', after: { values: { 'staff.total': 40 } } });

    // The next download starts from what was saved, at the new version; an unchanged upload writes nothing.
    const again = await formOf(report.id);
    const sheet = (await openWorkbook(again)).getWorksheet(FORM_SHEET)!;
    expect(cellOfKey(sheet, 'budget').value).toBe(1500000);
    expect(sheet.getRow(rowOfMarker(sheet, 'target:pool40')).getCell(TARGET_COL.assessment).value).toBe('Đạt');
    const before = await snapshotReport(ctx.database, report.id);
    expect((await uploadForm(ctx.app, who['canbo.mn']!, report.id, again)).json().version).toBe(1);
    expect(await snapshotReport(ctx.database, report.id)).toEqual(before);

    // Clearing a cell clears the figure; a Vietnamese word is read whatever its case or composition.
    const cleared = await fillForm(again, { values: { budget: null }, targets: { pool40: { assessment: 'CHƯA ĐẠT'.normalize('NFD') } } });
    const second = (await uploadForm(ctx.app, who['canbo.mn']!, report.id, cleared)).json() as ReportDetail;
    expect(second.values.budget).toBeUndefined();
    expect(second.answers.targets.pool40).toEqual({ assessment: 'not_achieved', reason: '45% nữ trong quy hoạch' });
  });

  it('answers 409 REPORT_CONFLICT when the report was saved after the form was made', async () => {
    const campaign = await issue();
    const report = await reportOf(campaign.id, 'canbo.mn');
    const form = await formOf(report.id);
    const web = await api('canbo.mn2').put(`/api/reports/${report.id}`, { version: report.version, ...goodContent(41, 30) });
    expect(web.statusCode).toBe(200);
    const error = await expectRefused(report.id, await fillForm(form, FILLED), 409);
    expect(error.code).toBe('REPORT_CONFLICT');
    expect(error.message).toContain('Người dùng canbo.mn2 đã lưu báo cáo này');
    expect((await reportOf(campaign.id, 'canbo.mn')).values['staff.total']).toBe(41);
  });

  it('refuses a submitted report, a viewer, and a report of another province', async () => {
    const campaign = await issue();
    const report = await reportOf(campaign.id, 'canbo.mn');
    const form = await fillForm(await formOf(report.id, 'xem.mn'), FILLED);
    const viewer = await expectRefused(report.id, form, 403, 'xem.mn');
    expect(viewer.message).toBe('Vai trò hiện tại không được nhập báo cáo này');
    expect((await download(ctx.app, who['canbo.sob']!, `/api/reports/${report.id}/form.xlsx`)).statusCode).toBe(404);
    expect((await expectRefused(report.id, form, 404, 'canbo.sob')).message).toBe('Không tìm thấy báo cáo');

    const saved = await api('canbo.mn').put(`/api/reports/${report.id}`, { version: report.version, ...goodContent(), responses: { explanations: {}, confirmations: ['events-any'] } });
    const submitted = await api('canbo.mn').post(`/api/reports/${report.id}/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const late = await fillForm(await formOf(report.id), { values: { 'staff.total': 41 } });
    const error = await expectRefused(report.id, late, 409);
    expect(error).toMatchObject({ code: 'REPORT_NOT_EDITABLE', message: 'Báo cáo đã nộp, đang chờ cấp trên xem xét' });
  });
});

describe('an upload is refused with a clear message, and nothing changes', () => {
  let campaignId: number;
  let report: ReportDetail;
  let form: Buffer;

  beforeAll(async () => {
    campaignId = (await issue()).id;
    report = await reportOf(campaignId, 'canbo.mn');
    form = await formOf(report.id);
  });

  it('not an .xlsx, a zip bomb, an empty file', async () => {
    expect(await expectRefused(report.id, 'Mã đơn vị,Tên\r\nTR-A1A,Trường', 400)).toMatchObject({ code: 'BAD_FILE', message: expect.stringMatching(/^Tệp không phải \.xlsx/) });
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(await expectRefused(report.id, Buffer.from(bomb), 400)).toMatchObject({ code: 'BAD_FILE', message: expect.stringContaining('zip bomb') });
    expect((await expectRefused(report.id, Buffer.alloc(0), 400)).message).toMatch(/Tệp rỗng/);
  });

  it('too big: 413', async () => {
    const small: App = await buildApp({ config: testConfig({ maxUploadBytes: 4096 }), database: ctx.database, serveWeb: false });
    try {
      const officer = await signIn(small, 'canbo.mn');
      const before = await snapshotReport(ctx.database, report.id);
      const response = await uploadForm(small, officer, report.id, form);
      expect(response.statusCode, response.body).toBe(413);
      expect(response.json().error.code).toBe('FILE_TOO_LARGE');
      expect(await snapshotReport(ctx.database, report.id)).toMatchObject({ report: before.report, rollups: before.rollups });
    } finally {
      await small.close();
    }
  });

  it('no metadata sheet, or metadata that does not match its signature', async () => {
    const withoutMeta = await fillForm(form, FILLED, (workbook) => workbook.removeWorksheet(workbook.getWorksheet(META_SHEET)!.id));
    expect(await expectRefused(report.id, withoutMeta)).toMatchObject({ code: 'IMPORT_INVALID', message: NOT_OUR_FORM });
    const tampered = await fillForm(form, FILLED, (workbook) => {
      const meta = workbook.getWorksheet(META_SHEET)!;
      meta.eachRow((row) => {
        if (row.getCell(1).value === 'reportVersion') row.getCell(2).value = '7';
      });
    });
    expect(await expectRefused(report.id, tampered)).toMatchObject({ code: 'IMPORT_INVALID', message: NOT_OUR_FORM });
    const otherKey = await fillForm(form, FILLED, (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet(META_SHEET)!.id);
      addMetadataSheet(workbook, formMetadataOf({ reportId: report.id, reportVersion: report.version, campaign: { id: campaignId, name: 'x', templateVersionId: versionId }, unit: { code: 'TR-A1A', name: 'x' }, createdAt: new Date() } as never), 'k'.repeat(64));
    });
    expect((await expectRefused(report.id, otherKey)).message).toBe(NOT_OUR_FORM);
  });

  it('the form of another unit, or of another campaign', async () => {
    const other = await reportOf(campaignId, 'canbo.thcs');
    const otherForm = await fillForm(await formOf(other.id, 'canbo.thcs'), FILLED);
    expect((await expectRefused(report.id, otherForm, 422)).message).toBe(
      'Tệp này là biểu mẫu của đơn vị Trường THCS Quảng Ninh (TR-A1B), không phải của báo cáo này (đơn vị Trường Mầm non Quảng Xương (TR-A1A)).',
    );
    const second = await issue({ name: 'Báo cáo bổ sung năm 2026' });
    const secondForm = await fillForm(await formOf((await reportOf(second.id, 'canbo.mn')).id), FILLED);
    expect((await expectRefused(report.id, secondForm)).message).toBe(
      'Tệp này là biểu mẫu của đợt báo cáo "Báo cáo bổ sung năm 2026", không phải của báo cáo này (đợt báo cáo "Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2026").',
    );
  });

  it('a form made from another template version', async () => {
    const forged = await fillForm(form, FILLED, (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet(META_SHEET)!.id);
      const metadata = formMetadataOf({ reportId: report.id, reportVersion: report.version, campaign: { id: campaignId, name: report.campaign.name, templateVersionId: versionId + 1000 }, unit: { code: 'TR-A1A', name: report.unit.name }, createdAt: new Date() } as never);
      addMetadataSheet(workbook, metadata, signingSecretOf(ctx.app.config));
    });
    expect((await expectRefused(report.id, forged)).message).toBe(
      'Tệp được tạo từ một phiên bản mẫu báo cáo khác với phiên bản đợt báo cáo đang dùng (Báo cáo thử, phiên bản 1). Hãy tải biểu mẫu mới và nhập lại số liệu.',
    );
  });

  it('an extra sheet, or the form sheet renamed', async () => {
    const extra = await fillForm(form, FILLED, (workbook) => workbook.addWorksheet('Ghi chú').addRow(['nháp']));
    expect((await expectRefused(report.id, extra)).message).toBe(
      'Tệp có thêm trang tính "Ghi chú": biểu mẫu chỉ có trang "Báo cáo". Hãy xóa trang thêm vào (hoặc chép số liệu sang biểu mẫu mới) rồi tải lên lại.',
    );
    const renamed = await fillForm(form, FILLED, (_workbook, sheet) => (sheet.name = 'Bao cao'));
    expect((await expectRefused(report.id, renamed)).message).toBe('Không thấy trang tính "Báo cáo" (tệp có trang "Bao cao": trang đã bị đổi tên?). Hãy giữ nguyên tên trang tính, hoặc tải biểu mẫu mới.');
  });

  it('a formula in any cell, with its row and column', async () => {
    let row = 0;
    const withFormula = await fillForm(form, FILLED, (_workbook, sheet) => {
      const cell = cellOfKey(sheet, 'staff.total');
      row = Number(cell.row);
      cell.value = { formula: 'E9+F9', result: 40 };
      sheet.getCell('H3').value = { formula: '1+1', result: 2 };
    });
    const error = await expectRefused(report.id, withFormula);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details).toEqual([
      { row: 3, column: 'H', message: FORMULA_CELL },
      { row, column: 'D', message: FORMULA_CELL },
    ]);
    expect(error.message).toBe(`Tệp có 2 ô chưa hợp lệ nên chưa lưu gì. Dòng 3, cột H: ${FORMULA_CELL}`);
  });

  it('a changed hidden key column, an inserted row, a changed header', async () => {
    let staffRow = 0;
    const changedKey = await fillForm(form, FILLED, (_workbook, sheet) => {
      staffRow = rowOfMarker(sheet, 'staff.total');
      sheet.getRow(staffRow).getCell(COL.marker).value = 'value:managers.total managers.female managers.male';
    });
    const error = await expectRefused(report.id, changedKey);
    expect(error.message).toMatch(/^Cột ẩn chứa mã chỉ tiêu hoặc các dòng tiêu đề của biểu mẫu đã bị thay đổi/);
    expect(error.details).toEqual([{ row: staffRow, column: 'A', message: `Dòng ${staffRow}: mã ẩn ở cột A không khớp biểu mẫu` }]);
    const inserted = await fillForm(form, FILLED, (_workbook, sheet) => sheet.spliceRows(staffRow, 0, ['', 'Dòng chèn thêm']));
    expect((await expectRefused(report.id, inserted)).details).toEqual([{ row: staffRow, column: 'A', message: `Dòng ${staffRow}: mã ẩn ở cột A không khớp biểu mẫu` }]);
    const header = await fillForm(form, FILLED, (_workbook, sheet) => (sheet.getRow(staffRow - 1).getCell(COL.female).value = 'Phụ nữ'));
    expect((await expectRefused(report.id, header)).details).toEqual([{ row: staffRow - 1, column: 'E', message: 'Tiêu đề cột đã bị sửa: "Phụ nữ" (đúng là "Nữ")' }]);
  });

  it('text in a number cell, a negative number, a fraction of a person, an unknown assessment: each with row, column and label', async () => {
    const bad = await fillForm(form, { ...FILLED, values: { ...FILLED.values, 'staff.total': 'bốn mươi', 'staff.female': -1, 'managers.male': 2.5 }, targets: { pool40: { assessment: 'Tốt', reason: 'x' } } });
    const sheet = (await openWorkbook(form)).getWorksheet(FORM_SHEET)!;
    const staff = rowOfMarker(sheet, 'staff.total');
    const managers = rowOfMarker(sheet, 'managers.total');
    const target = rowOfMarker(sheet, 'target:pool40');
    const error = await expectRefused(report.id, bad);
    expect(error.details).toEqual([
      { row: staff, column: 'D', message: '"Tổng số cán bộ, giáo viên, nhân viên — Tổng số" phải là số nguyên (ô đang chứa chữ "bốn mươi")' },
      { row: staff, column: 'E', message: '"Tổng số cán bộ, giáo viên, nhân viên — Nữ" không được âm' },
      { row: managers, column: 'F', message: '"Cán bộ quản lý — Nam" phải là số nguyên' },
      { row: target, column: 'C', message: 'Đánh giá "Tốt" không hợp lệ cho chỉ tiêu "Nữ trong quy hoạch ≥ 40%": hãy chọn Đạt, Chưa đạt, Không đánh giá được' },
    ]);
    expect(error.message).toBe(`Tệp có 4 ô chưa hợp lệ nên chưa lưu gì. Dòng ${staff}, cột D: "Tổng số cán bộ, giáo viên, nhân viên — Tổng số" phải là số nguyên (ô đang chứa chữ "bốn mươi")`);
  });

  it('an answer longer than the web form allows', async () => {
    const long = await fillForm(form, { texts: { results: 'a'.repeat(20001) } });
    const sheet = (await openWorkbook(form)).getWorksheet(FORM_SHEET)!;
    expect((await expectRefused(report.id, long)).details).toEqual([{ row: rowOfMarker(sheet, 'text:results'), column: 'B', message: 'Tối đa 20.000 ký tự' }]);
  });

  it('is refused after all that with the report untouched: the same form, fixed, still saves', async () => {
    const response = await uploadForm(ctx.app, who['canbo.mn']!, report.id, await fillForm(form, FILLED));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ version: report.version + 1, values: FILLED.values });
    // Opening and saving in Excel does not matter: the form survives a round trip through a workbook library untouched.
    expect((await saveWorkbook(await openWorkbook(form))).length).toBeGreaterThan(0);
  });
});
