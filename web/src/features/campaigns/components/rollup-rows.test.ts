import { describe, expect, it } from 'vitest';
import type { TemplateItem } from '../../../../../common/contracts/templates.ts';
import { hasUnsummedItems, rollupSections } from './rollup-rows.ts';

const labels = { minority: 'DTTS', groups: { managers: 'CBQL', teachers: 'GV', staff: 'NV', pupils: 'HS', parents: 'CMHS' } };
const element = (code: string, disaggregation: 'none' | 'sex' | 'sex_minority' | 'sex_group', valueType: 'integer' | 'percent' = 'integer'): TemplateItem => ({
  kind: 'number',
  code,
  label: code,
  valueType,
  unit: 'người',
  disaggregation,
  prefill: null,
});
const definition = (items: TemplateItem[], order = 1) => ({ sections: [{ code: `s${order}`, title: `Phần ${order}`, order, items }] });
const cell = (sum: number, reportingUnits = 2) => ({ sum, reportingUnits });

describe('rollupSections', () => {
  it('computes the share of women as the sum of women over the sum of totals', () => {
    // Two schools at 1/2 and 90/100: the share is 91/102, not the 70% an average would give.
    const [section] = rollupSections(definition([element('staff', 'sex')]), { 'staff.total': cell(102), 'staff.female': cell(91), 'staff.male': cell(11) }, labels);
    expect(section!.rows).toHaveLength(1);
    const row = section!.rows[0]!;
    expect(row).toMatchObject({ key: 'staff.total', total: 102, female: 91, male: 11, hasSexSplit: true, reportingUnits: 2 });
    expect(row.femaleShare).toBeCloseTo(89.2157, 3);
  });

  it('leaves blank what no unit gave, instead of showing 0', () => {
    const [section] = rollupSections(definition([element('staff', 'sex')]), { 'staff.total': cell(40, 1) }, labels);
    expect(section!.rows[0]).toMatchObject({ total: 40, female: null, male: null, femaleShare: null, reportingUnits: 1 });
    const [empty] = rollupSections(definition([element('events', 'none')]), {}, labels);
    expect(empty!.rows[0]).toMatchObject({ total: null, hasSexSplit: false, reportingUnits: 0 });
  });

  it('gives no share when the total is 0', () => {
    const [section] = rollupSections(definition([element('staff', 'sex')]), { 'staff.total': cell(0), 'staff.female': cell(0), 'staff.male': cell(0) }, labels);
    expect(section!.rows[0]!.femaleShare).toBeNull();
  });

  it('adds a "of whom ethnic minority" line and one line per group', () => {
    const [minority] = rollupSections(
      definition([element('staff', 'sex_minority')]),
      { 'staff.total': cell(10), 'staff.female': cell(6), 'staff.male': cell(4), 'staff.total.minority': cell(4), 'staff.female.minority': cell(3), 'staff.male.minority': cell(1) },
      labels,
    );
    expect(minority!.rows.map((r) => [r.key, r.label, r.isSub, r.femaleShare])).toEqual([
      ['staff.total', 'staff', false, 60],
      ['staff.total.minority', 'DTTS', true, 75],
    ]);
    const [groups] = rollupSections(definition([element('trained', 'sex_group')]), { 'trained.total.teachers': cell(5), 'trained.female.teachers': cell(4) }, labels);
    expect(groups!.rows.map((r) => r.label)).toEqual(['trained', 'CBQL', 'GV', 'NV', 'HS', 'CMHS']);
    expect(groups!.rows[2]).toMatchObject({ key: 'trained.total.teachers', total: 5, female: 4, femaleShare: 80 });
  });

  it('does not add up rates', () => {
    const [section] = rollupSections(definition([element('rate', 'sex', 'percent')]), { 'rate.total': cell(150), 'rate.female': cell(120) }, labels);
    expect(section!.rows[0]).toMatchObject({ isSummable: false, total: null, female: null, femaleShare: null, reportingUnits: 2 });
  });

  it('keeps the template’s section order and drops sections without numbers', () => {
    const text: TemplateItem = { kind: 'text', code: 'results', label: 'Kết quả', hint: null, required: true };
    const def = { sections: [...definition([element('b', 'none')], 2).sections, ...definition([text], 3).sections, ...definition([element('a', 'none')], 1).sections] };
    expect(rollupSections(def, {}, labels).map((s) => s.code)).toEqual(['s1', 's2']);
    expect(hasUnsummedItems(def)).toBe(true);
    expect(hasUnsummedItems(definition([element('a', 'none')]))).toBe(false);
  });
});
