import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../test/factories.ts';
import { campaignBody, expectLiveEqualsRecount, goodContent, publishSmallTemplate } from './campaigns.fixtures.ts';
import { readRollup } from './rollups.service.ts';
import type { ReportDetail } from '../../../common/contracts/campaigns.ts';

let ctx: TestContext;
let tree: TestTree;
let versionId: number;
const who: Record<string, SignedIn> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  const users: [string, 'committee_head' | 'officer' | 'viewer' | 'unit_admin', string][] = [
    ['truongban.so', 'committee_head', 'SO-A'],
    ['canbo.so', 'officer', 'SO-A'],
    ['truongban.xa', 'committee_head', 'XA-A1'],
    ['canbo.xa', 'officer', 'XA-A1'],
    ['canbo.mn', 'officer', 'TR-A1A'],
    ['canbo.mn2', 'officer', 'TR-A1A'],
    ['canbo.thcs', 'officer', 'TR-A1B'],
    ['canbo.th', 'officer', 'TR-A2A'],
    ['canbo.sob', 'officer', 'SO-B'],
    ['xem.so', 'viewer', 'SO-A'],
    ['admin.so', 'unit_admin', 'SO-A'],
  ];
  for (const [username, role, unit] of users) await createTestUser(ctx.database, tree, username, role, unit);
  who.sys = await signIn(ctx.app, 'sysadmin');
  for (const [username] of users) who[username] = await signIn(ctx.app, username);
  versionId = await publishSmallTemplate(ctx.app, who.sys!);
});
afterAll(() => ctx.close());

const api = (name: string) => as(ctx.app, who[name]!);
const kinds = () => [tree.kinds.XA!, tree.kinds.MN!, tree.kinds.TH!, tree.kinds.THCS!];
const count = async (sql: string) => (await ctx.database.query<{ n: number }>(sql))[0]!.n;

async function issue(options: Parameters<typeof campaignBody>[2] = {}, by = 'truongban.so') {
  const response = await api(by).post('/api/campaigns', campaignBody(versionId, kinds(), options));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number };
}

async function reportOf(campaignId: number, officer: string): Promise<ReportDetail> {
  const mine = (await api(officer).get('/api/my-reports')).json() as { campaignId: number; reportId: number }[];
  const item = mine.find((r) => r.campaignId === campaignId)!;
  return (await api(officer).get(`/api/reports/${item.reportId}`)).json();
}

async function fill(campaignId: number, officer: string, content = goodContent()) {
  const report = await reportOf(campaignId, officer);
  const saved = await api(officer).put(`/api/reports/${report.id}`, { version: report.version, ...content, responses: { explanations: {}, confirmations: ['events-any'] } });
  expect(saved.statusCode, saved.body).toBe(200);
  return saved.json() as { id: number; version: number };
}

