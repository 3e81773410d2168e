/**
 * The hierarchy's rules: who sees which units, how units are created, edited, moved,
 * closed and merged (the 2025 reform), and how history stays readable.
 * Every function checks the policy first and writes in one transaction with its audit.
 */
import type { Database, Tx } from '../../db/client.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../../lib/audit.ts';
import { authorize, can, isWithin, type Actor } from '../../lib/policy.ts';
import { todayInVietnam } from '../../../common/text/format.ts';
import { normalizeText, toSearchKey, vietnameseSortKey } from '../../../common/text/vietnamese.ts';
import type { UnitDetail, UnitSummary } from '../../../common/contracts/units.ts';
import * as repo from './units.repo.ts';
import { applyUnitMove } from '../campaigns/rollups.service.ts';

export type { UnitRow, UnitCore } from './units.repo.ts';

export function toSummary(row: repo.UnitRow): UnitSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kindId: row.kindId,
    kindName: row.kindName,
    levelName: row.levelName,
    parentId: row.parentId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    isOpen: row.isOpen,
    childCount: row.childCount,
  };
}

export function unitKeys(code: string, name: string, shortName: string | null) {
  // Name first: where the query occurs in the key ranks the hits (strpos), so name matches lead.
  return { searchKey: toSearchKey(`${name} ${shortName ?? ''} ${code}`), sortKey: vietnameseSortKey(name) };
}

/** Loads a unit the actor may act on, or answers 404 — a unit outside the subtree does not exist for them. */
type UnitAction = Parameters<typeof authorize>[1];

/** The subtree rule for one loaded unit: outside the subtree it does not exist (404); inside, the action must be allowed (403). */
function assertCanActOn<T extends repo.UnitCore>(actor: Actor, unit: T | undefined, action: UnitAction): T {
  if (!unit || !can(actor, 'unit:read', unit)) throw notFound('Không tìm thấy đơn vị');
  authorize(actor, action, unit);
  return unit;
}

export async function loadUnitFor(tx: Tx, actor: Actor, id: number, action: UnitAction = 'unit:read'): Promise<repo.UnitCore> {
  return assertCanActOn(actor, await repo.findUnitCore(tx, id, todayInVietnam()), action);
}

/** The top of what the actor sees: the unit of their active role. */
export async function listRoots(database: Database, actor: Actor): Promise<UnitSummary[]> {
  const unit = await repo.findUnitById(database.db, actor.unitId, todayInVietnam());
  return unit ? [toSummary(unit)] : [];
}

export async function listChildren(database: Database, actor: Actor, id: number, includeClosed: boolean): Promise<UnitSummary[]> {
  await loadUnitFor(database.db, actor, id);
  const children = await repo.listChildren(database.db, id, todayInVietnam(), includeClosed);
  return children.map(toSummary);
}

export async function getUnitDetail(database: Database, actor: Actor, id: number): Promise<UnitDetail> {
  const { db } = database;
  const today = todayInVietnam();
  // One read of the unit serves both the policy check and the page.
  const unit = assertCanActOn(actor, await repo.findUnitById(db, id, today), 'unit:read');
  const [ancestors, history, predecessors, successorRefs, openDescendantCount] = await Promise.all([
    repo.findAncestors(db, unit.path),
    repo.findParentHistory(db, unit.id),
    repo.findPredecessors(db, unit.id),
    repo.findUnitRefs(db, unit.successorId ? [unit.successorId] : []),
    repo.countOpenDescendants(db, unit.path, today),
  ]);
  // Ancestors above the actor's own unit are not theirs to see.
  const visibleAncestors = ancestors.filter((a) => isWithin(a.path, actor.unitPath)).map(({ id, code, name }) => ({ id, code, name }));
  const parentVisible = unit.parentId !== null && visibleAncestors.some((a) => a.id === unit.parentId);
  const parent = parentVisible ? visibleAncestors.find((a) => a.id === unit.parentId)! : null;
  return {
    ...toSummary(unit),
    shortName: unit.shortName,
    address: unit.address,
    email: unit.email,
    phone: unit.phone,
    parent,
    successor: successorRefs[0] ?? null,
    predecessors,
    ancestors: visibleAncestors,
    parentHistory: history.map((h) => ({ parent: { id: h.parentId, code: h.parentCode, name: h.parentName }, validFrom: h.validFrom, validTo: h.validTo })),
    openDescendantCount,
    canManage: can(actor, 'unit:update', unit),
    canManageChildren: can(actor, 'unit:create-child', unit) && unit.isOpen,
  };
}

