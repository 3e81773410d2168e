/** SQL for the hierarchy. Paths are ltree strings of ids from the root: "1.4.57". */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { containsPattern, rows } from '../../db/sql.ts';
import { unitKinds, unitLevels, unitParentHistory, units } from '../../db/schema.ts';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kindId: number;
  kindName: string;
  levelName: string;
  levelDepth: number;
  parentId: number | null;
  path: string;
  validFrom: string | null;
  validTo: string | null;
  successorId: number | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  isOpen: boolean;
  childCount: number;
}


/** `today` is Vietnam's calendar date: a unit closed from 01/07/2025 is closed on that day in Hà Nội. */
const openCondition = (alias: string, today: string) => sql.raw(`(${alias}.valid_to is null or ${alias}.valid_to > '${today}')`);

function selectUnits(today: string, includeClosedChildren: boolean, withChildCount = true, from: SQL = sql`units u`, extraColumns: SQL = sql``) {
  const childCount = withChildCount
    ? sql`(select count(*)::int from units c where c.parent_id = u.id ${includeClosedChildren ? sql`` : sql`and ${openCondition('c', today)}`})`
    : sql`null::int`;
  return sql`
    select u.id, u.code, u.name, u.short_name as "shortName", u.kind_id as "kindId", k.name as "kindName",
           l.name as "levelName", l.depth as "levelDepth", u.parent_id as "parentId", u.path::text as path,
           u.valid_from as "validFrom", u.valid_to as "validTo", u.successor_id as "successorId",
           u.address, u.email, u.phone, ${openCondition('u', today)} as "isOpen",
           ${childCount} as "childCount" ${extraColumns}
      from ${from}
      join unit_kinds k on k.id = u.kind_id
      join unit_levels l on l.id = k.level_id`;
}

function assertDate(today: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`bad date ${today}`);
}

export async function findUnitById(tx: Tx, id: number, today: string): Promise<UnitRow | undefined> {
  assertDate(today);
  const [row] = await rows<UnitRow>(tx, sql`${selectUnits(today, false)} where u.id = ${id}`);
  return row;
}

/** A unit as the policy and the write rules need it: everything but the count of children (one index lookup). */
export type UnitCore = Omit<UnitRow, 'childCount'>;
export async function findUnitCore(tx: Tx, id: number, today: string): Promise<UnitCore | undefined> {
  assertDate(today);
  const [row] = await rows<UnitRow>(tx, sql`${selectUnits(today, false, false)} where u.id = ${id}`);
  if (!row) return undefined;
  const { childCount: _omitted, ...core } = row;
  return core;
}


export async function isCodeTaken(tx: Tx, code: string): Promise<boolean> {
  const [row] = await tx.select({ id: units.id }).from(units).where(eq(units.code, code)).limit(1);
  return Boolean(row);
}

export async function findUnitPath(tx: Tx, id: number): Promise<string | undefined> {
  const [row] = await tx.select({ path: sql<string>`${units.path}::text` }).from(units).where(eq(units.id, id));
  return row?.path;
}

export async function listChildren(tx: Tx, parentId: number, today: string, includeClosed: boolean): Promise<UnitRow[]> {
  assertDate(today);
  return rows<UnitRow>(
    tx,
    sql`${selectUnits(today, includeClosed)} where u.parent_id = ${parentId} ${includeClosed ? sql`` : sql`and ${openCondition('u', today)}`} order by u.sort_key`,
  );
}

export interface SearchHitRow extends UnitRow {
  ancestorNames: string[];
}

/** Diacritic-insensitive search in a subtree; exact and prefix matches first, then Vietnamese order. */
export async function searchUnits(
  tx: Tx,
  input: { rootPath: string; key: string; today: string; includeClosed: boolean; limit: number },
): Promise<{ hits: SearchHitRow[]; total: number }> {
  assertDate(input.today);
  const pattern = containsPattern(input.key);
  const filter = sql`u.path <@ ${input.rootPath}::ltree and u.search_key like ${pattern} ${input.includeClosed ? sql`` : sql`and ${openCondition('u', input.today)}`}`;
  // Rank and cut on the units table alone, then dress only the page of hits: a query like
  // "truong mam non" matches ~20,000 units nationally.
  const hits = await rows<SearchHitRow>(
    tx,
    sql`with hits as (
          select u.id, (u.code = upper(${input.key})) as exact, strpos(u.search_key, ${input.key}) as position, u.sort_key
            from units u
           where ${filter}
           order by exact desc, position, u.sort_key
           limit ${input.limit})
        ${selectUnits(
          input.today,
          false,
          true,
          sql`hits h join units u on u.id = h.id`,
          sql`, (select coalesce(array_agg(a.name order by nlevel(a.path)), '{}') from units a
                  where a.path @> u.path and a.id <> u.id and a.path <@ ${input.rootPath}::ltree) as "ancestorNames"`,
        )}
        order by h.exact desc, h.position, h.sort_key`,
  );
  const [count] = await rows<{ total: number }>(tx, sql`select count(*)::int as total from (select 1 from units u where ${filter} limit 1000) m`);
  return { hits, total: count?.total ?? 0 };
}

