/**
 * Sign-in and sessions, done as a bank would: argon2id, the same answer and the same
 * time for an unknown user and a wrong password, a lock after repeated failures,
 * server-side sessions with an idle and an absolute limit, a CSRF token per session.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../../lib/audit.ts';
import { getDummyHash, hashPassword, verifyPassword } from '../../lib/passwords.ts';
import type { Actor } from '../../lib/policy.ts';
import type { RequestSession } from '../../lib/http.ts';
import type { SessionInfo } from '../../../common/contracts/auth.ts';
import type { Role } from '../../../common/roles.ts';
import { formatDateTime } from '../../../common/text/format.ts';
import * as repo from './auth.repo.ts';

export const SESSION_COOKIE = 'bd_session';
const INVALID = 'Tên đăng nhập hoặc mật khẩu không đúng';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

function lockedMessage(until: Date): string {
  return `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${formatDateTime(until)}.`;
}

/** Returns the session token for the cookie and the session it opened. */
export async function signIn(database: Database, config: Config, username: string, password: string, client: ClientInfo): Promise<{ token: string; session: RequestSession }> {
  const { db } = database;
  const user = await repo.findUserByUsername(db, username.normalize('NFC').trim().toLowerCase());
  if (!user) {
    // The same work as a wrong password — a hash check and a write — so timing tells nothing.
    await verifyPassword(await getDummyHash(), password);
    await db.transaction((tx) =>
      recordAudit(tx, { userId: null, ip: client.ip ?? undefined }, { action: 'auth.login_failed', entityType: 'user', entityId: null, after: { username: username.slice(0, 100) } }),
    );
    throw new AppError('INVALID_CREDENTIALS', INVALID);
  }
  const now = new Date();
  const isCorrect = await verifyPassword(user.passwordHash, password);
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED', lockedMessage(user.lockedUntil));
  if (!isCorrect) {
    const lockedUntil = await db.transaction(async (tx) => {
      const until = await repo.registerFailedLogin(tx, user.id, config.lockoutThreshold, config.lockoutMs);
      await recordAudit(tx, { userId: user.id, ip: client.ip ?? undefined }, { action: 'auth.login_failed', entityType: 'user', entityId: user.id });
      return until;
    });
    if (lockedUntil && lockedUntil > now) throw new AppError('ACCOUNT_LOCKED', lockedMessage(lockedUntil));
    throw new AppError('INVALID_CREDENTIALS', INVALID);
  }
  if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED', 'Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị đơn vị.');

  const token = randomBytes(32).toString('base64url');
  const session = await db.transaction(async (tx) => {
    const roles = await repo.listRoleAssignments(tx, user.id);
    // A person starts in the role they were given first (their main post); they can switch.
    const firstRole = roles.reduce<(typeof roles)[number] | undefined>((first, r) => (!first || r.id < first.id ? r : first), undefined);
    await repo.registerSuccessfulLogin(tx, user.id);
    const opened: RequestSession = {
      id: hashToken(token),
      userId: user.id,
      username: user.username,
      csrfToken: randomBytes(24).toString('base64url'),
      activeRoleId: firstRole?.id ?? null,
    };
    await repo.insertSession(tx, {
      id: opened.id,
      userId: opened.userId,
      activeRoleId: opened.activeRoleId,
      csrfToken: opened.csrfToken,
      expiresAt: new Date(now.getTime() + config.sessionIdleMs),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(tx, { userId: user.id, ip: client.ip ?? undefined }, { action: 'auth.login', entityType: 'user', entityId: user.id, unitId: firstRole?.unitId ?? null });
    return opened;
  });
  return { token, session };
}

/**
 * Resolves the cookie's token to a session and the actor behind it, or null when the
 * session is unknown, expired (idle or absolute) or its user disabled.
 */
export async function resolveSession(
  database: Database,
  config: Config,
  token: string,
  ip: string | undefined,
): Promise<{ session: RequestSession; actor: Actor | null } | null> {
  const id = hashToken(token);
  const context = await repo.findSessionContext(database.db, id);
  if (!context) return null;
  const now = Date.now();
  const isPastMaximum = now - context.createdAt.getTime() > config.sessionMaxMs;
  if (context.expiresAt.getTime() <= now || isPastMaximum || context.disabled) {
    await repo.deleteSession(database.db, id);
    return null;
  }
  // Slide the idle window at most once a minute: one write per minute, not per request.
  if (now - context.lastSeenAt.getTime() > 60_000) {
    await repo.touchSession(database.db, id, new Date(now + config.sessionIdleMs));
  }
  const session: RequestSession = {
    id,
    userId: context.userId,
    username: context.username,
    csrfToken: context.csrfToken,
    activeRoleId: context.activeRoleId,
  };
  const actor: Actor | null =
    context.role && context.unitId && context.unitPath
      ? { userId: context.userId, username: context.username, roleId: context.activeRoleId!, role: context.role as Role, unitId: context.unitId, unitPath: context.unitPath, ip }
      : null;
  return { session, actor };
}

export async function describeSession(database: Database, session: RequestSession): Promise<SessionInfo> {
  const user = await repo.findUserById(database.db, session.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập');
  const roles = await repo.listRoleAssignments(database.db, user.id);
  return {
    user: {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      email: user.email,
      locale: user.locale === 'en' ? 'en' : 'vi',
      mustChangePassword: user.mustChangePassword,
    },
    roles: roles.map((r) => ({ id: r.id, role: r.role as Role, unitId: r.unitId, unitName: r.unitName, unitCode: r.unitCode })),
    activeRoleId: session.activeRoleId,
    csrfToken: session.csrfToken,
  };
}

export async function signOut(database: Database, session: RequestSession, ip: string | undefined) {
  await database.db.transaction(async (tx) => {
    await repo.deleteSession(tx, session.id);
    await recordAudit(tx, { userId: session.userId, ip }, { action: 'auth.logout', entityType: 'user', entityId: session.userId });
  });
}

export async function switchRole(database: Database, session: RequestSession, roleId: number, ip: string | undefined) {
  const roles = await repo.listRoleAssignments(database.db, session.userId);
  const role = roles.find((r) => r.id === roleId);
  if (!role) throw new AppError('FORBIDDEN', 'Bạn không giữ vai trò này');
  await database.db.transaction(async (tx) => {
    await repo.setActiveRole(tx, session.id, roleId);
    await recordAudit(tx, { userId: session.userId, ip }, { action: 'auth.switch_role', entityType: 'user', entityId: session.userId, unitId: role.unitId, after: { role: role.role } });
  });
}

export async function changePassword(database: Database, session: RequestSession, currentPassword: string, newPassword: string, ip: string | undefined) {
  const user = await repo.findUserById(database.db, session.userId);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng', [{ field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }]);
  }
  if (currentPassword === newPassword) {
    throw new AppError('WEAK_PASSWORD', 'Mật khẩu mới phải khác mật khẩu hiện tại', [{ field: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại' }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await database.db.transaction(async (tx) => {
    await repo.updatePassword(tx, user.id, passwordHash, false);
    // Other devices signed in with the old password are signed out.
    await repo.deleteOtherSessions(tx, user.id, session.id);
    await recordAudit(tx, { userId: user.id, ip }, { action: 'auth.change_password', entityType: 'user', entityId: user.id });
  });
}

export async function setLocale(database: Database, session: RequestSession, locale: 'vi' | 'en') {
  await repo.updateLocale(database.db, session.userId, locale);
}