/** The chain of parents as it was on a date: a 2023 report shows its school under the old district office. */
export async function getAncestorsAsOf(database: Database, actor: Actor, id: number, asOf: string) {
  await loadUnitFor(database.db, actor, id);
  return repo.findAncestorsAsOf(database.db, id, asOf);
}

export async function searchUnits(database: Database, actor: Actor, q: string, includeClosed: boolean, limit: number) {
  const key = toSearchKey(q);
  if (key.length === 0) return { items: [], total: 0 };
  const { hits, total } = await repo.searchUnits(database.db, { rootPath: actor.unitPath, key, today: todayInVietnam(), includeClosed, limit });
  return { items: hits.map((h) => ({ ...toSummary(h), path: h.ancestorNames })), total };
}

export async function listLevelsAndKinds(database: Database) {
  const [levels, kinds] = await Promise.all([repo.listLevels(database.db), repo.listKinds(database.db)]);
  return { levels, kinds };
}

export interface CreateUnitInput {
  code: string;
  name: string;
  shortName?: string | null | undefined;
  kindId: number;
  parentId: number;
  validFrom?: string | null | undefined;
  address?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
}

async function assertKindFitsParent(tx: Tx, kindId: number, parent: repo.UnitCore) {
  const kind = await repo.findKind(tx, kindId);
  if (!kind) throw new AppError('VALIDATION', 'Loại hình đơn vị không tồn tại', [{ field: 'kindId', message: 'Loại hình đơn vị không tồn tại' }]);
  if (kind.depth <= parent.levelDepth) {
    throw new AppError('VALIDATION', `Đơn vị loại "${kind.name}" không thể trực thuộc "${parent.name}" (${parent.levelName})`, [
      { field: 'kindId', message: `Loại hình "${kind.name}" phải ở cấp dưới cấp "${parent.levelName}"` },
    ]);
  }
  return kind;
}

/** Creates a unit inside the caller's transaction (used by the form and by import). */
export async function createUnitInTx(tx: Tx, actor: Actor, input: CreateUnitInput): Promise<number> {
  const parent = await loadUnitFor(tx, actor, input.parentId, 'unit:create-child');
  if (!parent.isOpen) throw new AppError('UNIT_CLOSED', `Đơn vị cấp trên "${parent.name}" đã ngừng hoạt động`);
  await assertKindFitsParent(tx, input.kindId, parent);
  if (await repo.isCodeTaken(tx, input.code)) {
    throw new AppError('DUPLICATE', `Mã đơn vị ${input.code} đã tồn tại`, [{ field: 'code', message: `Mã đơn vị ${input.code} đã tồn tại` }]);
  }
  const id = await repo.nextUnitId(tx);
  const name = normalizeText(input.name);
  const shortName = input.shortName ? normalizeText(input.shortName) : null;
  const values = {
    id,
    code: input.code,
    name,
    shortName,
    kindId: input.kindId,
    parentId: parent.id,
    path: `${parent.path}.${id}`,
    validFrom: input.validFrom ?? null,
    address: input.address || null,
    email: input.email || null,
    phone: input.phone || null,
    ...unitKeys(input.code, name, shortName),
  };
  await repo.insertUnit(tx, values);
  await recordAudit(tx, actor, { action: 'unit.create', entityType: 'unit', entityId: id, unitId: id, after: { code: values.code, name, kindId: values.kindId, parentId: parent.id, validFrom: values.validFrom } });
  return id;
}

