import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, TEST_PASSWORD, type SignedIn, type TestContext } from '../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../test/factories.ts';

let ctx: TestContext;
let tree: TestTree;
let communeAdmin: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  await createTestUser(ctx.database, tree, 'admin.xa', 'unit_admin', 'XA-A1');
  communeAdmin = await signIn(ctx.app, 'admin.xa');
});
afterAll(() => ctx.close());

describe('managing people', () => {
  it('adds a person to a school below; they must change the temporary password at first sign-in', async () => {
    const created = await as(ctx.app, communeAdmin).post('/api/users', {
      username: 'Nguyen.Thi.Hoa',
      fullName: '  Nguyễn   Thị Hoa '.normalize('NFD'),
      email: 'hoa@truong.example',
      password: 'TamThoi2025',
      role: 'officer',
      unitId: tree.ids['TR-A1A'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'nguyen.thi.hoa', fullName: 'Nguyễn Thị Hoa', roles: [{ role: 'officer', unitCode: 'TR-A1A' }] });
    const hoa = await signIn(ctx.app, 'nguyen.thi.hoa', 'TamThoi2025');
    expect((await as(ctx.app, hoa).get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
    await as(ctx.app, hoa).post('/api/auth/change-password', { currentPassword: 'TamThoi2025', newPassword: 'CuaRieng2025' });
    expect((await as(ctx.app, hoa).get('/api/auth/me')).json().user.mustChangePassword).toBe(false);
  });

  it('explains in Vietnamese what is wrong with a form and writes nothing', async () => {
    const before = (await ctx.database.query<{ n: number }>('select count(*)::int as n from users'))[0]!.n;
    const bad = await as(ctx.app, communeAdmin).post('/api/users', { username: 'a', fullName: ' ', password: 'ngan', role: 'officer', unitId: tree.ids['TR-A1A'] });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'fullName', 'password']));
    expect(bad.json().error.details.find((d: { field: string }) => d.field === 'password').message).toBe('Mật khẩu cần ít nhất 10 ký tự');
    const duplicate = await as(ctx.app, communeAdmin).post('/api/users', { username: 'admin.xa', fullName: 'Trùng', password: 'MatKhau2025', role: 'viewer', unitId: tree.ids['XA-A1'] });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toBe('Tên đăng nhập "admin.xa" đã được dùng');
    expect((await ctx.database.query<{ n: number }>('select count(*)::int as n from users'))[0]!.n).toBe(before);
  });

  it('grants a second role; the person switches between their roles and their view changes', async () => {
    const id = await createTestUser(ctx.database, tree, 'hai.vai', 'officer', 'TR-A1B');
    const granted = await as(ctx.app, communeAdmin).post(`/api/users/${id}/roles`, { role: 'viewer', unitId: tree.ids['XA-A1'] });
    expect(granted.json().roles.map((r: { role: string }) => r.role)).toEqual(['viewer', 'officer']);
    const who = await signIn(ctx.app, 'hai.vai');
    const me = (await as(ctx.app, who).get('/api/auth/me')).json();
    expect((await as(ctx.app, who).get('/api/units/roots')).json()[0].code).toBe('TR-A1B');
    const viewerRole = me.roles.find((r: { role: string }) => r.role === 'viewer');
    const switched = await as(ctx.app, who).post('/api/auth/switch-role', { roleId: viewerRole.id });
    expect(switched.json().activeRoleId).toBe(viewerRole.id);
    expect((await as(ctx.app, who).get('/api/units/roots')).json()[0].code).toBe('XA-A1');
    // Someone else's role cannot be taken.
    const other = await as(ctx.app, who).post('/api/auth/switch-role', { roleId: 1 });
    expect(other.statusCode).toBe(403);
  });

  it('disables an account: its sessions end and it cannot sign in', async () => {
    const id = await createTestUser(ctx.database, tree, 'se.nghi', 'viewer', 'TR-A1A');
    const session = await signIn(ctx.app, 'se.nghi');
    await as(ctx.app, communeAdmin).patch(`/api/users/${id}`, { isDisabled: true });
    expect((await as(ctx.app, session).get('/api/auth/me')).statusCode).toBe(401);
    const again = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'se.nghi', password: TEST_PASSWORD } });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.message).toMatch(/vô hiệu hóa/);
  });

  it('revokes a role and records every change in the audit log', async () => {
    const id = await createTestUser(ctx.database, tree, 'thu.hoi', 'viewer', 'TR-A1A');
    const user = (await as(ctx.app, communeAdmin).get(`/api/users/${id}`)).json();
    const revoked = await as(ctx.app, communeAdmin).delete(`/api/users/${id}/roles/${user.roles[0].id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toBeNull();
    const actions = (await as(ctx.app, communeAdmin).get('/api/audit?action=user.')).json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'user.grant_role', 'user.update', 'user.revoke_role']));
  });

  it('searches people without diacritics', async () => {
    const result = (await as(ctx.app, communeAdmin).get('/api/users?q=nguyen thi hoa')).json();
    expect(result.items.map((u: { username: string }) => u.username)).toEqual(['nguyen.thi.hoa']);
  });
});