export async function countOpenDescendants(tx: Tx, path: string, today: string): Promise<number> {
  assertDate(today);
  const [row] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from units u where u.path <@ ${path}::ltree and u.path <> ${path}::ltree and ${openCondition('u', today)}`);
  return row?.n ?? 0;
}

export async function findUnitRefs(tx: Tx, ids: number[]) {
  if (ids.length === 0) return [];
  return rows<{ id: number; code: string; name: string }>(tx, sql`select id, code, name from units where id in ${sql.raw(`(${ids.map(Number).join(',')})`)}`);
}

export async function findPredecessors(tx: Tx, id: number) {
  return rows<{ id: number; code: string; name: string }>(tx, sql`select id, code, name from units where successor_id = ${id} order by sort_key`);
}

/** Ancestors from the root down, as the tree is now. */
export async function findAncestors(tx: Tx, path: string) {
  return rows<{ id: number; code: string; name: string; path: string }>(
    tx,
    sql`select id, code, name, path::text as path from units where path @> ${path}::ltree and path <> ${path}::ltree order by nlevel(path)`,
  );
}

/** Ancestors from the root down, as the tree was on `asOf`, read from the parent history. */
export async function findAncestorsAsOf(tx: Tx, id: number, asOf: string) {
  return rows<{ id: number; code: string; name: string }>(
    tx,
    sql`with recursive chain(id, depth) as (
          select ${id}::int, 0
          union all
          select h.parent_id, c.depth + 1 from chain c
            join unit_parent_history h on h.unit_id = c.id
             and (h.valid_from is null or h.valid_from <= ${asOf}::date)
             and (h.valid_to is null or h.valid_to > ${asOf}::date)
           where c.depth < 32)
        select u.id, u.code, u.name from chain c join units u on u.id = c.id where c.depth > 0 order by c.depth desc`,
  );
}

export async function findParentHistory(tx: Tx, unitId: number) {
  return rows<{ parentId: number; parentCode: string; parentName: string; validFrom: string | null; validTo: string | null }>(
    tx,
    sql`select h.parent_id as "parentId", p.code as "parentCode", p.name as "parentName", h.valid_from as "validFrom", h.valid_to as "validTo"
          from unit_parent_history h join units p on p.id = h.parent_id
         where h.unit_id = ${unitId} order by h.valid_from nulls first, h.id`,
  );
}

export async function listLevels(tx: Tx) {
  return tx.select().from(unitLevels).orderBy(unitLevels.depth);
}

export async function listKinds(tx: Tx) {
  return tx.select().from(unitKinds).orderBy(unitKinds.levelId, unitKinds.id);
}

export async function findKind(tx: Tx, id: number) {
  const [row] = await tx
    .select({ id: unitKinds.id, code: unitKinds.code, name: unitKinds.name, depth: unitLevels.depth })
    .from(unitKinds)
    .innerJoin(unitLevels, eq(unitLevels.id, unitKinds.levelId))
    .where(eq(unitKinds.id, id));
  return row;
}

export async function nextUnitId(tx: Tx): Promise<number> {
  const [row] = await rows<{ id: number }>(tx, sql`select nextval(pg_get_serial_sequence('units', 'id'))::int as id`);
  return row!.id;
}

export interface UnitValues {
  code: string;
  name: string;
  shortName: string | null;
  kindId: number;
  address: string | null;
  email: string | null;
  phone: string | null;
  searchKey: string;
  sortKey: string;
}

export async function insertUnit(tx: Tx, values: UnitValues & { id: number; parentId: number | null; path: string; validFrom: string | null; validTo?: string | null }) {
  await tx.insert(units).values(values);
  if (values.parentId) {
    await tx.insert(unitParentHistory).values({ unitId: values.id, parentId: values.parentId, validFrom: values.validFrom });
  }
}

export async function updateUnitValues(tx: Tx, id: number, values: Partial<UnitValues> & { validFrom?: string | null; validTo?: string | null; successorId?: number | null }) {
  await tx.update(units).set({ ...values, updatedAt: sql`now()` }).where(eq(units.id, id));
}

/** Re-parents a unit and rewrites the paths of its whole subtree in one statement. */
export async function reparent(tx: Tx, input: { id: number; oldPath: string; newParentId: number; newParentPath: string; effectiveDate: string }) {
  const newPath = `${input.newParentPath}.${input.id}`;
  await tx.execute(sql`
    update units set path = ${input.newParentPath}::ltree || subpath(path, nlevel(${input.oldPath}::ltree) - 1), updated_at = now()
     where path <@ ${input.oldPath}::ltree`);
  await tx.execute(sql`update units set parent_id = ${input.newParentId} where id = ${input.id}`);
  // Close the current parent period and open the new one: history stays readable.
  await tx.execute(sql`
    update unit_parent_history set valid_to = ${input.effectiveDate}::date
     where unit_id = ${input.id} and valid_to is null`);
  await tx.insert(unitParentHistory).values({ unitId: input.id, parentId: input.newParentId, validFrom: input.effectiveDate });
  return newPath;
}

export async function listOpenChildIds(tx: Tx, parentId: number, today: string): Promise<number[]> {
  assertDate(today);
  const list = await rows<{ id: number }>(tx, sql`select u.id from units u where u.parent_id = ${parentId} and ${openCondition('u', today)} order by u.sort_key`);
  return list.map((r) => r.id);
}

/** Every unit of a subtree in depth-first order, for export. */
export async function listSubtreeForExport(tx: Tx, rootPath: string, today: string, includeClosed: boolean) {
  assertDate(today);
  return rows<{
    code: string; name: string; shortName: string | null; kindCode: string; parentCode: string | null;
    validFrom: string | null; validTo: string | null; successorCode: string | null; address: string | null; email: string | null; phone: string | null;
  }>(
    tx,
    sql`select u.code, u.name, u.short_name as "shortName", k.code as "kindCode", p.code as "parentCode",
               u.valid_from as "validFrom", u.valid_to as "validTo", s.code as "successorCode", u.address, u.email, u.phone
          from units u join unit_kinds k on k.id = u.kind_id
          left join units p on p.id = u.parent_id
          left join units s on s.id = u.successor_id
         where u.path <@ ${rootPath}::ltree ${includeClosed ? sql`` : sql`and ${openCondition('u', today)}`}
         order by nlevel(u.path), p.sort_key nulls first, u.sort_key`,
  );
}