export async function createUnit(database: Database, actor: Actor, input: CreateUnitInput) {
  const id = await database.db.transaction((tx) => createUnitInTx(tx, actor, input));
  return getUnitDetail(database, actor, id);
}

export interface UpdateUnitInput {
  name?: string | undefined;
  shortName?: string | null | undefined;
  kindId?: number | undefined;
  validFrom?: string | null | undefined;
  address?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
}

export async function updateUnitInTx(tx: Tx, actor: Actor, id: number, input: UpdateUnitInput) {
  const unit = await loadUnitFor(tx, actor, id, 'unit:update');
  if (input.kindId !== undefined && input.kindId !== unit.kindId) {
    if (!unit.parentId) throw new AppError('VALIDATION', 'Không thể đổi loại hình của đơn vị gốc');
    const parent = await repo.findUnitById(tx, unit.parentId, todayInVietnam());
    await assertKindFitsParent(tx, input.kindId, parent!);
  }
  const name = input.name !== undefined ? normalizeText(input.name) : unit.name;
  const shortName = input.shortName !== undefined ? (input.shortName ? normalizeText(input.shortName) : null) : unit.shortName;
  const after = {
    name,
    shortName,
    kindId: input.kindId ?? unit.kindId,
    validFrom: input.validFrom !== undefined ? input.validFrom : unit.validFrom,
    address: input.address !== undefined ? input.address || null : unit.address,
    email: input.email !== undefined ? input.email || null : unit.email,
    phone: input.phone !== undefined ? input.phone || null : unit.phone,
  };
  const before = { name: unit.name, shortName: unit.shortName, kindId: unit.kindId, validFrom: unit.validFrom, address: unit.address, email: unit.email, phone: unit.phone };
  if (JSON.stringify(before) === JSON.stringify(after)) return false;
  await repo.updateUnitValues(tx, id, { ...after, ...unitKeys(unit.code, name, shortName) });
  await recordAudit(tx, actor, { action: 'unit.update', entityType: 'unit', entityId: id, unitId: id, before, after });
  return true;
}

export async function updateUnit(database: Database, actor: Actor, id: number, input: UpdateUnitInput) {
  await database.db.transaction((tx) => updateUnitInTx(tx, actor, id, input));
  return getUnitDetail(database, actor, id);
}

/** Moves a unit (and its whole subtree) under a new parent from a date. */
export async function moveUnitInTx(tx: Tx, actor: Actor, id: number, newParentId: number, effectiveDate: string) {
  const unit = await loadUnitFor(tx, actor, id, 'unit:restructure');
  const newParent = await loadUnitFor(tx, actor, newParentId, 'unit:create-child');
  if (unit.parentId === newParent.id) return false;
  if (isWithin(newParent.path, unit.path)) {
    throw new AppError('UNIT_CYCLE', `Không thể chuyển "${unit.name}" vào chính đơn vị cấp dưới của nó ("${newParent.name}")`);
  }
  if (!newParent.isOpen) throw new AppError('UNIT_CLOSED', `Đơn vị "${newParent.name}" đã ngừng hoạt động`);
  await assertKindFitsParent(tx, unit.kindId, newParent);
  const [oldParent] = await repo.findUnitRefs(tx, unit.parentId ? [unit.parentId] : []);
  const newPath = await repo.reparent(tx, { id, oldPath: unit.path, newParentId: newParent.id, newParentPath: newParent.path, effectiveDate });
  // The paths are rewritten (which waited for every report write in the subtree): carry the live rollups along.
  await applyUnitMove(tx, id, unit.path, newPath);
  // Names beside ids: the log must read well even after the units are renamed or closed.
  await recordAudit(tx, actor, {
    action: 'unit.move',
    entityType: 'unit',
    entityId: id,
    unitId: id,
    before: { parentId: unit.parentId, parentName: oldParent?.name ?? null },
    after: { parentId: newParent.id, parentName: newParent.name, effectiveDate },
  });
  return true;
}

