/**
 * The roster through the API: adding, changing, ending and erasing people with their
 * history, the figures as of past days that must not move, bad input that writes nothing,
 * the data-subject export and the prefill of a report from the roster.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../test/factories.ts';
import { todayInVietnam } from '../../../common/text/format.ts';
import type { RosterPersonDetail, RosterStatistics } from '../../../common/contracts/roster.ts';
import { rosterSortKey, schoolLevelOfKind } from './roster.service.ts';
import { prefillValues } from './roster.prefill.ts';
import { personBody } from './roster.fixtures.ts';
import { campaignBody, publishSmallTemplate } from '../campaigns/campaigns.fixtures.ts';

let ctx: TestContext;
let tree: TestTree;
const who: Record<string, SignedIn> = {};

beforeAll(async () => {
  ctx = await createTestApp({ logLevel: 'error' });
  tree = await buildTestTree(ctx.database);
  await createTestUser(ctx.database, tree, 'canbo.thcs', 'officer', 'TR-A1B');
  await createTestUser(ctx.database, tree, 'truongban.thcs', 'committee_head', 'TR-A1B');
  await createTestUser(ctx.database, tree, 'canbo.mn', 'officer', 'TR-A1A');
  await createTestUser(ctx.database, tree, 'canbo.eakar', 'officer', 'TR-B1A');
  await createTestUser(ctx.database, tree, 'truongban.xa', 'committee_head', 'XA-A1');
  for (const name of ['canbo.thcs', 'truongban.thcs', 'canbo.mn', 'canbo.eakar', 'truongban.xa']) who[name] = await signIn(ctx.app, name);
});
afterAll(() => ctx.close());

const api = (name: string) => as(ctx.app, who[name]!);
const count = async (query: string) => (await ctx.database.query<{ n: number }>(query))[0]!.n;

async function create(by: string, overrides: Record<string, unknown> = {}): Promise<RosterPersonDetail> {
  const response = await api(by).post('/api/roster/people', personBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function figures(by: string, asOf: string, unitId?: number): Promise<Record<string, RosterStatistics['figures'][number]>> {
  const response = await api(by).get(`/api/roster/statistics?asOf=${asOf}${unitId ? `&unitId=${unitId}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return Object.fromEntries((response.json() as RosterStatistics).figures.map((f) => [f.code, f]));
}

/** Every table a roster write touches, to prove a refused write left them as they were. */
async function snapshot() {
  return {
    people: await count('select count(*)::int as n from roster_people'),
    versions: await count('select count(*)::int as n from roster_versions'),
    audit: await count("select count(*)::int as n from audit_log where action like 'roster.%' and action not like 'roster.view%'"),
  };
}

describe('pure helpers of the service', () => {
  it('orders by given name first, and takes the school level from the unit kind', () => {
    const names = ['Nguyễn Thị Bình', 'Trần Văn An', 'Lê Thị Ánh', 'Bùi Văn An'];
    expect([...names].sort((a, b) => (rosterSortKey(a) < rosterSortKey(b) ? -1 : 1))).toEqual(['Bùi Văn An', 'Trần Văn An', 'Lê Thị Ánh', 'Nguyễn Thị Bình']);
    expect(['MN', 'MG', 'TH', 'THCS', 'THPT', 'GDNN-GDTX', 'LC', 'SO'].map(schoolLevelOfKind)).toEqual([
      'preschool',
      'preschool',
      'primary',
      'lower_secondary',
      'upper_secondary',
      'continuing',
      'lower_secondary',
      'lower_secondary',
    ]);
  });

  it('fills sex and minority keys of an element from one figure', () => {
    const figure = { all: { total: 5, female: 3, male: 2 }, minority: { total: 2, female: 1, male: 1 } };
    expect(prefillValues({ code: 'staff', disaggregation: 'sex_minority' }, figure)).toEqual({
      'staff.total': 5,
      'staff.female': 3,
      'staff.male': 2,
      'staff.total.minority': 2,
      'staff.female.minority': 1,
      'staff.male.minority': 1,
    });
    expect(prefillValues({ code: 'n', disaggregation: 'none' }, figure)).toEqual({ n: 5 });
  });
});

