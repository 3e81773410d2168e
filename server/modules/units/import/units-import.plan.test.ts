/** The import's rules without a database: a small tree, rows in, a plan or the reasons out. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../lib/policy.ts';
import type { UnitFileColumn } from '../../../../common/contracts/units.ts';
import { COLUMN_HEADER } from './units-file.columns.ts';
import type { FileRow } from './units-file.read.ts';
import { planUnitImport, type PlanContext } from './units-import.plan.ts';
import type { ExistingUnitRow } from './units-import.repo.ts';

const kinds = [
  { id: 1, code: 'BO', name: 'Bộ', shortName: 'Bộ', depth: 0, levelName: 'Trung ương' },
  { id: 2, code: 'SO', name: 'Sở', shortName: 'Sở', depth: 1, levelName: 'Tỉnh' },
  { id: 3, code: 'XA', name: 'UBND xã', shortName: 'Xã', depth: 2, levelName: 'Xã' },
  { id: 4, code: 'TH', name: 'Trường tiểu học', shortName: 'TH', depth: 3, levelName: 'Trường' },
];

function unit(code: string, kindId: number, path: string, ancestorCodes: string[], extra: Partial<ExistingUnitRow> = {}): ExistingUnitRow {
  return {
    id: Number(path.split('.').pop()),
    code,
    name: `Đơn vị ${code}`,
    shortName: null,
    kindId,
    parentId: null,
    parentCode: ancestorCodes.at(-1) ?? null,
    path,
    validFrom: '2010-01-01',
    validTo: null,
    successorCode: null,
    address: null,
    email: null,
    phone: null,
    isOpen: true,
    ancestorCodes,
    ...extra,
  };
}

// BO(1) → SO1(2) → XA1(3) → TH1(4); SO1 → XA2(5)
const existing = [
  unit('BO', 1, '1', []),
  unit('SO1', 2, '1.2', ['BO']),
  unit('XA1', 3, '1.2.3', ['BO', 'SO1']),
  unit('TH1', 4, '1.2.3.4', ['BO', 'SO1', 'XA1']),
  unit('XA2', 3, '1.2.5', ['BO', 'SO1']),
];
const sysadmin: Actor = { userId: 1, username: 'admin', roleId: 1, role: 'system_admin', unitId: 1, unitPath: '1' };
const communeAdmin: Actor = { userId: 2, username: 'xa1', roleId: 2, role: 'unit_admin', unitId: 3, unitPath: '1.2.3' };

const ALL_HEADERS = Object.fromEntries(Object.entries(COLUMN_HEADER)) as Record<UnitFileColumn, string>;

function plan(rows: Partial<Record<UnitFileColumn, string>>[], actor: Actor = sysadmin, openChildren: PlanContext['openChildren'] = []) {
  const fileRows: FileRow[] = rows.map((values, i) => ({
    row: i + 2,
    cells: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { kind: 'text', text: v! }])),
  }));
  return planUnitImport({ headers: ALL_HEADERS, rows: fileRows }, { actor, today: '2025-09-01', kinds, existing, openChildren });
}

const th1Child = [{ parentCode: 'XA1', code: 'TH1', kindDepth: 3 }];

describe('planUnitImport', () => {
  it('orders rows parents first, whatever their order in the file', () => {
    const result = plan([
      { code: 'TH9', name: 'Trường 9', kind: 'TH', parentCode: 'XA9' },
      { code: 'XA9', name: 'Xã 9', kind: 'XA', parentCode: 'SO1' },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.code, r.depth])).toEqual([
      ['TH9', 3],
      ['XA9', 2],
    ]);
  });

  it('dates a move by "Hiệu lực từ" when it is a new date, otherwise today', () => {
    const moveOn = (validFrom?: string) =>
      plan([{ code: 'TH1', name: 'Đơn vị TH1', kind: 'TH', parentCode: 'XA2', ...(validFrom ? { validFrom } : {}) }], sysadmin, th1Child).rows[0]!.move;
    expect(moveOn('01/07/2025')).toEqual({ parentCode: 'XA2', effectiveDate: '2025-07-01' });
    expect(moveOn('01/01/2010')).toEqual({ parentCode: 'XA2', effectiveDate: '2025-09-01' });
    expect(moveOn()).toEqual({ parentCode: 'XA2', effectiveDate: '2025-09-01' });
  });

  it('refuses a change of kind that leaves a child at or above the unit’s new level', () => {
    const result = plan([{ code: 'XA1', name: 'Đơn vị XA1', kind: 'TH', parentCode: 'SO1' }], sysadmin, th1Child);
    expect(result.errors).toEqual([
      { row: 2, column: 'Loại hình', message: 'Không thể đổi loại hình thành "Trường tiểu học": 1 đơn vị trực thuộc (ví dụ "TH1") phải ở cấp thấp hơn cấp "Trường"' },
    ]);
  });

  it('closing: a successor cannot be below the unit, nor close too while children must move to it', () => {
    expect(plan([{ code: 'XA1', name: 'Đơn vị XA1', kind: 'XA', parentCode: 'SO1', validTo: '01/07/2025', successorCode: 'TH1' }], sysadmin, th1Child).errors).toContainEqual({
      row: 2,
      column: 'Mã đơn vị kế thừa',
      message: 'Đơn vị kế thừa "TH1" không thể là đơn vị cấp dưới của chính đơn vị này',
    });
    expect(
      plan(
        [
          { code: 'XA1', name: 'Đơn vị XA1', kind: 'XA', parentCode: 'SO1', validTo: '01/07/2025', successorCode: 'XA2' },
          { code: 'XA2', name: 'Đơn vị XA2', kind: 'XA', parentCode: 'SO1', validTo: '01/07/2025' },
        ],
        sysadmin,
        th1Child,
      ).errors,
    ).toEqual([{ row: 2, column: 'Mã đơn vị kế thừa', message: 'Đơn vị kế thừa "XA2" đã (hoặc sẽ) ngừng hoạt động nên không thể tiếp nhận 1 đơn vị trực thuộc' }]);
    // Children moved away in the same file: the close is fine, and comes after the move.
    const fine = plan(
      [
        { code: 'XA1', name: 'Đơn vị XA1', kind: 'XA', parentCode: 'SO1', validTo: '01/07/2025' },
        { code: 'TH1', name: 'Đơn vị TH1', kind: 'TH', parentCode: 'XA2' },
      ],
      sysadmin,
      th1Child,
    );
    expect(fine.errors).toEqual([]);
    expect(fine.counts).toEqual({ creates: 0, updates: 1, moves: 1, closes: 1, unchanged: 0 });
  });

  it('keeps a commune admin inside their subtree and away from their own unit’s place', () => {
    const result = plan(
      [
        { code: 'XA1', name: 'Đơn vị XA1', kind: 'XA', parentCode: 'SO1' },
        { code: 'TH1', name: 'Đơn vị TH1', kind: 'TH', parentCode: 'XA2' },
        { code: 'XA2', name: 'Đơn vị XA2 mới', kind: 'XA', parentCode: 'SO1' },
        { code: 'TH7', name: 'Trường 7', kind: 'TH', parentCode: 'XA1' },
      ],
      communeAdmin,
      th1Child,
    );
    expect(result.errors).toEqual([
      { row: 3, column: 'Mã đơn vị cấp trên', message: 'Đơn vị cấp trên "XA2" không thuộc phạm vi quản lý của bạn' },
      { row: 4, column: 'Mã đơn vị', message: 'Mã đơn vị "XA2" đã được dùng cho một đơn vị không thuộc phạm vi quản lý của bạn' },
    ]);
    // Their own unit, under a parent they cannot see, is fine as long as it stays there.
    expect(result.rows.map((r) => [r.code, r.action])).toEqual([
      ['XA1', 'unchanged'],
      ['TH7', 'create'],
    ]);
  });

  it('finds kinds by code, short name or name, without diacritics', () => {
    const result = plan([
      { code: 'A', name: 'A', kind: 'th', parentCode: 'XA1' },
      { code: 'B', name: 'B', kind: 'truong tieu hoc', parentCode: 'XA1' },
      { code: 'C', name: 'C', kind: 'Tiểu học', parentCode: 'XA1' },
    ]);
    expect(result.errors).toEqual([]);
    expect(new Set(result.rows.map((r) => r.create!.kindId))).toEqual(new Set([4]));
  });
});