async function submit(campaignId: number, officer: string, content = goodContent(), lateReason?: string) {
  const saved = await fill(campaignId, officer, content);
  const response = await api(officer).post(`/api/reports/${saved.id}/submit`, { version: saved.version, ...(lateReason ? { lateReason } : {}) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { id: number; version: number; status: string };
}

async function expectRollupsRight(campaignId: number, basis: 'drafts' | 'submitted' | 'approved' = 'submitted') {
  // Every unit of the campaign's scope: the issuer's subtree (above it nothing is totalled).
  const units = await ctx.database.query<{ id: number; path: string }>(
    `select u.id, u.path::text as path from units u, campaigns c join units iu on iu.id = c.issuer_unit_id where c.id = ${campaignId} and u.path <@ iu.path`,
  );
  for (const unit of units) await expectLiveEqualsRecount(ctx.database.db, campaignId, unit, basis);
}

describe('issuing a campaign', () => {
  it('expects one report from every open unit of the chosen kinds below the issuer, and audits it', async () => {
    const campaign = await issue();
    expect(await count(`select count(*)::int as n from campaign_reports where campaign_id = ${campaign.id}`)).toBe(5);
    const detail = (await api('truongban.so').get(`/api/campaigns/${campaign.id}`)).json();
    expect(detail).toMatchObject({ periodLabel: '6 tháng đầu năm 2026', canManage: true, completeness: { expected: 5, submitted: 0, pending: 5 } });
    expect(await count(`select count(*)::int as n from audit_log where action = 'campaign.create' and entity_id = '${campaign.id}'`)).toBe(1);
  });

  it('refuses a draft template version, kinds nobody has, a viewer, and a bad schedule — writing nothing', async () => {
    const before = await count('select count(*)::int as n from campaigns');
    const draft = (await api('sys').post('/api/templates', { code: 'BC-NHAP', name: 'Nháp', definition: (await import('./campaigns.fixtures.ts')).SMALL_TEMPLATE })).json();
    const notPublished = await api('truongban.so').post('/api/campaigns', campaignBody(draft.versions[0].id, kinds()));
    expect(notPublished.statusCode).toBe(400);
    expect(notPublished.json().error.details).toEqual([{ field: 'templateVersionId', message: 'Phiên bản này chưa ban hành' }]);
    const nobody = await api('truongban.so').post('/api/campaigns', campaignBody(versionId, [tree.kinds.THPT!]));
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.message).toContain('Không có đơn vị nào thuộc loại đã chọn');
    expect((await api('xem.so').post('/api/campaigns', campaignBody(versionId, kinds()))).statusCode).toBe(403);
    expect((await api('admin.so').post('/api/campaigns', campaignBody(versionId, kinds()))).statusCode).toBe(403);
    const backwards = await api('truongban.so').post('/api/campaigns', { ...campaignBody(versionId, kinds()), opensOn: '2026-12-31', deadline: '2026-01-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details).toContainEqual({ field: 'deadline', message: 'Hạn nộp phải sau hoặc trùng ngày mở' });
    expect(await count('select count(*)::int as n from campaigns')).toBe(before);
  });

  it('is invisible to a sibling province', async () => {
    const campaign = await issue();
    expect((await api('canbo.sob').get(`/api/campaigns/${campaign.id}`)).statusCode).toBe(404);
    expect((await api('canbo.sob').get('/api/campaigns')).json().map((c: { id: number }) => c.id)).not.toContain(campaign.id);
    const report = await reportOf(campaign.id, 'canbo.mn');
    expect((await api('canbo.sob').get(`/api/reports/${report.id}`)).statusCode).toBe(404);
    expect((await api('canbo.sob').get(`/api/data/campaigns/${campaign.id}/units/TR-A1A`)).statusCode).toBe(404);
  });
});

describe('filling a report', () => {
  it('lists it in "my reports", saves a draft, and refuses bad values with their field — changing nothing', async () => {
    const campaign = await issue();
    const report = await reportOf(campaign.id, 'canbo.mn');
    expect(report).toMatchObject({ state: 'none', status: 'due', version: 0, canEdit: true });
    const bad = [
      [{ 'staff.total': '40' }, 'staff.total', 'Giá trị phải là một số'],
      [{ 'staff.total': -1 }, 'staff.total', '"Tổng số cán bộ, giáo viên, nhân viên" không được âm'],
      [{ 'staff.total': 2.5 }, 'staff.total', '"Tổng số cán bộ, giáo viên, nhân viên" phải là số nguyên'],
      [{ 'staff.unknown': 1 }, 'staff.unknown', 'Mẫu báo cáo không có chỉ tiêu "staff.unknown"'],
    ] as const;
    for (const [values, field, message] of bad) {
      const response = await api('canbo.mn').put(`/api/reports/${report.id}`, { version: 0, values });
      expect(response.statusCode, JSON.stringify(values)).toBe(400);
      expect(response.json().error.details).toContainEqual(expect.objectContaining({ field: expect.stringContaining(field), message }));
    }
    expect((await reportOf(campaign.id, 'canbo.mn')).version).toBe(0);
    const saved = await api('canbo.mn').put(`/api/reports/${report.id}`, { version: 0, ...goodContent() });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ state: 'draft', status: 'draft', version: 1, values: { 'staff.total': 40 } });
  });

  it('never lets a second officer overwrite the first silently', async () => {
    const campaign = await issue();
    const report = await reportOf(campaign.id, 'canbo.mn');
    const first = await api('canbo.mn').put(`/api/reports/${report.id}`, { version: report.version, ...goodContent(40, 30) });
    expect(first.statusCode).toBe(200);
    const second = await api('canbo.mn2').put(`/api/reports/${report.id}`, { version: report.version, ...goodContent(41, 30) });
    expect(second.statusCode).toBe(409);
    const error = second.json().error;
    expect(error.code).toBe('REPORT_CONFLICT');
    expect(error.message).toContain('Người dùng canbo.mn đã lưu báo cáo này');
    expect(error.conflict).toMatchObject({ currentVersion: 1, changedValueKeys: expect.arrayContaining(['staff.total', 'staff.male']), currentValues: { 'staff.total': 40 } });
    expect((await reportOf(campaign.id, 'canbo.mn')).values).toMatchObject({ 'staff.total': 40 });
  });

  it('submits only when errors are fixed, warnings explained, notices confirmed and answers given', async () => {
    const campaign = await issue();
    const report = await reportOf(campaign.id, 'canbo.mn');
    const content = goodContent(40, 45); // women more than total
    content.values['staff.male'] = 0;
    content.values['managers.female'] = 50; // more women managers than women staff: a warning
    content.values.events = 0; // a notice
    content.answers.texts = { results: '' } as never;
    const savedResponse = await api('canbo.mn').put(`/api/reports/${report.id}`, { version: report.version, ...content });
    expect(savedResponse.statusCode, savedResponse.body).toBe(200);
    const saved = savedResponse.json();
    const refused = await api('canbo.mn').post(`/api/reports/${report.id}/submit`, { version: saved.version });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.code).toBe('REPORT_NOT_READY');
    expect(refused.json().error.details.map((d: { field: string }) => d.field)).toEqual(['rules.female-le-total', 'rules.managers-female', 'rules.events-any', 'texts.results']);
    expect((await reportOf(campaign.id, 'canbo.mn')).state).toBe('draft');

    const fixed = goodContent(40, 30);
    fixed.values['managers.female'] = 35;
    fixed.values.events = 0;
    const resaved = (
      await api('canbo.mn').put(`/api/reports/${report.id}`, { version: saved.version, ...fixed, responses: { explanations: { 'managers-female': 'Có 5 cán bộ quản lý nữ biệt phái' }, confirmations: ['events-any'] } })
    ).json();
    const submitted = await api('canbo.mn').post(`/api/reports/${report.id}/submit`, { version: resaved.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ state: 'submitted', status: 'submitted', canEdit: false, snapshots: [{ seq: 1, isLate: false }] });
  });

  it('is idempotent on a second submit, and refuses values in a submitted report', async () => {
    const campaign = await issue();
    const submitted = await submit(campaign.id, 'canbo.mn');
    const again = await api('canbo.mn').post(`/api/reports/${submitted.id}/submit`, { version: submitted.version - 1 });
    expect(again.statusCode).toBe(200);
    expect(await count(`select count(*)::int as n from campaign_report_snapshots where report_id = ${submitted.id}`)).toBe(1);
    const edit = await api('canbo.mn').put(`/api/reports/${submitted.id}`, { version: submitted.version, ...goodContent(50, 30) });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error).toMatchObject({ code: 'REPORT_NOT_EDITABLE', message: 'Báo cáo đã nộp, đang chờ cấp trên xem xét' });
  });

  it('asks for the reason when late, and stays late after a return and a resubmission', async () => {
    const campaign = await issue({ deadlineInDays: -3 });
    const report = await reportOf(campaign.id, 'canbo.mn');
    expect(report.status).toBe('overdue');
    const saved = await fill(campaign.id, 'canbo.mn');
    const noReason = await api('canbo.mn').post(`/api/reports/${saved.id}/submit`, { version: saved.version });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details).toEqual([{ field: 'lateReason', message: 'Đã quá hạn nộp: cần ghi lý do nộp muộn' }]);
    const late = await api('canbo.mn').post(`/api/reports/${saved.id}/submit`, { version: saved.version, lateReason: 'Mất điện cả tuần' });
    expect(late.json()).toMatchObject({ status: 'submitted-late', lateReason: 'Mất điện cả tuần' });
    const board = (await api('truongban.xa').get(`/api/campaigns/${campaign.id}/board`)).json();
    expect(board.children.find((c: { unit: { code: string } }) => c.unit.code === 'TR-A1A').report).toMatchObject({ status: 'submitted-late', lateReason: 'Mất điện cả tuần' });
    const returned = await api('truongban.xa').post(`/api/reports/${saved.id}/return`, { version: late.json().version, comment: 'Bổ sung số liệu kinh phí' });
    expect(returned.json()).toMatchObject({ state: 'returned', status: 'returned', reviewComment: 'Bổ sung số liệu kinh phí' });
    const resaved = await api('canbo.mn').put(`/api/reports/${saved.id}`, { version: returned.json().version, ...goodContent(), responses: { explanations: {}, confirmations: ['events-any'] } });
    const again = await api('canbo.mn').post(`/api/reports/${saved.id}/submit`, { version: resaved.json().version });
    expect(again.json()).toMatchObject({ status: 'submitted-late', lateReason: 'Mất điện cả tuần', snapshots: [{ seq: 2 }, { seq: 1 }] });
  });

  it('refuses to open before the opening day', async () => {
    const campaign = await issue({ opensInDays: 3, deadlineInDays: 10 });
    const report = await reportOf(campaign.id, 'canbo.mn');
    expect(report.status).toBe('not-open');
    const save = await api('canbo.mn').put(`/api/reports/${report.id}`, { version: 0, ...goodContent() });
    expect(save.json().error).toMatchObject({ code: 'REPORT_NOT_EDITABLE', message: 'Đợt báo cáo chưa mở' });
  });
});

