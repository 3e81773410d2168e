import { describe, expect, it } from 'vitest';
import { valueKeysOf, type DataElement } from '../../../../../common/contracts/templates.ts';
import { vi } from '../../../../../common/i18n/vi.ts';
import { blocksOf, describeCell, fieldDomId, formFieldOf, rowsOf, ruleKeysOf, withoutElementName } from './report-fields.ts';

const element = (code: string, disaggregation: DataElement['disaggregation']): DataElement => ({ kind: 'number', code, label: `Nhãn ${code}`, valueType: 'integer', unit: 'người', disaggregation, prefill: null });
const words = vi.reports.cells;

describe('rowsOf', () => {
  it.each(['none', 'sex', 'sex_minority', 'sex_group'] as const)('lays out every value key of a %s element exactly once', (disaggregation) => {
    const e = element('staff', disaggregation);
    const keys = rowsOf(e).flatMap((row) => row.keys);
    expect(keys.sort()).toEqual(valueKeysOf(e).sort());
  });

  it('puts the element row first, then one row per group', () => {
    const rows = rowsOf(element('trained', 'sex_group'));
    expect(rows.map((row) => row.group)).toEqual([null, 'managers', 'teachers', 'staff', 'pupils', 'parents']);
    expect(rows[2]!.keys).toEqual(['trained.total.teachers', 'trained.female.teachers', 'trained.male.teachers']);
  });
});

describe('describeCell', () => {
  it('names a cell by its element and column, the way a test or a screen reader finds it', () => {
    const staff = { label: 'Tổng số cán bộ, giáo viên, nhân viên' };
    expect(describeCell(staff, 'staff.female', words)).toBe('Tổng số cán bộ, giáo viên, nhân viên — Nữ');
    expect(describeCell(staff, 'staff.total', words)).toBe('Tổng số cán bộ, giáo viên, nhân viên — Tổng số');
    expect(describeCell(staff, 'staff.male.minority', words)).toBe('Tổng số cán bộ, giáo viên, nhân viên — Trong đó DTTS: Nam');
    expect(describeCell(staff, 'staff.female.teachers', words)).toBe('Tổng số cán bộ, giáo viên, nhân viên — GV: Nữ');
    expect(describeCell({ label: 'Số cuộc kiểm tra' }, 'inspections', words)).toBe('Số cuộc kiểm tra');
  });
});

describe('blocksOf', () => {
  it('groups consecutive numbers of one disaggregation into one table, keeping the template order', () => {
    const items = [element('a', 'sex_minority'), element('b', 'sex_minority'), element('c', 'sex'), { kind: 'text' as const, code: 'q', label: 'Q', required: true }, element('d', 'sex')];
    expect(blocksOf(items).map((b) => (b.kind === 'numbers' ? b.elements.map((e) => e.code).join('+') : b.kind))).toEqual(['a+b', 'c', 'text', 'd']);
  });
});

describe('problems and fields', () => {
  const definition = { sections: [], rules: [{ id: 'r1', expression: 'staff.female <= staff.total', severity: 'error' as const, message: '' }] };

  it('takes a rule to the first value it reads', () => {
    expect(ruleKeysOf(definition).get('r1')).toEqual(['staff.female', 'staff.total']);
    expect(formFieldOf('rules.r1', definition)).toBe('v:staff.female');
  });

  it('maps the server’s detail fields to the form’s', () => {
    expect(formFieldOf('texts.results', definition)).toBe('t:results');
    expect(formFieldOf('targets.womenKeyLeaders2025', definition)).toBe('a:womenKeyLeaders2025');
    expect(formFieldOf('staff.female', definition)).toBe('v:staff.female');
    expect(formFieldOf('lateReason', definition)).toBeNull();
  });

  it('makes DOM ids from field names', () => {
    expect(fieldDomId('v:staff.female')).toBe('rf-v-staff.female');
  });

  it('drops the element name a cell already shows', () => {
    expect(withoutElementName('"Cán bộ quản lý" phải là số nguyên', 'Cán bộ quản lý')).toBe('Phải là số nguyên');
    expect(withoutElementName('Một lỗi khác', 'Cán bộ quản lý')).toBe('Một lỗi khác');
  });
});
