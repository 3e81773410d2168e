/**
 * Personal data never leaves its unit (Luật 91/2025/QH15): for every roster route, the
 * people of the units above — committee head, inspector, unit admin, system admin — and
 * the officer of a sibling school get 403 or 404 and not one personal field; the figures
 * route answers them aggregates only; every view and export by the unit itself is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../test/factories.ts';
import { personBody } from './roster.fixtures.ts';

let ctx: TestContext;
let tree: TestTree;
const who: Record<string, SignedIn> = {};
let personId: number;

const OUTSIDERS: [string, string, string][] = [
  ['truongban.xa', 'committee_head', 'XA-A1'],
  ['thanhtra.xa', 'inspector', 'XA-A1'],
  ['admin.xa', 'unit_admin', 'XA-A1'],
  ['canbo.xa', 'officer', 'XA-A1'],
  ['truongban.so', 'committee_head', 'SO-A'],
  ['admin.so', 'unit_admin', 'SO-A'],
  ['canbo.mn', 'officer', 'TR-A1A'],
  ['admin.thcs', 'unit_admin', 'TR-A1B'],
  ['thanhtra.thcs', 'inspector', 'TR-A1B'],
  ['xem.thcs', 'viewer', 'TR-A1B'],
];
const PERSONAL_KEYS = ['fullName', 'birthDate', 'birthYear', 'ethnicGroupCode', 'people', 'person', 'versions'];
const NAME = 'Sùng Thị Mỷ';

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  await createTestUser(ctx.database, tree, 'canbo.thcs', 'officer', 'TR-A1B');
  for (const [username, role, unit] of OUTSIDERS) await createTestUser(ctx.database, tree, username, role as never, unit);
  who['canbo.thcs'] = await signIn(ctx.app, 'canbo.thcs');
  who.sysadmin = await signIn(ctx.app, 'sysadmin');
  for (const [username] of OUTSIDERS) who[username] = await signIn(ctx.app, username);
  const created = await as(ctx.app, who['canbo.thcs']!).post('/api/roster/people', personBody({ fullName: NAME, birthDate: '14/02/1991', ethnicGroupCode: '08' }));
  expect(created.statusCode, created.body).toBe(201);
  personId = created.json().id;
});
afterAll(() => ctx.close());

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  }
  return into;
}

const school = () => tree.ids['TR-A1B']!;
const routes: [string, (who: SignedIn) => ReturnType<ReturnType<typeof as>['get']>][] = [
  ['GET /api/roster?unitId=', (w) => as(ctx.app, w).get(`/api/roster?unitId=${school()}`)],
  ['GET /api/roster?unitId=&include=all', (w) => as(ctx.app, w).get(`/api/roster?unitId=${school()}&include=all&q=my`)],
  ['GET /api/roster/people/:id', (w) => as(ctx.app, w).get(`/api/roster/people/${personId}`)],
  ['GET /api/roster/people/:id/export', (w) => as(ctx.app, w).get(`/api/roster/people/${personId}/export`)],
  ['PUT /api/roster/people/:id', (w) => as(ctx.app, w).put(`/api/roster/people/${personId}`, { ...personBody({ fullName: NAME, birthDate: '14/02/1991', ethnicGroupCode: '08', isPartyMember: true }), effectiveFrom: null })],
  ['POST /api/roster/people/:id/end', (w) => as(ctx.app, w).post(`/api/roster/people/${personId}/end`, { endDate: '01/01/2026' })],
  ['DELETE /api/roster/people/:id', (w) => as(ctx.app, w).delete(`/api/roster/people/${personId}`)],
];

describe('no roster route leaks a person outside their unit', () => {
  for (const [name, call] of routes) {
    it(name, async () => {
      for (const username of ['sysadmin', ...OUTSIDERS.map(([u]) => u)]) {
        const response = await call(who[username]!);
        expect([403, 404], `${username}: ${response.statusCode} ${response.body}`).toContain(response.statusCode);
        const keys = keysOf(response.json());
        for (const key of PERSONAL_KEYS) expect(keys.has(key), `${username} got ${key}`).toBe(false);
        expect(response.body).not.toContain(NAME);
        expect(response.body).not.toContain('1991');
      }
      // Refused writes changed nothing: the person is still there, as created.
      const [row] = await ctx.database.query<{ n: number }>(`select count(*)::int as n from roster_versions where person_id = ${personId} and valid_to is null and not is_party_member`);
      expect(row!.n).toBe(1);
    });
  }

  it('POST /api/roster/people: admins, inspectors and viewers may not add people, even to their own unit', async () => {
    for (const username of ['sysadmin', 'admin.xa', 'thanhtra.xa', 'admin.thcs', 'thanhtra.thcs', 'xem.thcs']) {
      const response = await as(ctx.app, who[username]!).post('/api/roster/people', personBody({ fullName: 'Người Thử', birthDate: '01/01/1990' }));
      expect(response.statusCode, username).toBe(403);
    }
  });

  it('GET /api/roster of the outsiders’ own units shows none of the school’s people', async () => {
    for (const username of ['truongban.xa', 'canbo.xa', 'truongban.so', 'canbo.mn']) {
      const response = await as(ctx.app, who[username]!).get('/api/roster');
      expect(response.statusCode).toBe(200);
      expect(response.json().total).toBe(0);
      expect(response.body).not.toContain(NAME);
    }
  });
});

describe('the figures of a subtree are aggregates only', () => {
  it('answers units above with counts and no personal key anywhere', async () => {
    for (const [username, unit] of [['truongban.xa', 'XA-A1'], ['thanhtra.xa', 'XA-A1'], ['admin.so', 'SO-A'], ['sysadmin', 'BO']] as const) {
      const response = await as(ctx.app, who[username]!).get(`/api/roster/statistics?unitId=${tree.ids[unit]}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body.unitsWithRoster).toBe(1);
      expect(body.figures.find((f: { code: string }) => f.code === 'ethnic_minority').minority).toEqual({ total: 1, female: 1, male: 0 });
      const keys = keysOf(body);
      for (const key of PERSONAL_KEYS) expect(keys.has(key)).toBe(false);
      expect(response.body).not.toContain(NAME);
    }
  });

  it('answers 404 for a unit outside the subtree', async () => {
    const response = await as(ctx.app, who['canbo.mn']!).get(`/api/roster/statistics?unitId=${tree.ids['XA-A1']}`);
    expect(response.statusCode).toBe(404);
  });
});

describe('audit', () => {
  it('records every view and export by the unit itself, without personal values', async () => {
    const officer = as(ctx.app, who['canbo.thcs']!);
    const before = await ctx.database.query<{ action: string; n: number }>("select action, count(*)::int as n from audit_log where action like 'roster.%' group by action");
    const n = (list: { action: string; n: number }[], action: string) => list.find((r) => r.action === action)?.n ?? 0;
    expect((await officer.get('/api/roster')).statusCode).toBe(200);
    expect((await officer.get(`/api/roster/people/${personId}`)).statusCode).toBe(200);
    expect((await officer.get(`/api/roster/people/${personId}/export`)).statusCode).toBe(200);
    const after = await ctx.database.query<{ action: string; n: number }>("select action, count(*)::int as n from audit_log where action like 'roster.%' group by action");
    for (const action of ['roster.view', 'roster.view-person', 'roster.export-person']) expect(n(after, action), action).toBe(n(before, action) + 1);
    const texts = await ctx.database.query<{ text: string }>("select coalesce(before::text, '') || coalesce(after::text, '') as text from audit_log where action like 'roster.%'");
    expect(texts.map((t) => t.text).join(' ')).not.toMatch(/Sùng|Mỷ|1991|"08"/);
  });
});