describe('reviewing', () => {
  it('lets the commune head return and approve, and nobody else', async () => {
    const campaign = await issue();
    const submitted = await submit(campaign.id, 'canbo.mn');
    expect((await api('canbo.mn').post(`/api/reports/${submitted.id}/approve`, { version: submitted.version })).statusCode).toBe(403);
    expect((await api('canbo.xa').post(`/api/reports/${submitted.id}/approve`, { version: submitted.version })).statusCode).toBe(403);
    expect((await api('canbo.sob').post(`/api/reports/${submitted.id}/approve`, { version: submitted.version })).statusCode).toBe(404);
    const noComment = await api('truongban.xa').post(`/api/reports/${submitted.id}/return`, { version: submitted.version });
    expect(noComment.statusCode).toBe(400);
    const approved = await api('truongban.xa').post(`/api/reports/${submitted.id}/approve`, { version: submitted.version });
    expect(approved.json()).toMatchObject({ state: 'approved', status: 'approved', canEdit: false });
    const edit = await api('canbo.mn').put(`/api/reports/${submitted.id}`, { version: approved.json().version, ...goodContent(41, 30) });
    expect(edit.json().error.message).toBe('Báo cáo đã được duyệt và khóa');
    const reopened = await api('truongban.so').post(`/api/reports/${submitted.id}/reopen`, { version: approved.json().version, comment: 'Sửa số cán bộ' });
    expect(reopened.json()).toMatchObject({ state: 'returned', isReopened: true });
    expect((await reportOf(campaign.id, 'canbo.mn')).canEdit).toBe(true);
  });

  it('shows the commune its subtree rollup beside its own report, and the board its children', async () => {
    const campaign = await issue();
    await submit(campaign.id, 'canbo.mn', goodContent(40, 30));
    await submit(campaign.id, 'canbo.thcs', goodContent(60, 35));
    const commune = await reportOf(campaign.id, 'canbo.xa');
    expect(commune.subtreeRollup).toMatchObject({ 'staff.total': { sum: 100, reportingUnits: 2 }, 'staff.female': { sum: 65, reportingUnits: 2 } });
    const board = (await api('truongban.so').get(`/api/campaigns/${campaign.id}/board`)).json();
    expect(board.unit.code).toBe('SO-A');
    expect(board.completeness).toMatchObject({ expected: 5, submitted: 2, onTime: 2, pending: 3, submittedPercent: 40 });
    expect(
      board.children.map((c: { unit: { code: string; childCount: number }; completeness: { submitted: number }; report: { status: string } }) => [c.unit.code, c.unit.childCount, c.completeness.submitted, c.report?.status]),
    ).toEqual([
      ['XA-A2', 1, 0, 'due'],
      ['XA-A1', 2, 2, 'due'],
    ]);
    const drill = (await api('truongban.so').get(`/api/campaigns/${campaign.id}/board?unitId=${tree.ids['XA-A1']}`)).json();
    expect(drill.path.map((u: { code: string }) => u.code)).toEqual(['SO-A', 'XA-A1']);
    expect(drill.children.map((c: { report: { status: string } }) => c.report.status).sort()).toEqual(['submitted', 'submitted']);
    expect((await api('truongban.xa').get(`/api/campaigns/${campaign.id}/board?unitId=${tree.ids['SO-A']}`)).statusCode).toBe(404);
    const rollup = (await api('truongban.so').get(`/api/campaigns/${campaign.id}/rollup`)).json();
    expect(rollup.totals['staff.total']).toEqual({ sum: 100, reportingUnits: 2 });
    await expectRollupsRight(campaign.id);
  });
});

