/**
 * Plans through the API: drafting, issuing with a number, read-only after issue and
 * amendments as versions, the cascade from a parent's plan, plan requests and who has
 * answered, the link and the signed scan, a deadline turned into a campaign, the legal
 * library — and refusals that change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../test/factories.ts';
import { multipartBody } from '../../test/multipart.ts';
import { addDays } from '../../../common/text/calendar-dates.ts';
import { formatDate, todayInVietnam } from '../../../common/text/format.ts';
import { defaultIssueDate } from '../../../common/plans/issue-date.ts';
import { planConflict, type PlanDetail } from '../../../common/contracts/plans.ts';
import { publishSmallTemplate } from '../campaigns/campaigns.fixtures.ts';
import { communePlan } from './plans.fixtures.ts';
import { deadlineDate, periodOfDeadline } from './plans.service.ts';
import { macroDocm, scannedPdf, seedDocx, truncatedDocx } from './import/plan-file.fixtures.ts';
import { DEMO_PLAN_FILES, demoPlanText } from '../../db/seed/demo-plans.ts';
import { encodeLegacyVietnamese } from '../../../common/text/legacy-encoding.ts';

let ctx: TestContext;
let tree: TestTree;
const who: Record<string, SignedIn> = {};

beforeAll(async () => {
  ctx = await createTestApp({ logLevel: 'error' });
  tree = await buildTestTree(ctx.database);
  const users: [string, 'officer' | 'committee_head' | 'viewer', string][] = [
    ['canbo.xa', 'officer', 'XA-A1'],
    ['truongban.xa', 'committee_head', 'XA-A1'],
    ['truongban.so', 'committee_head', 'SO-A'],
    ['canbo.thcs', 'officer', 'TR-A1B'],
    ['truongban.thcs', 'committee_head', 'TR-A1B'],
    ['canbo.mn', 'officer', 'TR-A1A'],
    ['canbo.eakar', 'officer', 'TR-B1A'],
  ];
  for (const [name, role, unit] of users) await createTestUser(ctx.database, tree, name, role, unit);
  who.sysadmin = await signIn(ctx.app, 'sysadmin');
  for (const [name] of users) who[name] = await signIn(ctx.app, name);
});
afterAll(() => ctx.close());

const api = (name: string) => as(ctx.app, who[name]!);
const count = async (query: string) => (await ctx.database.query<{ n: number }>(query))[0]!.n;
const snapshot = async () => ({
  plans: await count('select count(*)::int as n from plans'),
  library: await count('select count(*)::int as n from legal_documents'),
  audit: await count("select count(*)::int as n from audit_log where action like 'plan%'"),
});

async function draft(by: string, unit: string, overrides = {}): Promise<PlanDetail> {
  const response = await api(by).post('/api/plans', { unitId: tree.ids[unit], content: communePlan(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function issue(by: string, plan: PlanDetail, body: Record<string, unknown> = {}): Promise<PlanDetail> {
  const response = await api(by).post(`/api/plans/${plan.id}/issue`, { issuedOn: '15/01/2027', revision: plan.revision, ...body });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('drafting and issuing', () => {
  it('a draft keeps the structure, NFC-normalises it and files its citations in the legal library once', async () => {
    const decomposed = 'Triển khai công tác bình đẳng giới năm 2027'.normalize('NFD');
    const first = await draft('canbo.xa', 'XA-A1', { title: decomposed });
    expect(first.status).toBe('draft');
    expect(first.title).toBe(decomposed.normalize('NFC'));
    expect(first.content.sections.map((s) => s.label)).toEqual(['I.', 'II.', 'III.']);
    expect(first.content.legalBases[0]!.legalDocumentId).toEqual(expect.any(Number));
    // A basis that is no document ("tình hình thực tế") is not filed.
    expect(first.content.legalBases[2]!.legalDocumentId).toBeNull();
    const libraryBefore = await count('select count(*)::int as n from legal_documents');
    // The same law cited again, spelled with spaces in its number, is the same entry.
    const second = await draft('canbo.xa', 'XA-A1', {
      legalBases: [{ lead: 'Căn cứ', type: 'Luật', number: '73 / 2006 / QH11', date: null, issuer: null, title: 'Bình đẳng giới', text: 'Căn cứ Luật Bình đẳng giới;' }],
    });
    expect(second.content.legalBases[0]!.legalDocumentId).toBe(first.content.legalBases[0]!.legalDocumentId);
    expect(await count('select count(*)::int as n from legal_documents')).toBe(libraryBefore);
    const search = await api('canbo.thcs').get('/api/legal-documents?q=binh dang gioi');
    expect(search.statusCode).toBe(200);
    expect(search.json().items).toEqual(expect.arrayContaining([expect.objectContaining({ docType: 'Luật', number: '73/2006/QH11', citedBy: 2 })]));
    await api('canbo.xa').delete(`/api/plans/${second.id}`);
  });

  it('only the committee head issues; the number is the next free one, zero-padded, and the plan is then read-only', async () => {
    const plan = await draft('canbo.xa', 'XA-A1');
    expect(plan.can).toMatchObject({ edit: true, issue: false });
    const refused = await api('canbo.xa').post(`/api/plans/${plan.id}/issue`, { issuedOn: '15/01/2027', revision: plan.revision });
    expect(refused.statusCode).toBe(403);
    const issued = await issue('truongban.xa', plan);
    expect(issued).toMatchObject({ status: 'issued', issuedOn: '2027-01-15', number: '01/KH-UBND' });
    expect(issued.content).toMatchObject({ number: '01/KH-UBND', date: '2027-01-15', year: 2027 });
    const another = await issue('truongban.xa', await draft('canbo.xa', 'XA-A1'));
    expect(another.number).toBe('02/KH-UBND');

    const before = await snapshot();
    const edit = await api('canbo.xa').put(`/api/plans/${issued.id}`, { revision: issued.revision, content: communePlan({ title: 'Sửa sau khi ban hành' }) });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('PLAN_NOT_EDITABLE');
    const taken = await api('truongban.xa').post(`/api/plans/${(await draft('canbo.xa', 'XA-A1')).id}/issue`, { issuedOn: '16/01/2027', serial: 1, revision: 0 });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toContain('01/KH-UBND');
    expect((await snapshot()).audit).toBe(before.audit + 1); // the draft made for the refusal, nothing else
  });

  it('a plan missing its signer cannot be issued: every missing part is named, nothing changes', async () => {
    const plan = await draft('canbo.xa', 'XA-A1', { signer: { authority: null, title: null, name: null }, recipients: [] });
    const response = await api('truongban.xa').post(`/api/plans/${plan.id}/issue`, { issuedOn: '15/01/2027', revision: plan.revision });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.map((d: { field: string }) => d.field)).toEqual(['signer.title', 'signer.name', 'recipients']);
    expect((await api('canbo.xa').get(`/api/plans/${plan.id}`)).json().status).toBe('draft');
  });

  it("a plan of years gone by is issued on the date the dialog proposes, and refused a date outside its years", async () => {
    const past = await draft('canbo.xa', 'XA-A1', { year: 2016, period: { fromYear: 2016, toYear: 2018 }, title: 'Triển khai công tác bình đẳng giới năm 2016 – 2018' });
    const outside = await api('truongban.xa').post(`/api/plans/${past.id}/issue`, { issuedOn: formatDate(todayInVietnam()), revision: past.revision });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({ message: 'Ngày ban hành phải trong năm 2015–2018 của kế hoạch', details: [{ field: 'issuedOn' }] });
    const proposed = defaultIssueDate({ fromYear: past.fromYear, toYear: past.toYear, documentDate: past.content.date }, todayInVietnam());
    expect(proposed).toBe('2016-01-01');
    expect((await issue('truongban.xa', past, { issuedOn: formatDate(proposed) })).issuedOn).toBe('2016-01-01');
  });

  it('a stale editor is refused with who saved, and its content is not written', async () => {
    const plan = await draft('canbo.xa', 'XA-A1');
    const saved = await api('truongban.xa').put(`/api/plans/${plan.id}`, { revision: plan.revision, content: communePlan({ title: 'Bản của trưởng ban' }) });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await api('canbo.xa').put(`/api/plans/${plan.id}`, { revision: plan.revision, content: communePlan({ title: 'Bản của cán bộ' }) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'PLAN_CONFLICT', conflict: { updatedBy: 'Người dùng truongban.xa', revision: plan.revision + 1 } });
    // The answer is the contract's, the one the web reads it with.
    const current: PlanDetail = (await api('canbo.xa').get(`/api/plans/${plan.id}`)).json();
    expect(planConflict.parse(stale.json().error.conflict)).toEqual({ updatedBy: 'Người dùng truongban.xa', updatedAt: current.updatedAt, revision: current.revision });
    expect(current.title).toBe('Bản của trưởng ban');
    // Issuing from the older revision is refused the same way.
    const staleIssue = await api('truongban.xa').post(`/api/plans/${plan.id}/issue`, { issuedOn: '15/01/2027', revision: plan.revision });
    expect(staleIssue.statusCode).toBe(409);
    expect(planConflict.parse(staleIssue.json().error.conflict).revision).toBe(current.revision);
  });

  it('an amendment is a new version; issuing it supersedes the old one', async () => {
    const issued = await issue('truongban.xa', await draft('canbo.xa', 'XA-A1'));
    const amended = await api('canbo.xa').post(`/api/plans/${issued.id}/amend`);
    expect(amended.statusCode, amended.body).toBe(201);
    const v2: PlanDetail = amended.json();
    expect(v2).toMatchObject({ seriesId: issued.seriesId, version: 2, status: 'draft', number: null });
    expect(v2.content.number).toBe('/KH-UBND');
    expect((await api('canbo.xa').post(`/api/plans/${issued.id}/amend`)).statusCode).toBe(409);
    const updated = await api('canbo.xa').put(`/api/plans/${v2.id}`, { revision: v2.revision, content: { ...v2.content, title: 'Kế hoạch sửa đổi' } });
    expect(updated.statusCode, updated.body).toBe(200);
    const stale = await api('canbo.xa').put(`/api/plans/${v2.id}`, { revision: v2.revision, content: v2.content });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('PLAN_CONFLICT');
    const v2issued = await issue('truongban.xa', updated.json());
    expect(v2issued.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'issued'],
      [1, 'superseded'],
    ]);
  });
});

describe('who sees and who writes', () => {
  it('the units above read a plan but never edit it; another province does not see it', async () => {
    const plan = await draft('canbo.xa', 'XA-A1');
    const read = await api('truongban.so').get(`/api/plans/${plan.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().can).toEqual({ edit: false, issue: false, amend: false, attach: false });
    expect((await api('truongban.so').put(`/api/plans/${plan.id}`, { revision: plan.revision, content: communePlan() })).statusCode).toBe(403);
    expect((await api('canbo.eakar').get(`/api/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await api('canbo.xa').post('/api/plans', { unitId: tree.ids['TR-A1B'], content: communePlan() })).statusCode).toBe(403);
    const subtree = await api('truongban.so').get(`/api/plans?unitId=${tree.ids['SO-A']}&scope=subtree`);
    expect(subtree.json().items.map((p: { id: number }) => p.id)).toContain(plan.id);
  });
});

describe('the cascade', () => {
  it("a school starts from its commune's issued plan: the commune's bases start its chain, the tasks addressed to its kind carry over", async () => {
    const parent = await issue('truongban.xa', await draft('canbo.xa', 'XA-A1'));
    // A school opens the issued plan of its commune (never the commune's drafts).
    expect((await api('canbo.thcs').get(`/api/plans/${parent.id}`)).json().can).toEqual({ edit: false, issue: false, amend: false, attach: false });
    expect((await api('canbo.thcs').get(`/api/plans/${(await draft('canbo.xa', 'XA-A1')).id}`)).statusCode).toBe(404);
    const listed = await api('canbo.thcs').get(`/api/plans?unitId=${tree.ids['XA-A1']}`);
    expect(listed.json().items.map((p: { id: number }) => p.id)).toContain(parent.id);
    expect(listed.json().items.every((p: { status: string }) => p.status === 'issued')).toBe(true);

    const response = await api('canbo.thcs').post('/api/plans/derive', { unitId: tree.ids['TR-A1B'], parentPlanId: parent.id });
    expect(response.statusCode, response.body).toBe(201);
    const child: PlanDetail = response.json();
    expect(child).toMatchObject({ source: 'parent', parentPlanId: parent.id, status: 'draft', parentPlan: { id: parent.id, number: parent.number } });
    const bases = child.content.legalBases;
    expect(bases.slice(0, 3).map((b) => b.text)).toEqual(parent.content.legalBases.map((b) => b.text));
    expect(bases[3]).toMatchObject({ lead: 'Thực hiện', type: 'Kế hoạch', number: parent.number, date: '2027-01-15', planId: parent.id });
    expect(bases[3]!.text).toContain(`Kế hoạch số ${parent.number} ngày 15/1/2027 của UBND xã Quảng Xương`);
    expect(child.content.issuer).toEqual({ parent: 'UBND XÃ QUẢNG XƯƠNG', name: 'TRƯỜNG THCS QUẢNG NINH' });
    expect(child.content.number).toBe('/KH-THCSQN');
    // The title names the school where the commune's named the commune's schools ("ngành Giáo dục trên địa bàn xã").
    expect(child.title).toBe('Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tại Trường THCS Quảng Ninh năm 2027');
    expect(child.content.title).toBe(child.title);
    const tasks = child.content.sections.find((s) => s.role === 'tasks')!;
    expect(tasks.items.map((i) => i.text)).toEqual([
      'Xây dựng kế hoạch của đơn vị, công bố trên trang thông tin điện tử và gửi đường link về UBND xã trong tháng 3/2027.',
      'Tổ chức ngoại khóa về phòng chống bạo lực trên cơ sở giới cho học sinh.',
    ]);
    expect(child.content.reportingDeadlines.map((d) => [d.day, d.month])).toEqual([
      [5, 6],
      [30, 11],
    ]);

    const kindergarten: PlanDetail = (await api('canbo.mn').post('/api/plans/derive', { unitId: tree.ids['TR-A1A'], parentPlanId: parent.id })).json();
    expect(kindergarten.content.sections.find((s) => s.role === 'tasks')!.items.map((i) => i.text)).toEqual(['Lồng ghép giáo dục giới trong các hoạt động vui chơi của trẻ.']);
  });

  it("a unit cannot start from a draft, nor from the plan of a unit that is not above it", async () => {
    const parentDraft = await draft('canbo.xa', 'XA-A1');
    const fromDraft = await api('canbo.thcs').post('/api/plans/derive', { unitId: tree.ids['TR-A1B'], parentPlanId: parentDraft.id });
    expect(fromDraft.statusCode).toBe(409);
    const issued = await issue('truongban.xa', await draft('canbo.xa', 'XA-A1'));
    const before = await snapshot();
    expect((await api('canbo.eakar').post('/api/plans/derive', { unitId: tree.ids['TR-B1A'], parentPlanId: issued.id })).statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);
  });
});

describe('plan requests', () => {
  it("the commune asks its schools; it sees who has drafted and who has issued, each school sees its own answer", async () => {
    const source = await issue('truongban.xa', await draft('canbo.xa', 'XA-A1'));
    const deadline = addDays(todayInVietnam(), 30);
    const created = await api('canbo.xa').post('/api/plan-requests', {
      issuerUnitId: tree.ids['XA-A1'],
      title: 'Xây dựng kế hoạch công tác bình đẳng giới năm 2027',
      fromYear: 2027,
      toYear: 2027,
      deadline,
      instructions: 'Công bố kế hoạch trên trang thông tin điện tử của đơn vị và gửi đường link.',
      respondentKindIds: [tree.kinds.MN, tree.kinds.THCS],
      sourcePlanId: source.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json();
    expect(request.unitsAsked).toBe(2);
    // Earlier tests left drafts of both schools for 2027: they count as drafting.
    expect(request.units.map((u: { unit: { code: string }; state: string }) => [u.unit.code, u.state]).sort()).toEqual([
      ['TR-A1A', 'draft'],
      ['TR-A1B', 'draft'],
    ]);

    const received = (await api('canbo.thcs').get('/api/plan-requests')).json().received;
    expect(received).toEqual([expect.objectContaining({ id: request.id, myState: 'draft', sourcePlan: expect.objectContaining({ id: source.id }) })]);
    const derived: PlanDetail = (await api('canbo.thcs').post('/api/plans/derive', { unitId: tree.ids['TR-A1B'], parentPlanId: source.id, requestId: request.id })).json();
    const full = { ...derived.content, signer: { authority: null, title: 'HIỆU TRƯỞNG', name: 'Trần Thị Hoa' }, place: 'Quảng Xương' };
    const saved: PlanDetail = (await api('canbo.thcs').put(`/api/plans/${derived.id}`, { revision: derived.revision, content: full })).json();
    const issued = await issue('truongban.thcs', saved);
    expect(issued.number).toBe('01/KH-THCSQN');

    const badLink = await api('canbo.thcs').put(`/api/plans/${issued.id}/link`, { linkUrl: 'thcsquangninh.edu.vn/ke-hoach' });
    expect(badLink.statusCode).toBe(400);
    expect((await api('canbo.thcs').put(`/api/plans/${issued.id}/link`, { linkUrl: 'https://thcsquangninh.edu.vn/ke-hoach-2027' })).statusCode).toBe(200);

    const notPdf = multipartBody('ban-ky.pdf', Buffer.from('GIF89a-not-a-pdf'));
    const refused = await ctx.app.inject({ method: 'POST', url: `/api/plans/${issued.id}/scan`, payload: notPdf.payload, headers: { 'content-type': notPdf.contentType, cookie: who['canbo.thcs']!.cookie, 'x-csrf-token': who['canbo.thcs']!.csrfToken } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('không phải tệp PDF');
    expect(await count('select count(*)::int as n from plan_files')).toBe(0);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const scan = multipartBody('Kế hoạch đã ký.pdf', pdf);
    const uploaded = await ctx.app.inject({ method: 'POST', url: `/api/plans/${issued.id}/scan`, payload: scan.payload, headers: { 'content-type': scan.contentType, cookie: who['canbo.thcs']!.cookie, 'x-csrf-token': who['canbo.thcs']!.csrfToken } });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json().hasScan).toBe(true);
    const download = await api('canbo.xa').get(`/api/plans/${issued.id}/scan`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);

    const followed = (await api('canbo.xa').get(`/api/plan-requests/${request.id}`)).json();
    expect(followed.unitsIssued).toBe(1);
    expect(followed.units.find((u: { unit: { code: string } }) => u.unit.code === 'TR-A1B')).toMatchObject({
      state: 'issued',
      late: false,
      plan: { id: issued.id, number: '01/KH-THCSQN', linkUrl: 'https://thcsquangninh.edu.vn/ke-hoach-2027', hasScan: true },
    });
    // A school asked sees only its own row, not its neighbours'.
    const own = (await api('canbo.thcs').get(`/api/plan-requests/${request.id}`)).json();
    expect(own.units.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['TR-A1B']);
    expect((await api('canbo.eakar').get(`/api/plan-requests/${request.id}`)).statusCode).toBe(404);
  });

  it('a request with a past deadline, or to kinds the unit does not have below it, writes nothing', async () => {
    const before = await count('select count(*)::int as n from plan_requests');
    const body = { issuerUnitId: tree.ids['XA-A1'], title: 'Kế hoạch 2027', fromYear: 2027, toYear: 2027, respondentKindIds: [tree.kinds.THCS] };
    expect((await api('canbo.xa').post('/api/plan-requests', { ...body, deadline: addDays(todayInVietnam(), -1) })).statusCode).toBe(400);
    expect((await api('canbo.xa').post('/api/plan-requests', { ...body, deadline: addDays(todayInVietnam(), 5), respondentKindIds: [tree.kinds.THPT] })).statusCode).toBe(400);
    expect(await count('select count(*)::int as n from plan_requests')).toBe(before);
  });
});

describe("a plan's reporting deadline becomes a campaign", () => {
  it('in one step, with the deadline, the period and the plan named in its instructions', async () => {
    const plan = await issue('truongban.xa', await draft('canbo.xa', 'XA-A1'));
    const versionId = await publishSmallTemplate(ctx.app, who.sysadmin!);
    const response = await api('canbo.xa').post(`/api/plans/${plan.id}/campaign`, { deadlineIndex: 0, templateVersionId: versionId, respondentKindIds: [tree.kinds.MN, tree.kinds.THCS] });
    expect(response.statusCode, response.body).toBe(201);
    const campaign = (await api('canbo.xa').get(`/api/campaigns/${response.json().campaignId}`)).json();
    expect(campaign).toMatchObject({ deadline: '2027-06-05', period: { kind: 'half-year', year: 2027, half: 1 } });
    expect(campaign.instructions).toContain(plan.number);
    expect((await api('canbo.xa').post(`/api/plans/${plan.id}/campaign`, { deadlineIndex: 9, templateVersionId: versionId, respondentKindIds: [tree.kinds.MN] })).statusCode).toBe(404);
  });

  it('dates a deadline without a year in the first year of the plan still ahead', () => {
    const plan = { fromYear: 2016, toYear: 2018 };
    expect(deadlineDate({ label: '6 tháng', day: 1, month: 5 }, plan, '2017-03-01')).toBe('2017-05-01');
    expect(deadlineDate({ label: 'Cả năm', day: 1, month: 11 }, plan, '2017-12-01')).toBe('2018-11-01');
    expect(deadlineDate({ label: 'Tháng 12', month: 12 }, plan, '2016-01-01')).toBe('2016-12-31');
    expect(periodOfDeadline({ label: '6 tháng', day: 1, month: 6 }, '2021-06-01')).toEqual({ kind: 'half-year', year: 2021, half: 1 });
    expect(periodOfDeadline({ label: 'Cả năm', day: 25, month: 11 }, '2021-11-25')).toEqual({ kind: 'year', year: 2021 });
  });
});

describe('import and official documents through the API', () => {
  const uploadAs = (name: string, fileName: string, content: Buffer) => {
    const body = multipartBody(fileName, content);
    return ctx.app.inject({ method: 'POST', url: '/api/plans/import', payload: body.payload, headers: { 'content-type': body.contentType, cookie: who[name]!.cookie, 'x-csrf-token': who[name]!.csrfToken } });
  };

  it('reads a seed from .docx and from pasted text into the same structure, writing nothing', async () => {
    const text = demoPlanText(DEMO_PLAN_FILES.thanhTri);
    const before = await snapshot();
    const pasted = await api('canbo.xa').post('/api/plans/import-text', { text });
    expect(pasted.statusCode, pasted.body).toBe(200);
    const uploaded = await uploadAs('canbo.xa', 'Kế hoạch BĐG 2025.docx', await seedDocx(text));
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    for (const preview of [pasted.json(), uploaded.json()]) {
      expect(preview.content.legalBases.map((b: { number: string | null }) => b.number)).toContain('383/QĐ-BGDĐT');
      expect(preview.content.sections.map((s: { label: string }) => s.label)).toEqual(['I.', 'II.', 'III.']);
    }
    expect(uploaded.json().fileName).toBe('Kế hoạch BĐG 2025.docx');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a broken .docx, a macro file, a scan and TCVN3 text with the reason, and writes nothing', async () => {
    const before = await snapshot();
    const broken = await uploadAs('canbo.xa', 'hong.docx', await truncatedDocx());
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toContain('bị hỏng');
    const macro = await uploadAs('canbo.xa', 'macro.docm', await macroDocm());
    expect(macro.json().error.message).toContain('macro');
    const scan = await uploadAs('canbo.xa', 'scan.pdf', scannedPdf());
    expect(scan.json().error.message).toContain('bản quét');
    const legacy = await api('canbo.xa').post('/api/plans/import-text', { text: encodeLegacyVietnamese(demoPlanText(DEMO_PLAN_FILES.tanTien), 'TCVN3') });
    expect(legacy.statusCode).toBe(400);
    expect(legacy.json().error.message).toContain('TCVN3');
    expect(await snapshot()).toEqual(before);
  });

  it('downloads a plan, a campaign letter and a report as .docx', async () => {
    const plan = await issue('truongban.xa', await draft('canbo.xa', 'XA-A1'));
    const docx = await api('truongban.so').get(`/api/plans/${plan.id}/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toContain('.docx');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const versionId = await publishSmallTemplate(ctx.app, who.sysadmin!, 'BC-DOCX');
    const { campaignId } = (await api('canbo.xa').post(`/api/plans/${plan.id}/campaign`, { deadlineIndex: 1, templateVersionId: versionId, respondentKindIds: [tree.kinds.MN, tree.kinds.THCS] })).json();
    const letter = await api('canbo.xa').get(`/api/campaigns/${campaignId}/letter.docx`);
    expect(letter.statusCode, letter.body).toBe(200);
    const reports = await ctx.database.query<{ id: number }>('select id from campaign_reports where campaign_id = $1 order by id', [campaignId]);
    const report = await api('canbo.xa').get(`/api/reports/${reports[0]!.id}/docx`);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
