import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/db/client.ts';
import { AppError } from '../server/lib/errors.ts';
import { verifyPassword } from '../server/lib/passwords.ts';
import { createUnitInTx, loadUnitFor, unitKeys } from '../server/modules/units/units.service.ts';
import { openTestDatabase } from '../server/test/harness.ts';
import { ROLES } from '../common/roles.ts';
import { normalizeText, toSearchKey } from '../common/text/vietnamese.ts';
import { BENCH_PASSWORD, distribute, FULL_SCALE, generateNation, planUnits, type Dataset, type Scale } from './generate.ts';
import { PROVINCES, REQUIRED_PLACES } from './names.ts';

const TINY: Scale = { provinces: 2, communes: 10, schools: 50, users: 30 };

let database: Database & { dispose(): Promise<void> };
let dataset: Dataset;

beforeAll(async () => {
  database = await openTestDatabase();
  dataset = await generateNation(database, TINY);
}, 60_000);

afterAll(async () => {
  await database.dispose();
});

interface UnitRow {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  parentId: number | null;
  path: string;
  searchKey: string;
  sortKey: string;
  kind: string;
  depth: number;
}

async function units(): Promise<UnitRow[]> {
  return database.query<UnitRow>(
    `select u.id, u.code, u.name, u.short_name as "shortName", u.parent_id as "parentId", u.path::text as path,
            u.search_key as "searchKey", u.sort_key as "sortKey", k.code as kind, l.depth
       from units u join unit_kinds k on k.id = u.kind_id join unit_levels l on l.id = k.level_id order by u.id`,
  );
}

describe('the synthetic nation', () => {
  it('has the units and people of its scale', async () => {
    const rows = await units();
    expect(rows).toHaveLength(1 + TINY.provinces + TINY.communes + TINY.schools);
    expect(dataset.byLevel.map((ids) => ids.length)).toEqual([1, TINY.provinces, TINY.communes, TINY.schools]);
    const [people] = await database.query<{ users: number; roles: number }>('select (select count(*)::int from users) as users, (select count(*)::int from user_roles) as roles');
    expect(people).toEqual({ users: TINY.users, roles: TINY.users });
    expect(dataset.counts).toEqual({ units: rows.length, users: TINY.users, roles: TINY.users, history: rows.length - 1 });
  });

  it('keeps every path equal to the ids from the root, consistent with parent_id', async () => {
    const rows = await units();
    const byId = new Map(rows.map((u) => [u.id, u]));
    for (const unit of rows) {
      const expected = unit.parentId === null ? String(unit.id) : `${byId.get(unit.parentId)!.path}.${unit.id}`;
      expect(unit.path, unit.code).toBe(expected);
      expect(dataset.unitsById.get(unit.id)?.path).toBe(unit.path);
    }
    expect(rows.filter((u) => u.parentId === null).map((u) => u.kind)).toEqual(['BO']);
  });

  it('puts each kind of unit at a level below its parent, as the units service requires', async () => {
    const rows = await units();
    const byId = new Map(rows.map((u) => [u.id, u]));
    for (const unit of rows.filter((u) => u.parentId !== null)) {
      expect(unit.depth, unit.code).toBeGreaterThan(byId.get(unit.parentId!)!.depth);
    }
    const kindsUnder = (parentKind: string) => new Set(rows.filter((u) => u.parentId && byId.get(u.parentId)!.kind === parentKind).map((u) => u.kind));
    expect([...kindsUnder('BO')]).toEqual(['SO']);
    expect([...kindsUnder('SO')].every((k) => ['XA', 'THPT', 'GDNN-GDTX'].includes(k))).toBe(true);
    expect([...kindsUnder('XA')].every((k) => ['MN', 'TH', 'THCS', 'LC'].includes(k))).toBe(true);
  });

  it('stores names in NFC with the search and sort keys the units service computes', async () => {
    for (const unit of await units()) {
      expect(normalizeText(unit.name)).toBe(unit.name);
      const keys = unitKeys(unit.code, unit.name, unit.shortName);
      expect(unit.searchKey, unit.code).toBe(keys.searchKey);
      expect(unit.sortKey, unit.code).toBe(keys.sortKey);
    }
    const [{ n }] = (await database.query<{ n: number }>(`select count(*)::int as n from units where search_key like '%thanh tri%'`)) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
  });

  it('keeps one open parent-history row per unit, matching its parent', async () => {
    const [row] = await database.query<{ wrong: number; missing: number }>(
      `select (select count(*)::int from unit_parent_history h join units u on u.id = h.unit_id
                where h.valid_to is null and h.parent_id is distinct from u.parent_id) as wrong,
              (select count(*)::int from units u where u.parent_id is not null
                and (select count(*) from unit_parent_history h where h.unit_id = u.id and h.valid_to is null) <> 1) as missing`,
    );
    expect(row).toEqual({ wrong: 0, missing: 0 });
  });

  it('gives people NFC names, search keys as the users service computes them, and valid roles', async () => {
    const people = await database.query<{ id: number; username: string; fullName: string; email: string | null; searchKey: string; role: string; unitId: number; passwordHash: string }>(
      `select u.id, u.username, u.full_name as "fullName", u.email, u.search_key as "searchKey", r.role, r.unit_id as "unitId", u.password_hash as "passwordHash"
         from users u join user_roles r on r.user_id = u.id order by u.id`,
    );
    expect(people).toHaveLength(TINY.users);
    for (const person of people) {
      expect(normalizeText(person.fullName)).toBe(person.fullName);
      expect(person.searchKey).toBe(toSearchKey(`${person.username} ${person.fullName} ${person.email ?? ''}`));
      expect(person.username).toMatch(/^[a-z0-9.]+$/);
      expect(ROLES).toContain(person.role);
      expect(dataset.unitsById.has(person.unitId)).toBe(true);
    }
    expect(await verifyPassword(people[0]!.passwordHash, BENCH_PASSWORD)).toBe(true);
    for (const actor of [dataset.admin, dataset.provinceAdmin]) {
      const [role] = await database.query<{ userId: number; unitId: number; role: string }>('select user_id as "userId", unit_id as "unitId", role from user_roles where id = $1', [actor.roleId]);
      expect(role).toEqual({ userId: actor.userId, unitId: actor.unitId, role: actor.role });
    }
  });

  it('works with the services afterwards: the subtree check, and a new unit after the generated ids', async () => {
    const inside = dataset.units.find((u) => u.level === 3 && u.provinceId === dataset.provinceAdmin.unitId)!;
    const outside = dataset.units.find((u) => u.level === 3 && u.provinceId !== dataset.provinceAdmin.unitId)!;
    await expect(loadUnitFor(database.db, dataset.provinceAdmin, inside.id)).resolves.toMatchObject({ id: inside.id });
    await expect(loadUnitFor(database.db, dataset.provinceAdmin, outside.id)).rejects.toBeInstanceOf(AppError);
    const commune = dataset.units.find((u) => u.level === 2)!;
    const [kind] = await database.query<{ id: number }>(`select id from unit_kinds where code = 'MN'`);
    const id = await database.db.transaction((tx) => createUnitInTx(tx, dataset.admin, { code: 'MN-NEW', name: 'Trường Mầm non Mới', kindId: kind!.id, parentId: commune.id }));
    expect(id).toBe(dataset.units.length + 1);
  });

  it('is the same nation every time for the same seed', async () => {
    const other = await openTestDatabase();
    try {
      await generateNation(other, TINY);
      const digest = `select md5(string_agg(code || name || path::text || search_key, ',' order by id)) as d from units where code <> 'MN-NEW'`;
      const [a] = await database.query<{ d: string }>(digest);
      const [b] = await other.query<{ d: string }>(digest);
      expect(a!.d).toBe(b!.d);
    } finally {
      await other.dispose();
    }
  });
});

