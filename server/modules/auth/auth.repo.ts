/** SQL for users' credentials and sessions. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { sessions, units, userRoles, users } from '../../db/schema.ts';
import type { Role } from '../../../common/roles.ts';

export async function findUserByUsername(tx: Tx, username: string) {
  const [user] = await tx.select().from(users).where(eq(users.username, username)).limit(1);
  return user;
}

export async function findUserById(tx: Tx, id: number) {
  const [user] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

/** One failed attempt, counted atomically; locks the account when it reaches the threshold. */
export async function registerFailedLogin(tx: Tx, userId: number, threshold: number, lockoutMs: number) {
  const [row] = await tx
    .update(users)
    .set({
      failedLoginCount: sql`case when ${users.failedLoginCount} + 1 >= ${threshold} then 0 else ${users.failedLoginCount} + 1 end`,
      lockedUntil: sql`case when ${users.failedLoginCount} + 1 >= ${threshold} then now() + make_interval(secs => ${lockoutMs / 1000}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ lockedUntil: users.lockedUntil });
  return row?.lockedUntil ?? null;
}

export async function registerSuccessfulLogin(tx: Tx, userId: number) {
  await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: sql`now()` }).where(eq(users.id, userId));
}

export async function listRoleAssignments(tx: Tx, userId: number) {
  return tx
    .select({ id: userRoles.id, role: userRoles.role, unitId: userRoles.unitId, unitName: units.name, unitCode: units.code, depth: sql<number>`nlevel(${units.path})` })
    .from(userRoles)
    .innerJoin(units, eq(units.id, userRoles.unitId))
    .where(eq(userRoles.userId, userId))
    .orderBy(sql`nlevel(${units.path})`, asc(userRoles.id));
}

export async function insertSession(
  tx: Tx,
  values: { id: string; userId: number; activeRoleId: number | null; csrfToken: string; expiresAt: Date; ip: string | null; userAgent: string | null },
) {
  await tx.insert(sessions).values(values);
}

export interface SessionContext {
  id: string;
  userId: number;
  username: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  createdAt: Date;
  activeRoleId: number | null;
  disabled: boolean;
  role: Role | null;
  unitId: number | null;
  unitPath: string | null;
  unitOpen: boolean | null;
}

/** Everything a request needs about its session in one query. */
export async function findSessionContext(tx: Tx, sessionId: string): Promise<SessionContext | undefined> {
  const result = await tx.execute(sql`
    select s.id, s.user_id as "userId", u.username, s.csrf_token as "csrfToken", s.expires_at as "expiresAt",
           s.last_seen_at as "lastSeenAt", s.created_at as "createdAt", s.active_role_id as "activeRoleId", (u.disabled_at is not null) as disabled,
           r.role, r.unit_id as "unitId", un.path::text as "unitPath", (un.valid_to is null or un.valid_to > current_date) as "unitOpen"
      from sessions s
      join users u on u.id = s.user_id
      left join user_roles r on r.id = s.active_role_id and r.user_id = s.user_id
      left join units un on un.id = r.unit_id
     where s.id = ${sessionId}`);
  const [row] = (result as unknown as { rows: SessionContext[] }).rows;
  if (!row) return undefined;
  return { ...row, expiresAt: new Date(row.expiresAt), lastSeenAt: new Date(row.lastSeenAt), createdAt: new Date(row.createdAt) };
}

export async function touchSession(tx: Tx, sessionId: string, expiresAt: Date) {
  await tx.update(sessions).set({ lastSeenAt: sql`now()`, expiresAt }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(tx: Tx, sessionId: string) {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteOtherSessions(tx: Tx, userId: number, keepSessionId: string | null) {
  await tx
    .delete(sessions)
    .where(keepSessionId ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${keepSessionId}`) : eq(sessions.userId, userId));
}

export async function setActiveRole(tx: Tx, sessionId: string, roleId: number) {
  await tx.update(sessions).set({ activeRoleId: roleId }).where(eq(sessions.id, sessionId));
}

export async function updatePassword(tx: Tx, userId: number, passwordHash: string, mustChange: boolean) {
  await tx
    .update(users)
    .set({ passwordHash, mustChangePassword: mustChange, passwordChangedAt: sql`now()`, failedLoginCount: 0, lockedUntil: null, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function updateLocale(tx: Tx, userId: number, locale: string) {
  await tx.update(users).set({ locale, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

export async function deleteExpiredSessions(tx: Tx) {
  await tx.execute(sql`delete from sessions where expires_at < now()`);
}
