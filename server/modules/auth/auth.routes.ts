/** /api/auth: sign in and out, the current session, switching roles, the password. */
import type { App } from '../../lib/http.ts';
import { requireSession } from '../../lib/http.ts';
import { changePasswordBody, loginBody, preferencesBody, sessionInfo, switchRoleBody } from '../../../common/contracts/auth.ts';
import { errorBody, okBody } from '../../../common/contracts/shared.ts';
import * as auth from './auth.service.ts';

export async function authRoutes(app: App) {
  const cookieOptions = () => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.config.cookieSecure,
    path: '/',
    maxAge: Math.floor(app.config.sessionMaxMs / 1000),
  });

  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Đăng nhập', body: loginBody, response: { 200: sessionInfo, 401: errorBody, 423: errorBody } },
      config: { rateLimit: { max: app.config.loginRatePerMinute, timeWindow: 60_000 }, skipCsrf: true },
    },
    async (request, reply) => {
      const { token, session } = await auth.signIn(app.database, app.config, request.body.username, request.body.password, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      reply.setCookie(auth.SESSION_COOKIE, token, cookieOptions());
      return auth.describeSession(app.database, session);
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: okBody } } }, async (request, reply) => {
    if (request.session) await auth.signOut(app.database, request.session, request.ip);
    reply.clearCookie(auth.SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/auth/me', { schema: { tags: ['auth'], summary: 'Phiên đăng nhập hiện tại', response: { 200: sessionInfo, 401: errorBody } } }, async (request) =>
    auth.describeSession(app.database, requireSession(request)),
  );

  app.post(
    '/api/auth/switch-role',
    { schema: { tags: ['auth'], summary: 'Chuyển vai trò / đơn vị làm việc', body: switchRoleBody, response: { 200: sessionInfo, 403: errorBody } } },
    async (request) => {
      const session = requireSession(request);
      await auth.switchRole(app.database, session, request.body.roleId, request.ip);
      return auth.describeSession(app.database, { ...session, activeRoleId: request.body.roleId });
    },
  );

  app.post(
    '/api/auth/change-password',
    { schema: { tags: ['auth'], summary: 'Đổi mật khẩu', body: changePasswordBody, response: { 200: okBody, 400: errorBody } }, config: { rateLimit: { max: 10, timeWindow: 60_000 } } },
    async (request) => {
      await auth.changePassword(app.database, requireSession(request), request.body.currentPassword, request.body.newPassword, request.ip);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/auth/preferences',
    { schema: { tags: ['auth'], summary: 'Ngôn ngữ giao diện', body: preferencesBody, response: { 200: okBody } } },
    async (request) => {
      await auth.setLocale(app.database, requireSession(request), request.body.locale);
      return { ok: true as const };
    },
  );
}
