/**
 * Seeds the demo hierarchy and accounts through the same services a user calls, so the
 * demo carries real history: district offices open before 01/7/2025, schools moved to
 * communes on that day, Bình Dương merged into TP. Hồ Chí Minh — all in the audit log.
 */
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';
import { rows } from '../sql.ts';
import type { Actor } from '../../lib/policy.ts';
import type { Role } from '../../../common/roles.ts';
import { closeUnitInTx, createUnitInTx, mergeUnitsInTx, moveUnitInTx, unitKeys } from '../../modules/units/units.service.ts';
import { createUserInTx } from '../../modules/users/users.service.ts';
import { insertUnit, nextUnitId } from '../../modules/units/units.repo.ts';
import { insertRole } from '../../modules/users/users.repo.ts';
import { seedDemoCampaigns } from './demo-campaigns.ts';
import { seedDemoRosters } from './demo-roster.ts';
import { seedDemoPlans } from './demo-plans.ts';
import { DEMO_PASSWORD, DEMO_USERS, MINISTRY, PROVINCES, REFORM_DATE } from './demo-data.ts';

const ESTABLISHED = '2010-01-01';

async function kindIds(tx: Tx): Promise<Map<string, number>> {
  const kinds = await rows<{ id: number; code: string }>(tx, sql`select id, code from unit_kinds`);
  return new Map(kinds.map((r) => [r.code, r.id]));
}

async function unitIdByCode(tx: Tx, code: string): Promise<number> {
  const [row] = await rows<{ id: number }>(tx, sql`select id from units where code = ${code}`);
  if (!row) throw new Error(`demo unit ${code} missing`);
  return row.id;
}

/** Creates the root of the tree (the Ministry); every other unit is created below an existing one. */
export async function createRootUnit(tx: Tx, input: { code: string; name: string; shortName: string }): Promise<number> {
  const kinds = await kindIds(tx);
  const id = await nextUnitId(tx);
  await insertUnit(tx, {
    id,
    code: input.code,
    name: input.name,
    shortName: input.shortName,
    kindId: kinds.get('BO')!,
    parentId: null,
    path: String(id),
    validFrom: null,
    address: null,
    email: null,
    phone: null,
    ...unitKeys(input.code, input.name, input.shortName),
  });
  return id;
}

export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  const [row] = await database.query<{ n: number }>('select count(*)::int as n from units');
  return (row?.n ?? 0) === 0;
}

export async function seedDemo(database: Database, onProgress: (message: string) => void = () => undefined): Promise<{ users: number; units: number }> {
  const counts = await seedDemoUnitsAndPeople(database, onProgress);
  onProgress('Danh sách cán bộ, giáo viên, nhân viên');
  // Before the campaigns: Ngũ Hiệp's reports prefill their staff figures from it.
  await seedDemoRosters(database);
  onProgress('Đợt báo cáo');
  await seedDemoCampaigns(database);
  onProgress('Kế hoạch và thư viện văn bản');
  await seedDemoPlans(database);
  return counts;
}

async function seedDemoUnitsAndPeople(database: Database, onProgress: (message: string) => void): Promise<{ users: number; units: number }> {
  return database.db.transaction(async (tx) => {
    const kinds = await kindIds(tx);
    const kind = (code: string) => kinds.get(code)!;
    const ministryId = await createRootUnit(tx, MINISTRY);

    // The system admin exists first: every later change is recorded as theirs.
    const adminSpec = DEMO_USERS[0]!;
    const adminId = await createUserInTx(tx, null, { username: adminSpec.username, fullName: adminSpec.fullName, email: adminSpec.email, password: DEMO_PASSWORD, role: 'system_admin', unitId: ministryId }, { mustChangePassword: false });
    const [adminRole] = await rows<{ id: number }>(tx, sql`select id from user_roles where user_id = ${adminId}`);
    const roleId = adminRole!.id;
    const actor: Actor = { userId: adminId, username: 'admin', roleId, role: 'system_admin', unitId: ministryId, unitPath: String(ministryId) };

    for (const province of PROVINCES) {
      onProgress(province.name);
      const provinceId = await createUnitInTx(tx, actor, { code: province.code, name: province.name, shortName: province.shortName, kindId: kind('SO'), parentId: ministryId, validFrom: ESTABLISHED });
      for (const school of province.directSchools) {
        await createUnitInTx(tx, actor, { code: school.code, name: school.name, kindId: kind(school.kind), parentId: provinceId, validFrom: ESTABLISHED });
      }
      for (const district of province.districts) {
        const districtId = await createUnitInTx(tx, actor, { code: district.code, name: district.name, shortName: district.shortName, kindId: kind('PGD'), parentId: provinceId, validFrom: ESTABLISHED });
        const schoolIds = new Map<string, number>();
        for (const school of district.schools) {
          schoolIds.set(school.code, await createUnitInTx(tx, actor, { code: school.code, name: school.name, kindId: kind(school.kind), parentId: districtId, validFrom: ESTABLISHED }));
        }
        // The reform: communes open on 01/7/2025 and take over the district's schools; the office closes.
        for (const commune of district.communes) {
          await createUnitInTx(tx, actor, { code: commune.code, name: commune.name, kindId: kind('XA'), parentId: provinceId, validFrom: REFORM_DATE });
        }
        for (const school of district.schools) {
          await moveUnitInTx(tx, actor, schoolIds.get(school.code)!, await unitIdByCode(tx, school.commune), REFORM_DATE);
        }
        await closeUnitInTx(tx, actor, districtId, { effectiveDate: REFORM_DATE, reason: 'Kết thúc hoạt động chính quyền cấp huyện (Nghị quyết 202/2025/QH15)' });
      }
      for (const commune of province.communes) {
        await createUnitInTx(tx, actor, { code: commune.code, name: commune.name, kindId: kind('XA'), parentId: provinceId, validFrom: REFORM_DATE });
      }
    }
    for (const province of PROVINCES.filter((p) => p.mergedInto)) {
      await mergeUnitsInTx(tx, actor, [await unitIdByCode(tx, province.code)], await unitIdByCode(tx, province.mergedInto!), REFORM_DATE);
    }

    onProgress('Tài khoản demo');
    for (const spec of DEMO_USERS.slice(1)) {
      const [first, ...others] = spec.roles;
      const userId = await createUserInTx(tx, actor, { username: spec.username, fullName: spec.fullName, email: spec.email, password: DEMO_PASSWORD, role: first!.role as Role, unitId: await unitIdByCode(tx, first!.unit) }, { mustChangePassword: false });
      for (const other of others) await insertRole(tx, userId, await unitIdByCode(tx, other.unit), other.role);
    }
    const [count] = await rows<{ units: number; users: number }>(tx, sql`select (select count(*)::int from units) as units, (select count(*)::int from users) as users`);
    return count!;
  });
}
