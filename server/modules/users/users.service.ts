/**
 * People and access. A unit admin manages the roles held in their subtree; a person's
 * account (name, password, lock) only when every role they hold lies in that subtree,
 * so no admin can take over someone who also works elsewhere.
 */
import type { Database, Tx } from '../../db/client.ts';
import { AppError, isUniqueViolation, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../../lib/audit.ts';
import { authorize, canGrantRole, isWithin, type Actor } from '../../lib/policy.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { loadUnitFor } from '../units/units.service.ts';
import { normalizeText, toSearchKey } from '../../../common/text/vietnamese.ts';
import type { Role } from '../../../common/roles.ts';
import type { UserSummary } from '../../../common/contracts/users.ts';
import * as repo from './users.repo.ts';

function toSummary(row: repo.UserListRow): UserSummary {
  const now = Date.now();
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    isLocked: row.lockedUntil !== null && new Date(row.lockedUntil).getTime() > now,
    isDisabled: row.disabledAt !== null,
    lastLoginAt: row.lastLoginAt ? new Date(row.lastLoginAt).toISOString() : null,
    roles: row.roles.map((r) => ({ id: r.id, role: r.role as Role, unitId: r.unitId, unitCode: r.unitCode, unitName: r.unitName })),
  };
}

export async function listUsers(database: Database, actor: Actor, query: { unitId?: number | undefined; q: string; directOnly: boolean; page: number; pageSize: number }) {
  const unit = await loadUnitFor(database.db, actor, query.unitId ?? actor.unitId, 'user:read');
  const { items, total } = await repo.listUsers(database.db, {
    subtreePath: unit.path,
    unitId: unit.id,
    directOnly: query.directOnly,
    key: toSearchKey(query.q),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: items.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}

async function loadVisibleUser(tx: Tx, actor: Actor, userId: number) {
  const user = await repo.findUserInSubtree(tx, userId, actor.unitPath);
  if (!user) throw notFound('Không tìm thấy người dùng');
  return user;
}

/** The account itself may be changed only by an admin whose subtree holds all of the person's roles. */
async function loadManagedAccount(tx: Tx, actor: Actor, userId: number) {
  const user = await loadVisibleUser(tx, actor, userId);
  const paths = await repo.listRolePaths(tx, userId);
  for (const role of user.roles) authorize(actor, 'user:manage', { path: role.unitPath });
  if (!paths.every((p) => isWithin(p, actor.unitPath))) {
    throw new AppError('FORBIDDEN', 'Người dùng này còn giữ vai trò ở đơn vị ngoài phạm vi quản lý của bạn; liên hệ đơn vị cấp trên.');
  }
  if (userId === actor.userId) throw new AppError('FORBIDDEN', 'Hãy dùng trang "Tài khoản" để thay đổi tài khoản của chính bạn.');
  return user;
}

export async function getUser(database: Database, actor: Actor, userId: number) {
  const user = await loadVisibleUser(database.db, actor, userId);
  for (const role of user.roles) authorize(actor, 'user:read', { path: role.unitPath });
  return toSummary(user);
}

export interface CreateUserInput {
  username: string;
  fullName: string;
  email?: string | null | undefined;
  password: string;
  role: Role;
  unitId: number;
}

export async function createUserInTx(tx: Tx, actor: Actor | null, input: CreateUserInput, options: { mustChangePassword: boolean }) {
  if (actor) {
    await loadUnitFor(tx, actor, input.unitId, 'user:manage');
    if (!canGrantRole(actor, input.role)) throw new AppError('FORBIDDEN', 'Chỉ quản trị hệ thống mới cấp được vai trò quản trị hệ thống');
  }
  if (await repo.findUsernameTaken(tx, input.username)) {
    throw new AppError('DUPLICATE', `Tên đăng nhập "${input.username}" đã được dùng`, [{ field: 'username', message: 'Tên đăng nhập đã được dùng' }]);
  }
  const fullName = normalizeText(input.fullName);
  const id = await repo.insertUser(tx, {
    username: input.username,
    fullName,
    email: input.email || null,
    passwordHash: await hashPassword(input.password),
    mustChangePassword: options.mustChangePassword,
    searchKey: toSearchKey(`${input.username} ${fullName} ${input.email ?? ''}`),
  });
  await repo.insertRole(tx, id, input.unitId, input.role);
  await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: id, unitId: input.unitId, after: { username: input.username, fullName, email: input.email || null, role: input.role } });
  return id;
}

