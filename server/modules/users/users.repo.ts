/** SQL for people and their roles. */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { containsPattern, rows } from '../../db/sql.ts';
import { userRoles, users } from '../../db/schema.ts';
import type { Actor } from '../../lib/policy.ts';


/** A person with their roles (those the WHERE clause keeps), grouped by person. */
const SELECT_USERS_WITH_ROLES = sql`
  select u.id, u.username, u.full_name as "fullName", u.email, u.locked_until as "lockedUntil", u.disabled_at as "disabledAt",
         u.last_login_at as "lastLoginAt",
         json_agg(json_build_object('id', r.id, 'role', r.role, 'unitId', r.unit_id, 'unitCode', un.code, 'unitName', un.name, 'unitPath', un.path::text)
                  order by nlevel(un.path), r.id) as roles
    from users u
    join user_roles r on r.user_id = u.id
    join units un on un.id = r.unit_id`;

export interface UserListRow {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  roles: { id: number; role: string; unitId: number; unitCode: string; unitName: string; unitPath: string }[];
}

/**
 * People holding a role in the given subtree (or exactly in the unit). Only the roles
 * inside the subtree are returned: an admin never learns what a person does elsewhere.
 */
export async function listUsers(tx: Tx, input: { subtreePath: string; unitId: number | null; directOnly: boolean; key: string; limit: number; offset: number }) {
  const roleFilter = input.directOnly && input.unitId ? sql`r.unit_id = ${input.unitId}` : sql`un.path <@ ${input.subtreePath}::ltree`;
  const keyFilter = input.key ? sql`and u.search_key like ${containsPattern(input.key)}` : sql``;
  const items = await rows<UserListRow>(
    tx,
    sql`${SELECT_USERS_WITH_ROLES}
         where ${roleFilter} ${keyFilter}
         group by u.id
         order by u.search_key
         limit ${input.limit} offset ${input.offset}`,
  );
  const [count] = await rows<{ total: number }>(
    tx,
    sql`select count(distinct u.id)::int as total from users u join user_roles r on r.user_id = u.id join units un on un.id = r.unit_id where ${roleFilter} ${keyFilter}`,
  );
  return { items, total: count?.total ?? 0 };
}

/** A person with the roles they hold inside the subtree; undefined when they hold none there. */
export async function findUserInSubtree(tx: Tx, userId: number, subtreePath: string): Promise<UserListRow | undefined> {
  const [row] = await rows<UserListRow>(
    tx,
    sql`${SELECT_USERS_WITH_ROLES}
         where u.id = ${userId} and un.path <@ ${subtreePath}::ltree
         group by u.id`,
  );
  return row;
}

/** Every unit path where the person holds a role, to know whether they sit wholly inside a subtree. */
export async function listRolePaths(tx: Tx, userId: number): Promise<string[]> {
  const list = await rows<{ path: string }>(tx, sql`select un.path::text as path from user_roles r join units un on un.id = r.unit_id where r.user_id = ${userId}`);
  return list.map((r) => r.path);
}

export async function findUsernameTaken(tx: Tx, username: string) {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
  return Boolean(row);
}

export async function insertUser(tx: Tx, values: { username: string; fullName: string; email: string | null; passwordHash: string; mustChangePassword: boolean; searchKey: string }) {
  const [row] = await tx.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

export async function updateUser(tx: Tx, id: number, values: Partial<{ fullName: string; email: string | null; disabledAt: Date | null; searchKey: string }>) {
  await tx.update(users).set({ ...values, updatedAt: sql`now()` }).where(eq(users.id, id));
}

export async function unlockUser(tx: Tx, id: number) {
  await tx.update(users).set({ lockedUntil: null, failedLoginCount: 0, updatedAt: sql`now()` }).where(eq(users.id, id));
}

export async function insertRole(tx: Tx, userId: number, unitId: number, role: string) {
  const [row] = await tx.insert(userRoles).values({ userId, unitId, role }).onConflictDoNothing().returning({ id: userRoles.id });
  return row?.id ?? null;
}

export async function findRole(tx: Tx, userId: number, roleId: number) {
  const [row] = await rows<{ id: number; role: string; unitId: number; unitPath: string }>(
    tx,
    sql`select r.id, r.role, r.unit_id as "unitId", un.path::text as "unitPath" from user_roles r join units un on un.id = r.unit_id where r.id = ${roleId} and r.user_id = ${userId}`,
  );
  return row;
}

/**
 * A person acting through their role (the first, or the one named): how seeds, scripts and
 * tests act as a demo user without a session. Undefined when there is no such role.
 */
export async function findActorByUsername(tx: Tx, username: string, role?: string): Promise<Actor | undefined> {
  const [row] = await rows<Actor>(
    tx,
    sql`select u.id as "userId", u.username, r.id as "roleId", r.role, r.unit_id as "unitId", un.path::text as "unitPath"
          from users u join user_roles r on r.user_id = u.id join units un on un.id = r.unit_id
         where u.username = ${username} ${role ? sql`and r.role = ${role}` : sql``}
         order by r.id limit 1`,
  );
  return row;
}

export async function deleteRole(tx: Tx, roleId: number) {
  await tx.delete(userRoles).where(eq(userRoles.id, roleId));
}

export async function deleteSessionsOf(tx: Tx, userId: number) {
  await tx.execute(sql`delete from sessions where user_id = ${userId}`);
}

/** A new password; clears any lock. `mustChange` for a temporary password set by an admin. */
export async function setPassword(tx: Tx, userId: number, passwordHash: string, options: { mustChange: boolean }) {
  await tx
    .update(users)
    .set({ passwordHash, mustChangePassword: options.mustChange, failedLoginCount: 0, lockedUntil: null, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}