export async function moveUnit(database: Database, actor: Actor, id: number, newParentId: number, effectiveDate: string) {
  await database.db.transaction((tx) => moveUnitInTx(tx, actor, id, newParentId, effectiveDate));
  return getUnitDetail(database, actor, id);
}

export interface CloseUnitInput {
  effectiveDate: string;
  successorId?: number | null | undefined;
  moveChildrenToId?: number | null | undefined;
  reason?: string | null | undefined;
}

/** Closes a unit from a date; its open children move first (to moveChildrenTo, or to its successor). */
export async function closeUnitInTx(tx: Tx, actor: Actor, id: number, input: CloseUnitInput) {
  const today = todayInVietnam();
  const unit = await loadUnitFor(tx, actor, id, 'unit:restructure');
  if (!unit.isOpen) throw new AppError('UNIT_CLOSED', `Đơn vị "${unit.name}" đã ngừng hoạt động từ trước`);
  let successorName: string | null = null;
  if (input.successorId) {
    const successor = await loadUnitFor(tx, actor, input.successorId);
    successorName = successor.name;
    if (successor.id === unit.id || isWithin(successor.path, unit.path)) {
      throw new AppError('UNIT_CYCLE', 'Đơn vị kế thừa không thể là chính đơn vị hoặc đơn vị cấp dưới của nó');
    }
  }
  const childIds = await repo.listOpenChildIds(tx, unit.id, today);
  const destination = input.moveChildrenToId ?? input.successorId ?? null;
  if (childIds.length > 0 && !destination) {
    throw new AppError('UNIT_HAS_OPEN_CHILDREN', `"${unit.name}" còn ${childIds.length} đơn vị trực thuộc đang hoạt động: chọn nơi chuyển các đơn vị này đến`, [
      { field: 'moveChildrenToId', message: 'Chọn đơn vị tiếp nhận các đơn vị trực thuộc' },
    ]);
  }
  for (const childId of childIds) await moveUnitInTx(tx, actor, childId, destination!, input.effectiveDate);
  await repo.updateUnitValues(tx, unit.id, { validTo: input.effectiveDate, successorId: input.successorId ?? null });
  await recordAudit(tx, actor, {
    action: 'unit.close',
    entityType: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    before: { validTo: unit.validTo, successorId: unit.successorId },
    after: { validTo: input.effectiveDate, successorId: input.successorId ?? null, successorName, movedChildren: childIds.length, reason: input.reason ?? null },
  });
}

export async function closeUnit(database: Database, actor: Actor, id: number, input: CloseUnitInput) {
  await database.db.transaction((tx) => closeUnitInTx(tx, actor, id, input));
  return getUnitDetail(database, actor, id);
}

/** Merges units into one (two provinces become one): each source closes with the target as successor and hands over its children. */
export async function mergeUnitsInTx(tx: Tx, actor: Actor, sourceIds: number[], targetId: number, effectiveDate: string) {
  if (sourceIds.includes(targetId)) throw new AppError('VALIDATION', 'Đơn vị tiếp nhận không thể nằm trong danh sách đơn vị sáp nhập');
  for (const sourceId of sourceIds) {
    await closeUnitInTx(tx, actor, sourceId, { effectiveDate, successorId: targetId, moveChildrenToId: targetId, reason: 'Sáp nhập' });
  }
}

export async function mergeUnits(database: Database, actor: Actor, sourceIds: number[], targetId: number, effectiveDate: string) {
  await database.db.transaction((tx) => mergeUnitsInTx(tx, actor, sourceIds, targetId, effectiveDate));
  return getUnitDetail(database, actor, targetId);
}
