/**
 * A synthetic national hierarchy for the benchmark: the Ministry, 34 provincial
 * Departments, 3,321 communes and wards spread over them as in 2025, 54,000 schools
 * (kindergartens, primary, lower and upper secondary, multi-level, GDNN-GDTX centres),
 * and 100,000 people with roles — with Vietnamese names, codes, search and sort keys,
 * ltree paths and parent history exactly as the units service would write them.
 *
 * Written with a few dozen multi-row INSERT … SELECT FROM unnest(…) statements (the
 * per-unit service would take an hour), into an empty, migrated database. Deterministic:
 * the same scale and seed give the same nation.
 */
import type { Database } from '../server/db/client.ts';
import type { Actor } from '../server/lib/policy.ts';
import { hashPassword } from '../server/lib/passwords.ts';
import { unitKeys } from '../server/modules/units/units.service.ts';
import { normalizeText, toSearchKey } from '../common/text/vietnamese.ts';
import type { Role } from '../common/roles.ts';
import {
  FAMILY_NAMES,
  GIVEN_FEMALE,
  GIVEN_MALE,
  KINDERGARTEN_NAMES,
  MIDDLE_FEMALE,
  MIDDLE_MALE,
  PEOPLE,
  PLACE_FIRST,
  PLACE_SECOND,
  PROVINCES,
  REQUIRED_PLACES,
} from './names.ts';

export interface Scale {
  provinces: number;
  communes: number;
  schools: number;
  users: number;
}

/** The sector in 2025: DESIGN.md "Scale". */
export const FULL_SCALE: Scale = { provinces: 34, communes: 3321, schools: 54_000, users: 100_000 };
/** A tenth of it (the provinces stay 34), for a smoke run. */
export const QUICK_SCALE: Scale = { provinces: 34, communes: 332, schools: 5_400, users: 10_000 };

export const BENCH_PASSWORD = 'BinhDang-Bench-2025';
const DEFAULT_SEED = 20250701;
export const REFORM_DATE = '2025-07-01';

/** 0 ministry, 1 province, 2 commune, 3 school: the depth of the unit's level. */
export type Level = 0 | 1 | 2 | 3;
export const LEVEL_NAMES = ['ministry', 'province', 'commune', 'school'] as const;

export interface BenchUnit {
  id: number;
  level: Level;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  /** Id of the province the unit lies in (null for the Ministry). */
  provinceId: number | null;
  path: string;
}

export interface Dataset {
  scale: Scale;
  units: BenchUnit[];
  unitsById: Map<number, BenchUnit>;
  /** Unit ids per level: [ministry], provinces, communes, schools. */
  byLevel: [number[], number[], number[], number[]];
  /** System admin at the Ministry. */
  admin: Actor;
  /** Unit admin of the first province. */
  provinceAdmin: Actor;
  password: string;
  counts: { units: number; users: number; roles: number; history: number };
  elapsedMs: number;
}

/** mulberry32: small, fast, deterministic. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    shuffle: <T>(items: T[]): T[] => {
      for (let i = items.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
  };
}
type Random = ReturnType<typeof createRandom>;

/** Splits `total` into parts proportional to `weights` (largest remainder), each at least `min`. */
export function distribute(total: number, weights: number[], min = 0): number[] {
  const floor = Math.min(min, Math.floor(total / Math.max(1, weights.length)));
  const rest = total - floor * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let missing = rest - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (missing <= 0) break;
    parts[i]! += 1;
    missing -= 1;
  }
  return parts.map((p) => p + floor);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const slug = (text: string) => toSearchKey(text).replace(/[^a-z0-9]+/g, '');

export interface UnitRow {
  unit: BenchUnit;
  shortName: string | null;
  kindId: number;
  validFrom: string | null;
  address: string | null;
  email: string | null;
}

/** Every unit of the nation, in memory, parents before children, ids from 1 (no database needed). */
export function planUnits(scale: Scale, kindIds: Map<string, number>, seed = DEFAULT_SEED): UnitRow[] {
  return buildUnits(scale, kindIds, createRandom(seed));
}