describe('adding people', () => {
  it('derives the staff group, the minority mark and the training standard', async () => {
    const hoa = await create('canbo.thcs');
    expect(hoa).toMatchObject({ fullName: 'Nguyễn Thị Hoa', birthDate: '1985-03-12', birthYear: 1985, staffGroup: 'teacher', trainingStandard: 'standard', isEthnicMinority: false, startDate: '2015-09-01', endDate: null });
    expect(hoa.versions).toHaveLength(1);
    const tay = await create('canbo.thcs', { fullName: 'Hoàng Văn Sáng', birthDate: null, birthYear: 1978, sex: 'male', ethnicGroupCode: '02', position: 'principal', degree: 'master', isPartyMember: true });
    expect(tay).toMatchObject({ birthDate: null, birthYear: 1978, staffGroup: 'manager', trainingStandard: 'above', isEthnicMinority: true });
    // Preschool: a college degree is the standard.
    const mn = await create('canbo.mn', { fullName: 'Phạm Thị Mai', degree: 'college' });
    expect(mn.trainingStandard).toBe('standard');
  });

  it('starts today when no start date is given', async () => {
    const person = await create('canbo.mn', { fullName: 'Đỗ Thị Lan', startDate: null });
    expect(person.startDate).toBe(todayInVietnam());
  });

  it('lists the own unit in Vietnamese order, searches without diacritics, and audits the view with counts only', async () => {
    await create('canbo.thcs', { fullName: 'Trần Thị Hòa', birthDate: '02/02/1990' });
    const list = (await api('canbo.thcs').get('/api/roster')).json();
    expect(list.people.map((p: { fullName: string }) => p.fullName)).toEqual(['Nguyễn Thị Hoa', 'Trần Thị Hòa', 'Hoàng Văn Sáng']);
    const searched = (await api('canbo.thcs').get(`/api/roster?q=${encodeURIComponent('THI HOA')}`)).json();
    expect(searched.people.map((p: { fullName: string }) => p.fullName).sort()).toEqual(['Nguyễn Thị Hoa', 'Trần Thị Hòa']);
    const [audit] = await ctx.database.query<{ after: Record<string, unknown> }>("select after from audit_log where action = 'roster.view' order by id desc limit 1");
    expect(audit!.after).toMatchObject({ count: 2, searched: true, include: 'current' });
    expect(JSON.stringify(audit!.after)).not.toMatch(/Hoa|Hòa/i);
  });

  it('answers 403 for another unit’s roster, in Vietnamese', async () => {
    const response = await api('canbo.thcs').get(`/api/roster?unitId=${tree.ids['TR-A1A']}`);
    expect(response.statusCode).toBe(404); // a sibling school is outside the officer's subtree
    const fromAbove = await api('truongban.xa').get(`/api/roster?unitId=${tree.ids['TR-A1B']}`);
    expect(fromAbove.statusCode).toBe(403);
    expect(fromAbove.json().error.message).toMatch(/chính đơn vị/);
  });
});