describe('live rollups', () => {
  it('follow submit, return, approve, exemption and a school moving to another commune', async () => {
    const campaign = await issue({ rollupBasis: 'submitted' });
    const a = await submit(campaign.id, 'canbo.mn', goodContent(40, 30));
    const b = await submit(campaign.id, 'canbo.th', goodContent(20, 15));
    await expectRollupsRight(campaign.id);
    const province = () => readRollup(ctx.database.db, campaign.id, tree.ids['SO-A']!);
    expect((await province())['staff.total']).toEqual({ sum: 60, reportingUnits: 2 });
    await api('truongban.xa').post(`/api/reports/${a.id}/return`, { version: a.version, comment: 'Xem lại' });
    expect((await province())['staff.total']).toEqual({ sum: 20, reportingUnits: 1 });
    await expectRollupsRight(campaign.id);
    await api('truongban.so').post(`/api/campaigns/${campaign.id}/exemptions`, { unitId: tree.ids['TR-A2A'], reason: 'Trường sáp nhập' });
    expect((await province())['staff.total']).toBeUndefined();
    await expectRollupsRight(campaign.id);
    await api('truongban.so').delete(`/api/campaigns/${campaign.id}/exemptions/${tree.ids['TR-A2A']}`);
    expect((await province())['staff.total']).toEqual({ sum: 20, reportingUnits: 1 });
    const approved = await api('truongban.so').post(`/api/reports/${b.id}/approve`, { version: (await reportOf(campaign.id, 'canbo.th')).version });
    expect(approved.statusCode, approved.body).toBe(200);
    // TR-A2A moves from XA-A2 to XA-A1: its figures leave XA-A2 and join XA-A1, the province is unchanged.
    const moved = await api('sys').post(`/api/units/${tree.ids['TR-A2A']}/move`, { newParentId: tree.ids['XA-A1'], effectiveDate: '01/07/2026' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await readRollup(ctx.database.db, campaign.id, tree.ids['XA-A1']!))['staff.total']).toEqual({ sum: 20, reportingUnits: 1 });
    expect((await readRollup(ctx.database.db, campaign.id, tree.ids['XA-A2']!))['staff.total']).toBeUndefined();
    expect((await province())['staff.total']).toEqual({ sum: 20, reportingUnits: 1 });
    await expectRollupsRight(campaign.id);
    await api('sys').post(`/api/units/${tree.ids['TR-A2A']}/move`, { newParentId: tree.ids['XA-A2'], effectiveDate: '02/07/2026' });
    await expectRollupsRight(campaign.id);
  });

  it('counts drafts as they are typed on a drafts basis', async () => {
    const campaign = await issue({ rollupBasis: 'drafts' });
    await fill(campaign.id, 'canbo.mn', goodContent(40, 30));
    expect((await readRollup(ctx.database.db, campaign.id, tree.ids['SO-A']!))['staff.total']).toEqual({ sum: 40, reportingUnits: 1 });
    await fill(campaign.id, 'canbo.mn', goodContent(44, 30));
    expect((await readRollup(ctx.database.db, campaign.id, tree.ids['SO-A']!))['staff.total']).toEqual({ sum: 44, reportingUnits: 1 });
    await expectRollupsRight(campaign.id, 'drafts');
  });
});