function buildUnits(scale: Scale, kindIds: Map<string, number>, random: Random): UnitRow[] {
  const rows: UnitRow[] = [];
  let nextId = 1;
  const add = (row: Omit<UnitRow, 'unit'> & { unit: Omit<BenchUnit, 'id' | 'path'> }, parentPath: string | null): BenchUnit => {
    const id = nextId++;
    const unit: BenchUnit = { ...row.unit, id, path: parentPath ? `${parentPath}.${id}` : String(id) };
    rows.push({ ...row, unit });
    return unit;
  };
  const kind = (code: string) => {
    const id = kindIds.get(code);
    if (!id) throw new Error(`unit kind ${code} missing: run the migrations and reference data first`);
    return id;
  };

  const ministry = add(
    { unit: { level: 0, code: 'BGDDT', name: 'Bộ Giáo dục và Đào tạo', kind: 'BO', parentId: null, provinceId: null }, shortName: 'Bộ GD&ĐT', kindId: kind('BO'), validFrom: null, address: 'Số 35 Đại Cồ Việt, Hà Nội', email: 'bo@moet.edu.vn' },
    null,
  );

  const specs = Array.from({ length: scale.provinces }, (_, i) => {
    const base = PROVINCES[i % PROVINCES.length]!;
    return i < PROVINCES.length ? base : { ...base, name: `${base.name} ${Math.floor(i / PROVINCES.length) + 1}` };
  });
  const communeCounts = distribute(scale.communes, specs.map((s) => s.communes), 1);
  const directCounts = distribute(Math.round(scale.schools * 0.055), specs.map((s) => s.communes), 0);
  const communeSchoolTotal = scale.schools - directCounts.reduce((a, b) => a + b, 0);

  const communes: { unit: BenchUnit; place: string; mountainous: boolean; provinceNumber: number }[] = [];
  const provinces: BenchUnit[] = [];
  specs.forEach((spec, p) => {
    const pp = pad(p + 1, 2);
    const provinceLabel = `${spec.isCity ? 'thành phố' : 'tỉnh'} ${spec.name}`;
    const domain = `${slug(spec.name)}.edu.vn`;
    const province = add(
      {
        unit: { level: 1, code: `SGD-${pp}`, name: `Sở Giáo dục và Đào tạo ${provinceLabel}`, kind: 'SO', parentId: ministry.id, provinceId: null },
        shortName: `Sở GD&ĐT ${spec.name}`,
        kindId: kind('SO'),
        validFrom: '2010-01-01',
        address: provinceLabel.charAt(0).toUpperCase() + provinceLabel.slice(1),
        email: `sogd@${domain}`,
      },
      ministry.path,
    );
    province.provinceId = province.id;
    provinces.push(province);

    // Commune names unique within the province; the first province has the ones the search scenario asks for.
    const combos = random.shuffle(PLACE_FIRST.flatMap((a) => PLACE_SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`)));
    const places = p === 0 ? [...REQUIRED_PLACES, ...combos.filter((c) => !REQUIRED_PLACES.includes(c))] : combos;
    for (let c = 0; c < communeCounts[p]!; c += 1) {
      const place = places[c % places.length]! + (c >= places.length ? ` ${Math.floor(c / places.length) + 1}` : '');
      const isWard = random.next() < (spec.isCity ? 0.3 : 0.08);
      const unit = add(
        {
          unit: { level: 2, code: `XA-${pp}-${pad(c + 1, 4)}`, name: `UBND ${isWard ? 'phường' : 'xã'} ${place}`, kind: 'XA', parentId: province.id, provinceId: province.id },
          shortName: `${isWard ? 'Phường' : 'Xã'} ${place}`,
          kindId: kind('XA'),
          validFrom: REFORM_DATE,
          address: `${isWard ? 'Phường' : 'Xã'} ${place}, ${provinceLabel}`,
          email: null,
        },
        province.path,
      );
      communes.push({ unit, place, mountainous: spec.mountainous, provinceNumber: p + 1 });
    }
  });

  const serials = new Map<number, number>();
  const usedNames = new Map<number, Map<string, number>>();
  const school = (parent: BenchUnit, provinceNumber: number, kindCode: string, baseName: string) => {
    // A second school of the same name under the same parent is "số 2", as in real life.
    const names = usedNames.get(parent.id) ?? new Map<string, number>();
    usedNames.set(parent.id, names);
    const seen = (names.get(baseName) ?? 0) + 1;
    names.set(baseName, seen);
    const name = seen === 1 ? baseName : `${baseName} số ${seen}`;
    const serial = (serials.get(provinceNumber) ?? 0) + 1;
    serials.set(provinceNumber, serial);
    const prefix = kindCode === 'GDNN-GDTX' ? 'GDTX' : kindCode;
    const code = `${prefix}-${pad(provinceNumber, 2)}-${pad(serial, 5)}`;
    const province = provinces[provinceNumber - 1]!;
    add(
      {
        unit: { level: 3, code, name, kind: kindCode, parentId: parent.id, provinceId: province.id },
        shortName: null,
        kindId: kind(kindCode),
        validFrom: `${random.int(1960, 2020)}-09-05`,
        address: parent.level === 2 ? `${parent.name.replace(/^UBND /, '')}, ${province.name.replace('Sở Giáo dục và Đào tạo ', '')}` : null,
        email: `${code.toLowerCase()}@${slug(province.name.replace('Sở Giáo dục và Đào tạo ', ''))}.edu.vn`,
      },
      parent.path,
    );
  };

  // Upper secondary schools and GDNN-GDTX centres belong to the Department directly.
  provinces.forEach((province, p) => {
    for (let s = 0; s < directCounts[p]!; s += 1) {
      const isCentre = random.next() < 0.2;
      const baseName = isCentre ? `Trung tâm GDNN-GDTX ${random.pick(PLACE_FIRST)} ${random.pick(PLACE_SECOND)}` : `Trường THPT ${random.pick(PEOPLE)}`;
      school(province, p + 1, isCentre ? 'GDNN-GDTX' : 'THPT', baseName);
    }
  });

  // Kindergartens, primary, lower secondary and multi-level schools belong to communes.
  const perCommune = distribute(communeSchoolTotal, communes.map(() => 0.4 + random.next() * 1.2), 0);
  communes.forEach((commune, c) => {
    for (let s = 0; s < perCommune[c]!; s += 1) {
      const draw = random.next();
      const afterPlace = random.next() < 0.55;
      let kindCode: string;
      let baseName: string;
      if (draw < 0.38) {
        kindCode = 'MN';
        baseName = `Trường Mầm non ${afterPlace ? commune.place : random.pick(KINDERGARTEN_NAMES)}`;
      } else if (draw < 0.71) {
        kindCode = 'TH';
        baseName = `Trường Tiểu học ${afterPlace ? commune.place : random.pick(PEOPLE)}`;
      } else if (draw < 0.96) {
        kindCode = 'THCS';
        baseName = `Trường THCS ${afterPlace ? commune.place : random.pick(PEOPLE)}`;
      } else {
        kindCode = 'LC';
        baseName = `Trường ${commune.mountainous ? 'PTDTBT ' : ''}TH&THCS ${commune.place}`;
      }
      school(commune.unit, commune.provinceNumber, kindCode, baseName);
    }
  });
  return rows;
}

interface UserRow {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  unitId: number;
  role: Role;
}

function personName(random: Random): string {
  const isWoman = random.next() < 0.7; // about seven in ten of the sector's staff are women
  const family = random.pick(FAMILY_NAMES);
  return isWoman ? `${family} ${random.pick(MIDDLE_FEMALE)} ${random.pick(GIVEN_FEMALE)}` : `${family} ${random.pick(MIDDLE_MALE)} ${random.pick(GIVEN_MALE)}`;
}

/** People in priority order (the two bench accounts, Ministry, Departments, communes, then schools) up to `total`. */
function buildUsers(total: number, units: UnitRow[], random: Random): UserRow[] {
  const byLevel: BenchUnit[][] = [[], [], [], []];
  for (const { unit } of units) byLevel[unit.level]!.push(unit);
  const assignments: { unitId: number; role: Role; username?: string; fullName?: string }[] = [
    { unitId: byLevel[0]![0]!.id, role: 'system_admin', username: 'bench.admin', fullName: 'Nguyễn Thị Quản Trị' },
    { unitId: byLevel[1]![0]!.id, role: 'unit_admin', username: 'bench.province', fullName: 'Trần Văn Sở' },
  ];
  const ministryRoles: Role[] = ['committee_head', 'officer', 'officer', 'inspector', 'viewer'];
  for (let i = 0; i < 40; i += 1) assignments.push({ unitId: byLevel[0]![0]!.id, role: ministryRoles[i % ministryRoles.length]! });
  const provinceRoles: Role[] = ['unit_admin', 'committee_head', 'officer', 'officer', 'inspector', 'viewer', 'viewer', 'viewer'];
  for (const unit of byLevel[1]!) for (const role of provinceRoles) assignments.push({ unitId: unit.id, role });
  const communeRoles: Role[] = ['unit_admin', 'committee_head', 'officer', 'inspector'];
  for (const unit of byLevel[2]!) for (const role of communeRoles) assignments.push({ unitId: unit.id, role });
  // Schools: a head each, then officers round by round.
  for (let round = 0; assignments.length < total && byLevel[3]!.length > 0; round += 1) {
    for (const unit of byLevel[3]!) {
      if (assignments.length >= total) break;
      assignments.push({ unitId: unit.id, role: round === 0 ? 'committee_head' : 'officer' });
    }
  }
  return assignments.slice(0, total).map((a, i) => {
    const id = i + 1;
    const fullName = a.fullName ?? personName(random);
    const parts = slug(fullName.split(' ').at(-1)!) + '.' + slug(fullName.split(' ')[0]!);
    const username = a.username ?? `${parts}.${id}`;
    const email = random.next() < 0.6 ? `${username}@edu.vn` : null;
    return { id, username, fullName: normalizeText(fullName), email, unitId: a.unitId, role: a.role };
  });
}

/** Inserts column arrays `batch` rows at a time: one INSERT … SELECT FROM unnest per batch. */
async function insertColumns(
  database: Database,
  table: string,
  columns: { name: string; type: string; values: unknown[] }[],
  onBatch: (done: number, total: number) => void,
  batch = 5000,
) {
  const total = columns[0]!.values.length;
  const names = columns.map((c) => c.name).join(', ');
  // Arrays travel as int[] or text[] (PGlite serialises arrays of its built-in types only), then are cast.
  const paramType = (type: string) => (type === 'int' ? 'int' : 'text');
  const unnest = columns.map((c, i) => `$${i + 1}::${paramType(c.type)}[]`).join(', ');
  const casts = columns.map((c, i) => `v.c${i}::${c.type}`).join(', ');
  const text = `insert into ${table} (${names}) select ${casts} from unnest(${unnest}) as v(${columns.map((_, i) => `c${i}`).join(', ')})`;
  for (let start = 0; start < total; start += batch) {
    await database.query(text, columns.map((c) => c.values.slice(start, start + batch)));
    onBatch(Math.min(total, start + batch), total);
  }
}

export interface GenerateOptions {
  seed?: number;
  onProgress?: (message: string) => void;
  /** Pre-computed argon2id hash of BENCH_PASSWORD (hashing is the slow part of a tiny run). */
  passwordHash?: string;
}

/** Fills an empty, migrated database with a synthetic nation of `scale`. */
export async function generateNation(database: Database, scale: Scale, options: GenerateOptions = {}): Promise<Dataset> {
  const started = performance.now();
  const log = options.onProgress ?? (() => undefined);
  if (scale.provinces < 1 || scale.users < 2) throw new Error('the nation needs at least one province and two users');
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const [existing] = await database.query<{ n: number }>('select count(*)::int as n from units');
  if (existing!.n > 0) throw new Error('generateNation needs an empty database');
  const kinds = await database.query<{ id: number; code: string }>('select id, code from unit_kinds');
  const kindIds = new Map(kinds.map((k) => [k.code, k.id]));

  const rows = buildUnits(scale, kindIds, random);
  const keys = rows.map((r) => unitKeys(r.unit.code, r.unit.name, r.shortName));
  let lastLogged = 0;
  const report = (what: string) => (done: number, total: number) => {
    const now = performance.now();
    if (done === total || now - lastLogged > 2000) {
      lastLogged = now;
      log(`${what} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`);
    }
  };
  await insertColumns(
    database,
    'units',
    [
      { name: 'id', type: 'int', values: rows.map((r) => r.unit.id) },
      { name: 'code', type: 'text', values: rows.map((r) => r.unit.code) },
      { name: 'name', type: 'text', values: rows.map((r) => r.unit.name) },
      { name: 'short_name', type: 'text', values: rows.map((r) => r.shortName) },
      { name: 'kind_id', type: 'int', values: rows.map((r) => r.kindId) },
      { name: 'parent_id', type: 'int', values: rows.map((r) => r.unit.parentId) },
      { name: 'path', type: 'ltree', values: rows.map((r) => r.unit.path) },
      { name: 'valid_from', type: 'date', values: rows.map((r) => r.validFrom) },
      { name: 'address', type: 'text', values: rows.map((r) => r.address) },
      { name: 'email', type: 'text', values: rows.map((r) => r.email) },
      { name: 'search_key', type: 'text', values: keys.map((k) => k.searchKey) },
      { name: 'sort_key', type: 'text', values: keys.map((k) => k.sortKey) },
    ],
    report('units'),
  );
  // Parent history as moveUnit/createUnit keep it: communes and the schools under them since the reform.
  await database.query(`
    insert into unit_parent_history (unit_id, parent_id, valid_from)
    select u.id, u.parent_id, greatest(u.valid_from, p.valid_from) from units u join units p on p.id = u.parent_id order by u.id`);
  log('unit_parent_history done');

  const users = buildUsers(scale.users, rows, random);
  const passwordHash = options.passwordHash ?? (await hashPassword(BENCH_PASSWORD));
  await insertColumns(
    database,
    'users',
    [
      { name: 'id', type: 'int', values: users.map((u) => u.id) },
      { name: 'username', type: 'text', values: users.map((u) => u.username) },
      { name: 'full_name', type: 'text', values: users.map((u) => u.fullName) },
      { name: 'email', type: 'text', values: users.map((u) => u.email) },
      { name: 'password_hash', type: 'text', values: users.map(() => passwordHash) },
      { name: 'search_key', type: 'text', values: users.map((u) => toSearchKey(`${u.username} ${u.fullName} ${u.email ?? ''}`)) },
    ],
    report('users'),
  );
  await insertColumns(
    database,
    'user_roles',
    [
      { name: 'id', type: 'int', values: users.map((u) => u.id) },
      { name: 'user_id', type: 'int', values: users.map((u) => u.id) },
      { name: 'unit_id', type: 'int', values: users.map((u) => u.unitId) },
      { name: 'role', type: 'text', values: users.map((u) => u.role) },
    ],
    report('user_roles'),
  );
  for (const table of ['units', 'users', 'user_roles', 'unit_parent_history']) {
    await database.query(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  }
  // What autovacuum would have done on a server by now; PGlite has no autovacuum at all.
  await database.query('vacuum analyze');
  log('vacuum analyze done');

  const units = rows.map((r) => r.unit);
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const byLevel: Dataset['byLevel'] = [[], [], [], []];
  for (const unit of units) byLevel[unit.level].push(unit.id);
  const actor = (user: UserRow): Actor => ({ userId: user.id, username: user.username, roleId: user.id, role: user.role, unitId: user.unitId, unitPath: unitsById.get(user.unitId)!.path });
  const [history] = await database.query<{ n: number }>('select count(*)::int as n from unit_parent_history');
  return {
    scale,
    units,
    unitsById,
    byLevel,
    admin: actor(users[0]!),
    provinceAdmin: actor(users[1]!),
    password: BENCH_PASSWORD,
    counts: { units: units.length, users: users.length, roles: users.length, history: history!.n },
    elapsedMs: performance.now() - started,
  };
}