describe('the national scale', () => {
  it('has 34 provinces, 3,321 communes and 54,000 schools, mostly kindergartens, primary and lower secondary', () => {
    const kinds = new Map(['BO', 'SO', 'XA', 'MN', 'TH', 'THCS', 'THPT', 'LC', 'GDNN-GDTX'].map((code, i) => [code, i + 1]));
    const rows = planUnits(FULL_SCALE, kinds);
    const perLevel = [0, 0, 0, 0];
    const perKind = new Map<string, number>();
    for (const { unit } of rows) {
      perLevel[unit.level]! += 1;
      perKind.set(unit.kind, (perKind.get(unit.kind) ?? 0) + 1);
    }
    expect(perLevel).toEqual([1, 34, 3321, 54_000]);
    expect((perKind.get('MN')! + perKind.get('TH')! + perKind.get('THCS')!) / 54_000).toBeGreaterThan(0.85);
    expect(perKind.get('THPT')).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.unit.code)).size).toBe(rows.length);
    const firstProvince = rows.filter((r) => r.unit.level === 2 && r.unit.parentId === rows[1]!.unit.id).map((r) => r.unit.name);
    for (const place of REQUIRED_PLACES) expect(firstProvince.some((name) => name.endsWith(` ${place}`))).toBe(true);
    expect(PROVINCES.reduce((sum, p) => sum + p.communes, 0)).toBe(3321);
  });

  it('splits a total in proportion, exactly, with a floor per part', () => {
    expect(distribute(10, [1, 1, 2])).toEqual([3, 2, 5]);
    expect(distribute(3321, PROVINCES.map((p) => p.communes))).toEqual(PROVINCES.map((p) => p.communes));
    const parts = distribute(100, [100, 1, 1], 5);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(5);
  });
});
