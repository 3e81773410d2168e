/**
 * Every route × where its target lies relative to the actor: their own unit, a child,
 * a sibling, a parent, and signed out. A unit outside the actor's subtree answers 404
 * (it does not exist for them), an action their role may not take answers 403.
 *
 * The actor is the unit admin of Sở A:  BO ⊃ {SO-A ⊃ {XA-A1 ⊃ {TR-A1A, TR-A1B}, XA-A2 ⊃ TR-A2A}, SO-B ⊃ XA-B1 ⊃ TR-B1A}
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from './harness.ts';
import { buildTestTree, createTestUser, type TestTree } from './factories.ts';

let ctx: TestContext;
let tree: TestTree;
let admin: SignedIn;
let officer: SignedIn;
let viewer: SignedIn;
const userIds: Record<string, number> = {};

type Where = 'own' | 'child' | 'sibling' | 'parent';
const TARGET: Record<Where, string> = { own: 'SO-A', child: 'XA-A1', sibling: 'SO-B', parent: 'BO' };

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  await createTestUser(ctx.database, tree, 'admin.soa', 'unit_admin', 'SO-A');
  await createTestUser(ctx.database, tree, 'canbo.soa', 'officer', 'SO-A');
  await createTestUser(ctx.database, tree, 'xem.soa', 'viewer', 'SO-A');
  for (const [where, code] of Object.entries(TARGET)) {
    userIds[where] = await createTestUser(ctx.database, tree, `nguoi.${where}`, 'viewer', code);
  }
  admin = await signIn(ctx.app, 'admin.soa');
  officer = await signIn(ctx.app, 'canbo.soa');
  viewer = await signIn(ctx.app, 'xem.soa');
});
afterAll(() => ctx.close());

const id = (where: Where) => tree.ids[TARGET[where]]!;

interface RouteCase {
  name: string;
  call: (who: SignedIn | null, where: Where) => ReturnType<ReturnType<typeof as>['get']>;
  expected: Record<Where, number>;
}

const READ = { own: 200, child: 200, sibling: 404, parent: 404 };

const cases: RouteCase[] = [
  { name: 'GET /api/units/:id', call: (w, t) => as(ctx.app, w).get(`/api/units/${id(t)}`), expected: READ },
  { name: 'GET /api/units/:id/children', call: (w, t) => as(ctx.app, w).get(`/api/units/${id(t)}/children`), expected: READ },
  { name: 'GET /api/units/:id/ancestors', call: (w, t) => as(ctx.app, w).get(`/api/units/${id(t)}/ancestors?asOf=01/01/2025`), expected: READ },
  { name: 'PATCH /api/units/:id', call: (w, t) => as(ctx.app, w).patch(`/api/units/${id(t)}`, { phone: '0243 123 456' }), expected: READ },
  {
    name: 'POST /api/units (a child of the target)',
    call: (w, t) =>
      as(ctx.app, w).post('/api/units', { code: `NEW-${t}-${Math.random().toString(36).slice(2, 7)}`.toUpperCase(), name: `Đơn vị mới ${t}`, kindId: tree.kinds[t === 'own' || t === 'parent' ? 'XA' : 'MN'], parentId: id(t) }),
    expected: { own: 201, child: 201, sibling: 404, parent: 404 },
  },
  {
    name: 'POST /api/units/:id/move',
    call: (w, t) => as(ctx.app, w).post(`/api/units/${id(t)}/move`, { newParentId: tree.ids['SO-A'], effectiveDate: '01/07/2025' }),
    // A unit admin reshapes what is below them, never their own unit.
    expected: { own: 403, child: 200, sibling: 404, parent: 404 },
  },
  {
    name: 'POST /api/units/:id/close',
    call: (w, t) => as(ctx.app, w).post(`/api/units/${id(t)}/close`, { effectiveDate: '01/07/2025', moveChildrenToId: tree.ids['XA-A2'] }),
    expected: { own: 403, child: 200, sibling: 404, parent: 404 },
  },
  {
    name: 'POST /api/units/merge',
    call: (w, t) => as(ctx.app, w).post('/api/units/merge', { sourceIds: [id(t)], targetId: tree.ids['XA-A2'], effectiveDate: '01/07/2025' }),
    expected: { own: 403, child: 409, sibling: 404, parent: 404 }, // the child (XA-A1) was closed just above: 409 UNIT_CLOSED
  },
  { name: 'GET /api/users?unitId=', call: (w, t) => as(ctx.app, w).get(`/api/users?unitId=${id(t)}`), expected: READ },
  { name: 'GET /api/users/:id', call: (w, t) => as(ctx.app, w).get(`/api/users/${userIds[t]}`), expected: { own: 200, child: 200, sibling: 404, parent: 404 } },
  {
    name: 'POST /api/users',
    call: (w, t) => as(ctx.app, w).post('/api/users', { username: `moi.${t}.${Math.random().toString(36).slice(2, 7)}`, fullName: 'Nguyễn Văn Mới', password: 'MatKhau2025x', role: 'viewer', unitId: id(t) }),
    expected: { own: 201, child: 201, sibling: 404, parent: 404 },
  },
  {
    name: 'POST /api/users/:id/roles',
    call: (w, t) => as(ctx.app, w).post(`/api/users/${userIds.own}/roles`, { role: 'inspector', unitId: id(t) }),
    expected: { own: 200, child: 200, sibling: 404, parent: 404 },
  },
  {
    name: 'POST /api/users/:id/reset-password',
    call: (w, t) => as(ctx.app, w).post(`/api/users/${userIds[t]}/reset-password`, { newPassword: 'TamThoi2025x' }),
    expected: { own: 200, child: 200, sibling: 404, parent: 404 },
  },
  { name: 'POST /api/users/:id/unlock', call: (w, t) => as(ctx.app, w).post(`/api/users/${userIds[t]}/unlock`), expected: { own: 200, child: 200, sibling: 404, parent: 404 } },
  { name: 'PATCH /api/users/:id', call: (w, t) => as(ctx.app, w).patch(`/api/users/${userIds[t]}`, { fullName: 'Tên đã sửa' }), expected: { own: 200, child: 200, sibling: 404, parent: 404 } },
  { name: 'GET /api/audit?unitId=', call: (w, t) => as(ctx.app, w).get(`/api/audit?unitId=${id(t)}`), expected: READ },
];

describe('authorization of every route', () => {
  for (const route of cases) {
    describe(route.name, () => {
      it('refuses a signed-out caller with 401', async () => {
        const response = await route.call(null, 'own');
        expect(response.statusCode).toBe(401);
      });
      for (const where of ['own', 'child', 'sibling', 'parent'] as Where[]) {
        it(`answers ${route.expected[where]} for the ${where} unit`, async () => {
          const response = await route.call(admin, where);
          expect(response.statusCode, response.body).toBe(route.expected[where]);
          if (response.statusCode === 404) expect(response.json().error.code).toBe('NOT_FOUND');
        });
      }
    });
  }

  it('lets officers and viewers read their subtree but change nothing in it', async () => {
    for (const who of [officer, viewer]) {
      expect((await as(ctx.app, who).get(`/api/units/${id('own')}`)).statusCode).toBe(200);
      expect((await as(ctx.app, who).patch(`/api/units/${id('own')}`, { phone: '1' })).statusCode).toBe(403);
      expect((await as(ctx.app, who).post('/api/units', { code: 'X-NO', name: 'Không', kindId: tree.kinds.XA, parentId: id('own') })).statusCode).toBe(403);
      expect((await as(ctx.app, who).get(`/api/users?unitId=${id('own')}`)).statusCode).toBe(403);
      expect((await as(ctx.app, who).get('/api/audit')).statusCode).toBe(403);
      expect((await as(ctx.app, who).get(`/api/units/${id('sibling')}`)).statusCode).toBe(404);
    }
  });

  it('never returns a sibling in search, roots or user lists', async () => {
    const search = (await as(ctx.app, admin).get('/api/units/search?q=dak lak&includeClosed=true')).json();
    expect(search.items).toEqual([]);
    const ea = (await as(ctx.app, admin).get('/api/units/search?q=ea kar')).json();
    expect(ea.items).toEqual([]);
    const roots = (await as(ctx.app, admin).get('/api/units/roots')).json();
    expect(roots.map((u: { code: string }) => u.code)).toEqual(['SO-A']);
    const users = (await as(ctx.app, admin).get('/api/users')).json();
    const names = users.items.map((u: { username: string }) => u.username);
    expect(names).not.toContain('nguoi.sibling');
    expect(names).not.toContain('nguoi.parent');
    expect(names).toContain('nguoi.child');
  });

  it('answers 401 on every read without a session', async () => {
    for (const url of ['/api/units/roots', '/api/units/search?q=a', '/api/unit-kinds', '/api/users', '/api/audit', '/api/auth/me']) {
      expect((await as(ctx.app, null).get(url)).statusCode, url).toBe(401);
    }
  });

  it('lets only a system admin grant the system admin role', async () => {
    const response = await as(ctx.app, admin).post(`/api/users/${userIds.child}/roles`, { role: 'system_admin', unitId: id('own') });
    expect(response.statusCode).toBe(403);
  });

  it('does not let an admin take over an account that also works outside their subtree', async () => {
    const sysadmin = await signIn(ctx.app, 'sysadmin');
    await as(ctx.app, sysadmin).post(`/api/users/${userIds.sibling}/roles`, { role: 'viewer', unitId: id('child') });
    // Now visible to the Sở A admin (a role in XA-A1) but still working at Sở B.
    expect((await as(ctx.app, admin).get(`/api/users/${userIds.sibling}`)).statusCode).toBe(200);
    const reset = await as(ctx.app, admin).post(`/api/users/${userIds.sibling}/reset-password`, { newPassword: 'ChiemQuyen2025' });
    expect(reset.statusCode).toBe(403);
    const roles = (await as(ctx.app, admin).get(`/api/users/${userIds.sibling}`)).json().roles;
    expect(roles.map((r: { unitCode: string }) => r.unitCode)).toEqual(['XA-A1']); // the Sở B role stays hidden
  });
});
