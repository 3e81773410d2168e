import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';
import { as, openTestDatabase, signIn, type SignedIn } from '../../test/harness.ts';
import type { App } from '../../lib/http.ts';
import { isDatabaseEmpty, seedDemo } from './demo.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-data.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let app: App;
let admin: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  expect(await isDatabaseEmpty(database)).toBe(true);
  await seedDemo(database);
  app = await buildApp({ config: testConfig(), database, serveWeb: false });
  admin = await signIn(app, 'admin', DEMO_PASSWORD);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

// Sign-ins are rate-limited per address: each account signs in once for the whole file.
const sessions = new Map<string, SignedIn>();
async function session(username: string): Promise<SignedIn> {
  if (!sessions.has(username)) sessions.set(username, await signIn(app, username, DEMO_PASSWORD));
  return sessions.get(username)!;
}

const find = async (code: string) => (await as(app, admin).get(`/api/units/search?q=${code}&includeClosed=true`)).json().items.find((u: { code: string }) => u.code === code);

describe('demo data', () => {
  it('has the Departments, offices, communes and schools of the seeds', async () => {
    expect(await isDatabaseEmpty(database)).toBe(false);
    const provinces = (await as(app, admin).get('/api/units/1/children?includeClosed=true')).json();
    expect(provinces.map((u: { name: string }) => u.name)).toEqual([
      'Sở Giáo dục và Đào tạo Hà Nội',
      'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
      'Sở Giáo dục và Đào tạo tỉnh Bình Dương',
      'Sở Giáo dục và Đào tạo tỉnh Hưng Yên',
      'Sở Giáo dục và Đào tạo tỉnh Lào Cai',
    ]);
    const [count] = await database.query<{ schools: number }>("select count(*)::int as schools from units u join unit_kinds k on k.id = u.kind_id where k.is_school");
    expect(count!.schools).toBeGreaterThanOrEqual(30);
  });

  it('models the 2025 reform: Tân Tiến was under Văn Giang in 2022 and is under xã Nghĩa Trụ now', async () => {
    const school = await find('MN-HYN-TANTIEN');
    expect(school.name).toBe('Trường Mầm non Tân Tiến');
    const in2022 = (await as(app, admin).get(`/api/units/${school.id}/ancestors?asOf=28/03/2022`)).json();
    expect(in2022.map((u: { code: string }) => u.code)).toEqual(['BGDDT', 'SGD-HYN', 'PGD-VANGIANG']);
    const today = (await as(app, admin).get(`/api/units/${school.id}/ancestors`)).json();
    expect(today.map((u: { code: string }) => u.code)).toEqual(['BGDDT', 'SGD-HYN', 'XA-HYN-NGHIATRU']);
    expect((await find('PGD-VANGIANG')).isOpen).toBe(false);
  });

  it('merged Bình Dương into TP. Hồ Chí Minh with Bến Cát’s schools under HCM communes', async () => {
    const binhDuong = (await as(app, admin).get(`/api/units/${(await find('SGD-BDG')).id}`)).json();
    expect(binhDuong).toMatchObject({ isOpen: false, validTo: '2025-07-01', successor: { code: 'SGD-HCM' } });
    const school = await find('THCS-BDG-MYPHUOC');
    expect(school.path).toEqual(['Bộ Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', 'UBND phường Bến Cát']);
    const in2023 = (await as(app, admin).get(`/api/units/${school.id}/ancestors?asOf=12/05/2023`)).json();
    expect(in2023.map((u: { code: string }) => u.code)).toEqual(['BGDDT', 'SGD-BDG', 'PGD-BENCAT']);
  });

  it('gives every demo user a working sign-in scoped to their unit', async () => {
    for (const spec of DEMO_USERS) {
      const who = await signIn(app, spec.username, DEMO_PASSWORD);
      const me = (await as(app, who).get('/api/auth/me')).json();
      expect(me.roles.map((r: { unitCode: string }) => r.unitCode).sort()).toEqual(spec.roles.map((r) => r.unit).sort());
      // They start in their first role (their main post).
      expect(me.roles.find((r: { id: number }) => r.id === me.activeRoleId).unitCode).toBe(spec.roles[0]!.unit);
    }
    const hanoi = await signIn(app, 'hanoi.admin', DEMO_PASSWORD);
    const hcm = await find('SGD-HCM');
    expect((await as(app, hanoi).get(`/api/units/${hcm.id}`)).statusCode).toBe(404);
  });

  it('has rosters for Ngũ Hiệp and Tân Tiến, with history, visible to the school and as figures above it', async () => {
    const officer = await session('nguhiep.canbo');
    const list = (await as(app, officer).get('/api/roster?include=all')).json();
    expect(list.total).toBe(33);
    const retired = list.people.find((p: { fullName: string }) => p.fullName === 'Nguyễn Văn Khải');
    expect(retired.endDate).toMatch(/-07-01$/);
    const promoted = list.people.find((p: { fullName: string }) => p.fullName === 'Lê Thị Minh Phương');
    expect((await as(app, officer).get(`/api/roster/people/${promoted.id}`)).json().versions).toHaveLength(2);
    const head = await session('hanoi.truongban');
    expect((await as(app, head).get(`/api/roster?unitId=${list.unit.id}`)).statusCode).toBe(403);
    const hanoi = (await as(app, head).get('/api/roster/statistics')).json();
    expect(hanoi.unitsWithRoster).toBe(1);
    const nation = (await as(app, admin).get('/api/roster/statistics')).json();
    expect(nation.unitsWithRoster).toBe(2);
    expect(nation.figures.find((f: { code: string }) => f.code === 'staff').all.total).toBe(46);
  });

  it('recorded the reform in the audit log', async () => {
    const moves = (await as(app, admin).get('/api/audit?action=unit.move&pageSize=200')).json();
    expect(moves.total).toBeGreaterThanOrEqual(30);
    expect(moves.items[0].actorName).toBe('Nguyễn Thị Quản Trị');
  });

  it('has campaigns: last year approved, this year open with Ngũ Hiệp prefilled from its roster and last year, a quick report overdue', async () => {
    const officer = await session('nguhiep.canbo');
    const mine = (await as(app, officer).get('/api/my-reports')).json();
    expect(mine.map((r: { status: string }) => r.status)).toEqual(['overdue', 'due', 'approved']);
    const current = (await as(app, officer).get(`/api/reports/${mine[1].reportId}`)).json();
    expect(current.state).toBe('none');
    const sourceOf = (key: string) => current.prefill.sources.find((s: { key: string }) => s.key === key);
    // The staff table from the roster as of the campaign's day; the rest from last year's report.
    const figures = (await as(app, officer).get(`/api/roster/statistics?asOf=${current.campaign.asOf}`)).json();
    const staff = figures.figures.find((f: { code: string }) => f.code === 'staff');
    expect(staff.all).toEqual({ total: 32, female: 23, male: 9 });
    expect(staff.minority).toEqual({ total: 4, female: 4, male: 0 });
    expect(current.prefill.values).toMatchObject({ 'staff.total': 32, 'staff.female': 23, 'staff.male': 9, 'staff.female.minority': 4 });
    for (const key of ['staff.total', 'managers.female', 'planning.total', 'planningTrained.female']) {
      expect(sourceOf(key)).toMatchObject({ source: expect.stringMatching(/^roster\./), label: 'Từ danh sách cán bộ, giáo viên, nhân viên' });
    }
    expect(sourceOf('commEvents')).toMatchObject({ source: 'previousPeriod', label: 'Từ báo cáo kỳ trước' });
    const head = await session('hanoi.truongban');
    const board = (await as(app, head).get(`/api/campaigns/${mine[0].campaignId}/board`)).json();
    expect(board.completeness).toMatchObject({ onTime: 10, overdue: 8 });
    const rollup = (await as(app, head).get(`/api/campaigns/${mine[0].campaignId}/rollup`)).json();
    expect(rollup.totals['qStaff.total'].reportingUnits).toBeGreaterThan(0);
  });
});