describe('the data API', () => {
  it('writes a unit\'s values idempotently, submits them once, and reads the subtree rollup', async () => {
    const campaign = await issue();
    const body = { ...goodContent(40, 30), responses: { explanations: {}, confirmations: ['events-any'] }, submit: true };
    const first = await api('canbo.so').put(`/api/data/campaigns/${campaign.id}/units/TR-A1A`, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ state: 'submitted', values: { 'staff.total': 40 }, rollup: { 'staff.total': { sum: 40, reportingUnits: 1 } } });
    const second = await api('canbo.so').put(`/api/data/campaigns/${campaign.id}/units/TR-A1A`, body);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().version).toBe(first.json().version);
    expect(await count(`select count(*)::int as n from campaign_report_snapshots s join campaign_reports r on r.id = s.report_id where r.campaign_id = ${campaign.id}`)).toBe(1);
    const changed = await api('canbo.so').put(`/api/data/campaigns/${campaign.id}/units/TR-A1A`, { ...body, values: { ...body.values, 'staff.total': 41 } });
    expect(changed.statusCode).toBe(409);
    const commune = (await api('canbo.so').get(`/api/data/campaigns/${campaign.id}/units/XA-A1`)).json();
    expect(commune.rollup['staff.female']).toEqual({ sum: 30, reportingUnits: 1 });
    expect((await api('canbo.mn').put(`/api/data/campaigns/${campaign.id}/units/TR-A1B`, body)).statusCode).toBe(404);
    expect((await api('xem.so').put(`/api/data/campaigns/${campaign.id}/units/TR-A1B`, body)).statusCode).toBe(403);
    await expectRollupsRight(campaign.id);
  });
});