describe('bad input writes nothing', () => {
  const cases: [string, Record<string, unknown>, number, RegExp][] = [
    ['an impossible date', { fullName: 'Lê Văn Tám', birthDate: '31/02/1990' }, 400, /Ngày không hợp lệ/],
    ['no birth date nor year', { fullName: 'Lê Văn Tám', birthDate: null, birthYear: null }, 400, /ngày sinh hoặc năm sinh/],
    ['a year that contradicts the date', { fullName: 'Lê Văn Tám', birthDate: '01/01/1990', birthYear: 1991 }, 400, /không khớp/],
    ['a child', { fullName: 'Lê Văn Tám', birthDate: '01/01/2012' }, 400, /chưa đủ 15 tuổi/],
    ['an unknown ethnic group', { fullName: 'Lê Văn Tám', ethnicGroupCode: '77' }, 400, /không có trong danh mục/],
    ['a principal in the teachers’ group', { fullName: 'Lê Văn Tám', position: 'principal', staffGroup: 'teacher' }, 400, /không thuộc nhóm/],
    ['a planning post outside the pool', { fullName: 'Lê Văn Tám', planningPoolPost: 'Hiệu trưởng' }, 400, /quy hoạch/],
    ['a training in a future year', { fullName: 'Lê Văn Tám', genderTrainingYears: [Number(todayInVietnam().slice(0, 4)) + 1] }, 400, /chưa đến/],
    ['the same person twice in the unit', { fullName: 'NGUYỄN THỊ HOA', birthDate: '12/03/1985' }, 409, /đã có trong danh sách/],
  ];
  for (const [what, overrides, status, message] of cases) {
    it(what, async () => {
      const before = await snapshot();
      const response = await api('canbo.thcs').post('/api/roster/people', personBody(overrides));
      expect(response.statusCode, response.body).toBe(status);
      expect(JSON.stringify(response.json().error)).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('a person in two units at once: 409 naming the other unit’s code, nothing else about them', async () => {
    const before = await snapshot();
    const response = await api('canbo.eakar').post('/api/roster/people', personBody({ fullName: 'Nguyen Thi Hoa', birthDate: null, birthYear: 1985, startDate: '01/09/2024' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toContain('TR-A1B');
    expect(response.body).not.toMatch(/1985-03-12|12\/03\/1985|Nguyễn/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('history', () => {
  let id: number;
  beforeAll(async () => {
    id = (await create('canbo.thcs', { fullName: 'Vũ Thị Thu', birthDate: '05/06/1988', startDate: '01/09/2018' })).id;
  });

  it('a change from a day keeps the figures of earlier days', async () => {
    const before = await figures('canbo.thcs', '2023-06-30');
    const changed = await api('canbo.thcs').put(`/api/roster/people/${id}`, {
      ...personBody({ fullName: 'Vũ Thị Thu', birthDate: '05/06/1988', isInPlanningPool: true, planningPoolPost: 'Phó hiệu trưởng', genderTrainingYears: [2024] }),
      effectiveFrom: '01/01/2024',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const detail: RosterPersonDetail = changed.json();
    expect(detail.versions.map((v) => [v.validFrom, v.validTo])).toEqual([
      ['2018-09-01', '2024-01-01'],
      ['2024-01-01', null],
    ]);
    expect(detail.isInPlanningPool).toBe(true);
    expect(await figures('canbo.thcs', '2023-06-30')).toEqual(before);
    const after = await figures('canbo.thcs', '2024-06-30');
    expect(after.planning_pool!.all).toEqual({ total: 1, female: 1, male: 0 });
    expect(after.planning_pool_gender_trained!.all.total).toBe(1);
    expect(after.gender_trained!.all.total).toBe(1);
    expect((await figures('canbo.thcs', '2025-06-30')).gender_trained!.all.total).toBe(0);
  });

  it('a change from the day the period began corrects it; a name correction stays in place', async () => {
    const changed = await api('canbo.thcs').put(`/api/roster/people/${id}`, {
      ...personBody({ fullName: 'Vũ Thị Thư', birthDate: '05/06/1988', isInPlanningPool: true, planningPoolPost: 'Hiệu trưởng', genderTrainingYears: [2024], isPartyMember: true }),
      effectiveFrom: '2024-01-01',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const detail: RosterPersonDetail = changed.json();
    expect(detail.fullName).toBe('Vũ Thị Thư');
    expect(detail.versions).toHaveLength(2);
    expect(detail.versions[1]).toMatchObject({ planningPoolPost: 'Hiệu trưởng', isPartyMember: true });
    const [audit] = await ctx.database.query<{ after: Record<string, unknown> }>("select after from audit_log where action = 'roster.update' order by id desc limit 1");
    expect(audit!.after).toMatchObject({ identityFields: ['fullName'], version: 'corrected' });
    expect(JSON.stringify(audit!.after)).not.toMatch(/Thư|Hiệu trưởng|1988/);
  });

  it('a change from before the open period began is refused, and nothing is written', async () => {
    const before = await snapshot();
    const response = await api('canbo.thcs').put(`/api/roster/people/${id}`, { ...personBody({ fullName: 'Vũ Thị Thư', birthDate: '05/06/1988', degree: 'master' }), effectiveFrom: '01/06/2023' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION', details: [{ field: 'effectiveFrom' }] });
    expect(await snapshot()).toEqual(before);
  });

  it('ending a person: gone from that day on, still there before; ending before the start or twice is refused', async () => {
    const beforeEnd = await figures('canbo.thcs', '2024-06-30');
    const early = await api('canbo.thcs').post(`/api/roster/people/${id}/end`, { endDate: '01/01/2024' });
    expect(early.statusCode).toBe(400);
    const ended = await api('canbo.thcs').post(`/api/roster/people/${id}/end`, { endDate: '01/09/2025', reason: 'Chuyển công tác' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ endDate: '2025-09-01' });
    expect(ended.json().versions[1]).toMatchObject({ validTo: '2025-09-01', endReason: 'Chuyển công tác' });
    expect(await figures('canbo.thcs', '2024-06-30')).toEqual(beforeEnd);
    expect((await figures('canbo.thcs', '2025-08-31')).planning_pool!.all.total).toBe(1);
    expect((await figures('canbo.thcs', '2025-09-01')).planning_pool!.all.total).toBe(0);
    expect((await api('canbo.thcs').post(`/api/roster/people/${id}/end`, { endDate: '01/10/2025' })).statusCode).toBe(409);
    const facts = await api('canbo.thcs').put(`/api/roster/people/${id}`, { ...personBody({ fullName: 'Vũ Thị Thư', birthDate: '05/06/1988', degree: 'master' }), effectiveFrom: null });
    expect(facts.statusCode).toBe(409);
    // Listing: not on the staff now, but in "everyone ever".
    expect((await api('canbo.thcs').get('/api/roster')).json().people.some((p: { id: number }) => p.id === id)).toBe(false);
    expect((await api('canbo.thcs').get('/api/roster?include=all')).json().people.find((p: { id: number }) => p.id === id)).toMatchObject({ endDate: '2025-09-01' });
    expect((await api('canbo.thcs').get('/api/roster?asOf=2024-06-30')).json().people.find((p: { id: number }) => p.id === id)).toMatchObject({ isInPlanningPool: true });
  });

  it('an ended person may join another unit from the day they left', async () => {
    const moved = await api('canbo.eakar').post('/api/roster/people', personBody({ fullName: 'Vũ Thị Thư', birthDate: '05/06/1988', startDate: '01/09/2025' }));
    expect(moved.statusCode, moved.body).toBe(201);
    const tooEarly = await api('canbo.eakar').post('/api/roster/people', personBody({ fullName: 'Vũ Thị Thư', birthDate: '05/06/1988', startDate: '01/01/2025' }));
    expect(tooEarly.statusCode).toBe(409); // both units' rosters, or this one twice
  });
});

describe('export and erasure', () => {
  it('exports everything stored about a person as an attachment, and audits it', async () => {
    const person = await create('canbo.thcs', { fullName: 'Lò Thị Xuân', birthDate: '09/09/1992', ethnicGroupCode: '03', startDate: '01/09/2016' });
    const response = await api('canbo.thcs').get(`/api/roster/people/${person.id}/export`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="du-lieu-ca-nhan-\d+\.json"$/);
    expect(response.headers['cache-control']).toBe('no-store');
    const exported = response.json();
    expect(exported).toMatchObject({ unit: { code: 'TR-A1B' }, person: { fullName: 'Lò Thị Xuân', ethnicGroupCode: '03', isEthnicMinority: true, versions: [{ validFrom: '2016-09-01' }] } });
    expect(await count(`select count(*)::int as n from audit_log where action = 'roster.export-person' and entity_id = '${person.id}'`)).toBe(1);
  });

  it('erasure deletes the personal row, keeps the past figures identical, and audits without personal data', async () => {
    const person = await create('canbo.thcs', { fullName: 'Mùa A Dế', birthDate: '10/10/1980', sex: 'male', ethnicGroupCode: '08', startDate: '01/09/2010', isPartyMember: true, isInPlanningPool: true, planningPoolPost: 'Hiệu trưởng' });
    await api('canbo.thcs').post(`/api/roster/people/${person.id}/end`, { endDate: '01/09/2024', reason: 'Nghỉ hưu' });
    const days = ['2015-01-01', '2020-06-30', '2024-08-31', '2024-09-01'];
    const before = await Promise.all(days.map((d) => figures('canbo.thcs', d)));
    const parentBefore = await figures('truongban.xa', '2020-06-30', tree.ids['XA-A1']);
    const erased = await api('canbo.thcs').delete(`/api/roster/people/${person.id}`);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(await Promise.all(days.map((d) => figures('canbo.thcs', d)))).toEqual(before);
    expect(await figures('truongban.xa', '2020-06-30', tree.ids['XA-A1'])).toEqual(parentBefore);
    expect(await count(`select count(*)::int as n from roster_people where id = ${person.id}`)).toBe(0);
    const kept = await ctx.database.query<{ personId: number | null; post: string | null; reason: string | null }>(
      `select person_id as "personId", planning_pool_post as post, end_reason as reason from roster_versions where person_id is null`,
    );
    expect(kept).toHaveLength(person.versions.length);
    expect(kept.every((v) => v.personId === null && v.post === null && v.reason === null)).toBe(true);
    expect((await api('canbo.thcs').get(`/api/roster/people/${person.id}`)).statusCode).toBe(404);
    const audit = await ctx.database.query<{ text: string }>(`select coalesce(before::text, '') || coalesce(after::text, '') as text from audit_log where entity_type = 'roster_person' and entity_id = '${person.id}'`);
    expect(audit.map((a) => a.text).join(' ')).not.toMatch(/Mùa|Dế|1980|"08"|Hiệu trưởng|Nghỉ hưu/);
    expect(await count("select count(*)::int as n from audit_log where action = 'roster.erase'")).toBe(1);
  });
});

describe('prefill', () => {
  it('a report starts from its own unit’s roster as of the campaign’s day; a unit with nobody on it does not', async () => {
    const sys = await signIn(ctx.app, 'sysadmin');
    const versionId = await publishSmallTemplate(ctx.app, sys);
    const body = campaignBody(versionId, [tree.kinds.MN!, tree.kinds.TH!, tree.kinds.THCS!]);
    await createTestUser(ctx.database, tree, 'canbo.th', 'officer', 'TR-A2A');
    await createTestUser(ctx.database, tree, 'truongban.so', 'committee_head', 'SO-A');
    for (const name of ['canbo.th', 'truongban.so']) who[name] = await signIn(ctx.app, name);
    const issued = await api('truongban.so').post('/api/campaigns', body);
    expect(issued.statusCode, issued.body).toBe(201);
    const prefillOf = async (by: string) => {
      const mine = (await api(by).get('/api/my-reports')).json() as { campaignId: number; reportId: number }[];
      const item = mine.find((r) => r.campaignId === issued.json().id)!;
      const report = (await api(by).get(`/api/reports/${item.reportId}`)).json();
      // A report with nothing to start from has no prefill at all.
      return (report.prefill ?? { values: {}, sources: [] }) as { values: Record<string, number>; sources: { key: string; source: string; label: string }[] };
    };
    const thcs = await prefillOf('canbo.thcs');
    const own = (await figures('canbo.thcs', body.asOf)).staff!.all;
    expect(thcs.values).toMatchObject({ 'staff.total': own.total, 'staff.female': own.female, 'staff.male': own.male });
    expect(thcs.sources.find((s) => s.key === 'staff.total')).toEqual({ key: 'staff.total', source: 'roster.staffBySex', label: 'Từ danh sách cán bộ, giáo viên, nhân viên' });
    // Only the unit itself: the preschool's one person on that day (Đỗ Thị Lan starts today).
    expect((await prefillOf('canbo.mn')).values).toMatchObject({ 'staff.total': 1, 'staff.female': 1, 'staff.male': 0 });
    expect((await prefillOf('canbo.th')).sources.some((s) => s.source.startsWith('roster.'))).toBe(false);
  });
});
