/**
 * Small factories for a test hierarchy:
 *
 *   BO (Bộ)
 *   ├── SO-A (Sở A) ── XA-A1 ── TR-A1a, TR-A1b
 *   │               └─ XA-A2 ── TR-A2a
 *   └── SO-B (Sở B) ── XA-B1 ── TR-B1a
 *
 * and one user per role at the units a test asks for.
 */
import type { Database } from '../db/client.ts';
import type { Actor } from '../lib/policy.ts';
import type { Role } from '../../common/roles.ts';
import { createRootUnit } from '../db/seed/demo.ts';
import { createUnitInTx } from '../modules/units/units.service.ts';
import { createUserInTx } from '../modules/users/users.service.ts';
import { TEST_PASSWORD } from './harness.ts';

export interface TestTree {
  ids: Record<string, number>;
  kinds: Record<string, number>;
}

export const TREE_SPEC: { code: string; name: string; kind: string; parent: string }[] = [
  { code: 'SO-A', name: 'Sở Giáo dục và Đào tạo Thanh Hóa', kind: 'SO', parent: 'BO' },
  { code: 'SO-B', name: 'Sở Giáo dục và Đào tạo Đắk Lắk', kind: 'SO', parent: 'BO' },
  { code: 'XA-A1', name: 'UBND xã Quảng Xương', kind: 'XA', parent: 'SO-A' },
  { code: 'XA-A2', name: 'UBND phường Hạc Thành', kind: 'XA', parent: 'SO-A' },
  { code: 'XA-B1', name: 'UBND xã Ea Kar', kind: 'XA', parent: 'SO-B' },
  { code: 'TR-A1A', name: 'Trường Mầm non Quảng Xương', kind: 'MN', parent: 'XA-A1' },
  { code: 'TR-A1B', name: 'Trường THCS Quảng Ninh', kind: 'THCS', parent: 'XA-A1' },
  { code: 'TR-A2A', name: 'Trường Tiểu học Điện Biên', kind: 'TH', parent: 'XA-A2' },
  { code: 'TR-B1A', name: 'Trường THCS Ea Kar', kind: 'THCS', parent: 'XA-B1' },
];

export async function buildTestTree(database: Database): Promise<TestTree> {
  const kindRows = await database.query<{ id: number; code: string }>('select id, code from unit_kinds');
  const kinds = Object.fromEntries(kindRows.map((k) => [k.code, k.id]));
  const ids: Record<string, number> = {};
  await database.db.transaction(async (tx) => {
    ids.BO = await createRootUnit(tx, { code: 'BO', name: 'Bộ Giáo dục và Đào tạo', shortName: 'Bộ GD&ĐT' });
    // The system admin who builds the tree; every test can sign in as 'sysadmin'.
    const adminId = await createUserInTx(tx, null, { username: 'sysadmin', fullName: 'Quản trị hệ thống', email: null, password: TEST_PASSWORD, role: 'system_admin', unitId: ids.BO }, { mustChangePassword: false });
    const system: Actor = { userId: adminId, username: 'sysadmin', roleId: 0, role: 'system_admin', unitId: ids.BO, unitPath: String(ids.BO) };
    for (const unit of TREE_SPEC) {
      ids[unit.code] = await createUnitInTx(tx, system, { code: unit.code, name: unit.name, kindId: kinds[unit.kind]!, parentId: ids[unit.parent]! });
    }
  });
  return { ids, kinds };
}

/** Creates `username` with `role` at the unit `unitCode` of the tree. */
export async function createTestUser(database: Database, tree: TestTree, username: string, role: Role, unitCode: string): Promise<number> {
  return database.db.transaction((tx) =>
    createUserInTx(tx, null, { username, fullName: `Người dùng ${username}`, email: null, password: TEST_PASSWORD, role, unitId: tree.ids[unitCode]! }, { mustChangePassword: false }),
  );
}