describe('managing a campaign', () => {
  it('extends one unit\'s deadline: overdue becomes due, on time stays on time', async () => {
    const campaign = await issue({ deadlineInDays: -2 });
    expect((await reportOf(campaign.id, 'canbo.mn')).status).toBe('overdue');
    const extended = await api('truongban.so').post(`/api/campaigns/${campaign.id}/extensions`, { unitId: tree.ids['TR-A1A'], deadline: campaignBody(versionId, []).deadline, reason: 'Trường bị lũ' });
    expect(extended.statusCode, extended.body).toBe(200);
    expect((await reportOf(campaign.id, 'canbo.mn')).status).toBe('due');
    expect((await api('canbo.xa').post(`/api/campaigns/${campaign.id}/extensions`, { unitId: tree.ids['TR-A1A'], deadline: '2030-01-01', reason: 'x' })).statusCode).toBe(403);
    const board = (await api('truongban.so').get(`/api/campaigns/${campaign.id}/board`)).json();
    expect(board.completeness).toMatchObject({ expected: 5, overdue: 4, pending: 1 });
  });

  it('shows children × campaigns', async () => {
    const first = await issue({ name: 'Đợt A' });
    await submit(first.id, 'canbo.mn');
    const matrix = (await api('truongban.so').get(`/api/units/${tree.ids['SO-A']}/report-matrix`)).json();
    // Vietnamese order: "UBND phường Hạc Thành" before "UBND xã Quảng Xương".
    expect(matrix.rows.map((r: { unit: { code: string } }) => r.unit.code)).toEqual(['XA-A2', 'XA-A1']);
    const cell = matrix.rows[1].cells.find((c: { campaignId: number }) => c.campaignId === first.id);
    expect(cell).toMatchObject({ status: 'due', completeness: { expected: 3, submitted: 1 } });
  });
});