export async function createUser(database: Database, actor: Actor, input: CreateUserInput) {
  try {
    const id = await database.db.transaction((tx) => createUserInTx(tx, actor, input, { mustChangePassword: true }));
    return getUser(database, actor, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', `Tên đăng nhập "${input.username}" đã được dùng`, [{ field: 'username', message: 'Tên đăng nhập đã được dùng' }]);
    throw error;
  }
}

export async function updateUser(database: Database, actor: Actor, userId: number, input: { fullName?: string | undefined; email?: string | null | undefined; isDisabled?: boolean | undefined }) {
  await database.db.transaction(async (tx) => {
    const user = await loadManagedAccount(tx, actor, userId);
    const fullName = input.fullName !== undefined ? normalizeText(input.fullName) : user.fullName;
    const email = input.email !== undefined ? input.email || null : user.email;
    const disabledAt = input.isDisabled === undefined ? user.disabledAt : input.isDisabled ? (user.disabledAt ?? new Date()) : null;
    await repo.updateUser(tx, userId, { fullName, email, disabledAt, searchKey: toSearchKey(`${user.username} ${fullName} ${email ?? ''}`) });
    if (input.isDisabled) await repo.deleteSessionsOf(tx, userId);
    await recordAudit(tx, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: userId,
      unitId: user.roles[0]?.unitId ?? null,
      before: { fullName: user.fullName, email: user.email, isDisabled: user.disabledAt !== null },
      after: { fullName, email, isDisabled: disabledAt !== null },
    });
  });
  return getUser(database, actor, userId);
}

/** Sets a temporary password the person must change at next sign-in; signs them out everywhere. */
export async function resetPassword(database: Database, actor: Actor, userId: number, newPassword: string) {
  const passwordHash = await hashPassword(newPassword);
  await database.db.transaction(async (tx) => {
    const user = await loadManagedAccount(tx, actor, userId);
    await repo.setPassword(tx, userId, passwordHash, { mustChange: true });
    await repo.deleteSessionsOf(tx, userId);
    await recordAudit(tx, actor, { action: 'user.reset_password', entityType: 'user', entityId: userId, unitId: user.roles[0]?.unitId ?? null });
  });
  return getUser(database, actor, userId);
}

export async function unlockUser(database: Database, actor: Actor, userId: number) {
  await database.db.transaction(async (tx) => {
    const user = await loadVisibleUser(tx, actor, userId);
    for (const role of user.roles) authorize(actor, 'user:manage', { path: role.unitPath });
    await repo.unlockUser(tx, userId);
    await recordAudit(tx, actor, { action: 'user.unlock', entityType: 'user', entityId: userId, unitId: user.roles[0]?.unitId ?? null });
  });
  return getUser(database, actor, userId);
}

export async function grantRole(database: Database, actor: Actor, userId: number, role: Role, unitId: number) {
  await database.db.transaction(async (tx) => {
    await loadVisibleUser(tx, actor, userId);
    await loadUnitFor(tx, actor, unitId, 'user:manage');
    if (!canGrantRole(actor, role)) throw new AppError('FORBIDDEN', 'Chỉ quản trị hệ thống mới cấp được vai trò quản trị hệ thống');
    const roleId = await repo.insertRole(tx, userId, unitId, role);
    if (roleId === null) throw new AppError('DUPLICATE', 'Người dùng đã có vai trò này tại đơn vị');
    await recordAudit(tx, actor, { action: 'user.grant_role', entityType: 'user', entityId: userId, unitId, after: { role, unitId } });
  });
  return getUser(database, actor, userId);
}

export async function revokeRole(database: Database, actor: Actor, userId: number, roleId: number) {
  await database.db.transaction(async (tx) => {
    const role = await repo.findRole(tx, userId, roleId);
    if (!role || !isWithin(role.unitPath, actor.unitPath)) throw notFound('Không tìm thấy vai trò');
    authorize(actor, 'user:manage', { path: role.unitPath });
    if (role.id === actor.roleId) throw new AppError('FORBIDDEN', 'Không thể thu hồi vai trò bạn đang dùng');
    await repo.deleteRole(tx, roleId);
    await recordAudit(tx, actor, { action: 'user.revoke_role', entityType: 'user', entityId: userId, unitId: role.unitId, before: { role: role.role, unitId: role.unitId } });
  });
  const remaining = await repo.findUserInSubtree(database.db, userId, actor.unitPath);
  return remaining ? toSummary(remaining) : null;
}

/** Acts as a person without a session (seeds, scripts, tests): their first role, or the one named. */
export async function actorOfUsername(tx: Tx, username: string, role?: Role): Promise<Actor> {
  const actor = await repo.findActorByUsername(tx, username, role);
  if (!actor) throw new Error(`no account ${username}${role ? ` with the role ${role}` : ''}`);
  return actor;
}
