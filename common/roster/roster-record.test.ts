import { describe, expect, it } from 'vitest';
import { DEGREES, deriveTrainingStandard, ethnicMinorityOf, POSITIONS, SCHOOL_LEVELS, staffGroupOfPosition, trainingLevelOf } from './roster-record.ts';
import type { Degree, SchoolLevel } from './roster-record.ts';

describe('staffGroupOfPosition', () => {
  it('puts heads and deputies of the unit among managers, heads of subject groups among teachers', () => {
    expect(Object.fromEntries(POSITIONS.map((p) => [p, staffGroupOfPosition(p)]))).toEqual({
      principal: 'manager',
      vice_principal: 'manager',
      head_of_group: 'teacher',
      deputy_head_of_group: 'teacher',
      teacher: 'teacher',
      staff: 'staff',
    });
  });
});

describe('ethnicMinorityOf', () => {
  it('derives minority from the group, and falls back on an explicit mark only without one', () => {
    expect(ethnicMinorityOf('01')).toBe(false);
    expect(ethnicMinorityOf('02')).toBe(true);
    expect(ethnicMinorityOf('01', true)).toBe(false);
    expect(ethnicMinorityOf(null, true)).toBe(true);
    expect(ethnicMinorityOf(null)).toBe(false);
  });
  it('refuses a code that is not on the list', () => {
    expect(() => ethnicMinorityOf('99')).toThrow(RangeError);
  });
});

describe('deriveTrainingStandard — Luật Giáo dục 2019, Điều 72', () => {
  // Rows: degree; columns: preschool (standard: college), primary and up (standard: bachelor).
  const TABLE: [Degree, string, string][] = [
    ['none', 'below', 'below'],
    ['elementary', 'below', 'below'],
    ['intermediate', 'below', 'below'],
    ['college', 'standard', 'below'],
    ['bachelor', 'above', 'standard'],
    ['master', 'above', 'above'],
    ['doctorate', 'above', 'above'],
  ];
  it.each(TABLE)('a teacher with %s: %s in preschool, %s from primary up', (degree, preschool, others) => {
    expect(deriveTrainingStandard(degree, 'preschool', 'teacher')).toBe(preschool);
    for (const level of SCHOOL_LEVELS.filter((l): l is Exclude<SchoolLevel, 'preschool'> => l !== 'preschool')) {
      expect(deriveTrainingStandard(degree, level, 'teacher')).toBe(others);
    }
  });
  it('judges managers by the teachers’ standard and says nothing for staff or an unknown degree', () => {
    expect(deriveTrainingStandard('college', 'primary', 'manager')).toBe('below');
    for (const degree of DEGREES) expect(deriveTrainingStandard(degree, 'primary', 'staff')).toBeNull();
    expect(deriveTrainingStandard(null, 'primary', 'teacher')).toBeNull();
    expect(deriveTrainingStandard('bachelor', 'primary', null)).toBeNull();
  });
});

describe('trainingLevelOf', () => {
  it.each([
    [{ degree: 'doctorate', trainingStandard: 'above' }, 'doctorate'],
    [{ degree: 'master', trainingStandard: null }, 'master'],
    [{ degree: 'bachelor', trainingStandard: 'above' }, 'above_standard'],
    [{ degree: 'bachelor', trainingStandard: 'standard' }, 'standard'],
    [{ degree: 'college', trainingStandard: 'below' }, 'below_standard'],
    [{ degree: null, trainingStandard: 'standard' }, 'standard'],
    [{ degree: 'bachelor', trainingStandard: null }, null],
  ] as const)('%j → %s', (facts, level) => expect(trainingLevelOf(facts)).toBe(level));
});
