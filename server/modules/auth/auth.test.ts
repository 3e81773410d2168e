import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, TEST_PASSWORD, type TestContext } from '../../test/harness.ts';
import { buildTestTree, createTestUser } from '../../test/factories.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({ lockoutThreshold: 5 });
  const tree = await buildTestTree(ctx.database);
  await createTestUser(ctx.database, tree, 'canbo.a1a', 'officer', 'TR-A1A');
  await createTestUser(ctx.database, tree, 'bi.khoa', 'officer', 'TR-A1B');
  await createTestUser(ctx.database, tree, 'doi.matkhau', 'officer', 'TR-A2A');
});
afterAll(() => ctx.close());

describe('sign-in', () => {
  it('signs in, keeps the session in an httpOnly SameSite cookie, and signs out', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'CanBo.A1A ', password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/bd_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = response.json();
    expect(body.user.username).toBe('canbo.a1a');
    expect(body.roles[0].role).toBe('officer');

    const who = { cookie: cookie.split(';')[0]!, csrfToken: body.csrfToken };
    expect((await as(ctx.app, who).get('/api/auth/me')).statusCode).toBe(200);
    expect((await as(ctx.app, who).post('/api/auth/logout')).statusCode).toBe(200);
    expect((await as(ctx.app, who).get('/api/auth/me')).statusCode).toBe(401);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'khong.ton.tai', password: 'x' } });
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'canbo.a1a', password: 'sai-mat-khau' } });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  it('locks the account after five wrong passwords, even against the right one', async () => {
    for (let i = 0; i < 4; i++) {
      const r = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bi.khoa', password: 'sai' } });
      expect(r.statusCode).toBe(401);
    }
    const fifth = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bi.khoa', password: 'sai' } });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toMatch(/tạm khóa/);
    const right = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bi.khoa', password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(423);
    // A unit admin can unlock it.
    const admin = await signIn(ctx.app, 'sysadmin');
    const users = (await as(ctx.app, admin).get('/api/users?q=bi.khoa')).json();
    const unlocked = await as(ctx.app, admin).post(`/api/users/${users.items[0].id}/unlock`);
    expect(unlocked.json().isLocked).toBe(false);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bi.khoa', password: TEST_PASSWORD } })).statusCode).toBe(200);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const who = await signIn(ctx.app, 'canbo.a1a');
    const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: who.cookie } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF');
    const forged = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: who.cookie, 'x-csrf-token': 'forged' } });
    expect(forged.statusCode).toBe(403);
  });

  it('sets security headers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
  });
});

describe('passwords', () => {
  it('changes the password: the old one stops working, other sessions end', async () => {
    const first = await signIn(ctx.app, 'doi.matkhau');
    const second = await signIn(ctx.app, 'doi.matkhau');
    const weak = await as(ctx.app, first).post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'ngan' });
    expect(weak.statusCode).toBe(400);
    const wrong = await as(ctx.app, first).post('/api/auth/change-password', { currentPassword: 'sai', newPassword: 'MatKhauMoi2026' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toBe('Mật khẩu hiện tại không đúng');
    const ok = await as(ctx.app, first).post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'MatKhauMoi2026' });
    expect(ok.statusCode).toBe(200);
    expect((await as(ctx.app, second).get('/api/auth/me')).statusCode).toBe(401);
    expect((await as(ctx.app, first).get('/api/auth/me')).statusCode).toBe(200);
    await expect(signIn(ctx.app, 'doi.matkhau')).rejects.toThrow();
    await signIn(ctx.app, 'doi.matkhau', 'MatKhauMoi2026');
  });
});

describe('rate limit', () => {
  it('limits sign-in attempts per address', async () => {
    const limited = await createTestApp({ loginRatePerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[3]).toBe(429);
      expect((await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } })).json().error.message).toMatch(/Quá nhiều yêu cầu/);
    } finally {
      await limited.close();
    }
  });
});
