import { describe, expect, it } from 'vitest';
import { computeStatistics, matchesCondition, STATISTIC_CODES, STATISTIC_RULES, tallyStatistics, versionOn } from './statistics.ts';
import type { RosterCondition } from './statistics.ts';
import { facts, person, version } from './roster.fixtures.ts';
import type { RosterPerson } from './roster-record.ts';

const AS_OF = '2025-06-30';

describe('the rule table', () => {
  it('has the codes the issue names, each once, in snake case', () => {
    expect(STATISTIC_CODES).toEqual(expect.arrayContaining(['staff', 'managers', 'teachers', 'planning_pool', 'party_members', 'party_committee', 'postgraduate', 'ethnic_minority', 'gender_trained']));
    expect(new Set(STATISTIC_CODES).size).toBe(STATISTIC_CODES.length);
    for (const code of STATISTIC_CODES) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
  it('labels every figure in Vietnamese', () => {
    for (const rule of STATISTIC_RULES) expect(rule.label.length).toBeGreaterThan(3);
  });
  it('is plain data the SQL layer can read: no functions in it', () => {
    expect(JSON.parse(JSON.stringify(STATISTIC_RULES))).toEqual(STATISTIC_RULES);
  });
});

describe('matchesCondition — decision table', () => {
  const principal = facts({ position: 'principal', staffGroup: 'manager', degree: 'master', isPartyMember: true, isInPlanningPool: false });
  const pooledTrained = facts({ isInPlanningPool: true, genderTrainingYears: [2023, 2025] });
  const TABLE: [string, RosterCondition, ReturnType<typeof facts>, boolean][] = [
    ['everyone counts in staff', { kind: 'everyone' }, facts(), true],
    ['a principal is a manager', { kind: 'oneOf', field: 'staffGroup', values: ['manager'] }, principal, true],
    ['a teacher is not a manager', { kind: 'oneOf', field: 'staffGroup', values: ['manager'] }, facts(), false],
    ['an unknown staff group is no group', { kind: 'oneOf', field: 'staffGroup', values: ['manager', 'teacher', 'staff'] }, facts({ staffGroup: null }), false],
    ['a master is postgraduate', { kind: 'oneOf', field: 'degree', values: ['master', 'doctorate'] }, principal, true],
    ['a bachelor is not', { kind: 'oneOf', field: 'degree', values: ['master', 'doctorate'] }, facts(), false],
    ['a Party member', { kind: 'isTrue', field: 'isPartyMember' }, principal, true],
    ['not a Party member', { kind: 'isTrue', field: 'isPartyMember' }, facts(), false],
    ['a committee role is set', { kind: 'isSet', field: 'committeeRole' }, facts({ committeeRole: 'secretary' }), true],
    ['no committee role', { kind: 'isSet', field: 'committeeRole' }, facts(), false],
    ['trained in 2025, as of 2025', { kind: 'genderTrainedInAsOfYear' }, pooledTrained, true],
    ['trained in 2023 only, as of 2025', { kind: 'genderTrainedInAsOfYear' }, facts({ genderTrainingYears: [2023] }), false],
    ['pooled and trained this year', { kind: 'allOf', conditions: [{ kind: 'isTrue', field: 'isInPlanningPool' }, { kind: 'genderTrainedInAsOfYear' }] }, pooledTrained, true],
    ['trained but not pooled', { kind: 'allOf', conditions: [{ kind: 'isTrue', field: 'isInPlanningPool' }, { kind: 'genderTrainedInAsOfYear' }] }, facts({ genderTrainingYears: [2025] }), false],
  ];
  it.each(TABLE)('%s', (_, condition, personFacts, expected) => expect(matchesCondition(condition, personFacts, AS_OF)).toBe(expected));
});

describe('versionOn — who is on the staff on a date', () => {
  const moved: RosterPerson = {
    id: 'moved',
    versions: [version('2015-09-01', '2020-09-01', { position: 'teacher' }), version('2020-09-01', '2024-07-01', { position: 'vice_principal', staffGroup: 'manager' })],
  };
  it.each([
    ['2015-08-31', null],
    ['2015-09-01', 'teacher'],
    ['2020-08-31', 'teacher'],
    ['2020-09-01', 'vice_principal'],
    ['2024-06-30', 'vice_principal'],
    ['2024-07-01', null], // validTo is the first day away
    ['2025-06-30', null],
  ])('as of %s: %s', (asOf, position) => expect(versionOn(moved, asOf)?.position ?? null).toBe(position));

  it('takes the most recent version when the data overlap, as SQL does', () => {
    const overlapping: RosterPerson = { id: 'x', versions: [version('2020-01-01', null, { degree: 'bachelor' }), version('2022-01-01', null, { degree: 'master' })] };
    expect(versionOn(overlapping, '2023-01-01')?.degree).toBe('master');
    expect(versionOn(overlapping, '2021-01-01')?.degree).toBe('bachelor');
  });
});

describe('computeStatistics', () => {
  const school: RosterPerson[] = [
    person({ fullName: 'Hiệu trưởng', position: 'principal', staffGroup: 'manager', degree: 'master', trainingStandard: 'above', isPartyMember: true, isPartyCommitteeMember: true, politicalTheory: 'advanced', committeeRole: 'head', genderTrainingYears: [2025] }),
    person({ fullName: 'Phó hiệu trưởng', sex: 'male', position: 'vice_principal', staffGroup: 'manager', isPartyMember: true, politicalTheory: 'intermediate' }),
    person({ fullName: 'Giáo viên Tày', ethnicGroupCode: '02', isEthnicMinority: true, isInPlanningPool: true, planningPoolPost: 'Phó hiệu trưởng', genderTrainingYears: [2024, 2025], committeeRole: 'member' }),
    person({ fullName: 'Giáo viên Mông', sex: 'male', ethnicGroupCode: '08', isEthnicMinority: true, degree: 'college', trainingStandard: 'below', isInPlanningPool: true, genderTrainingYears: [2024] }),
    person({ fullName: 'Giáo viên', degree: 'doctorate', trainingStandard: 'above', position: 'head_of_group' }),
    person({ fullName: 'Kế toán', position: 'staff', staffGroup: 'staff', degree: 'bachelor', trainingStandard: null }),
    person({ fullName: 'Bảo vệ', sex: 'male', position: 'staff', staffGroup: 'staff', degree: null, trainingStandard: null, ethnicGroupCode: null, isEthnicMinority: true }),
    // Left before the as-of date, joined after it: counted only on the dates they were there.
    person({ fullName: 'Đã chuyển đi', sex: 'male', isPartyMember: true }, '2012-09-01', '2025-01-15'),
    person({ fullName: 'Mới đến', isInPlanningPool: true }, '2025-08-15'),
  ];

  it('counts the staff as of the date by sex, with stable codes', () => {
    const stats = computeStatistics(school, AS_OF);
    expect(Object.keys(stats)).toEqual([...STATISTIC_CODES]);
    expect(stats).toEqual({
      staff: { total: 7, female: 4, male: 3 },
      managers: { total: 2, female: 1, male: 1 },
      principals: { total: 1, female: 1, male: 0 },
      vice_principals: { total: 1, female: 0, male: 1 },
      teachers: { total: 3, female: 2, male: 1 },
      staff_group_staff: { total: 2, female: 1, male: 1 },
      planning_pool: { total: 2, female: 1, male: 1 },
      planning_pool_gender_trained: { total: 1, female: 1, male: 0 },
      party_members: { total: 2, female: 1, male: 1 },
      party_committee: { total: 1, female: 1, male: 0 },
      postgraduate: { total: 2, female: 2, male: 0 },
      masters: { total: 1, female: 1, male: 0 },
      doctorates: { total: 1, female: 1, male: 0 },
      training_above_standard: { total: 2, female: 2, male: 0 },
      training_standard_or_above: { total: 4, female: 3, male: 1 },
      training_below_standard: { total: 1, female: 0, male: 1 },
      political_theory_advanced: { total: 1, female: 1, male: 0 },
      ethnic_minority: { total: 3, female: 1, male: 2 },
      gender_trained: { total: 2, female: 2, male: 0 },
      committee_members: { total: 2, female: 2, male: 0 },
    });
  });

  it('as of a past date counts the person who has left since, and not the one who joined later', () => {
    const stats = computeStatistics(school, '2024-12-31');
    expect(stats.staff).toEqual({ total: 8, female: 4, male: 4 });
    expect(stats.party_members).toEqual({ total: 3, female: 1, male: 2 });
    expect(stats.planning_pool).toEqual({ total: 2, female: 1, male: 1 });
    expect(computeStatistics(school, '2025-01-15').staff.total).toBe(7); // the day of leaving is the first day away
    expect(computeStatistics(school, '2025-08-15').planning_pool).toEqual({ total: 3, female: 2, male: 1 });
  });

  it('counts gender trainings of the as-of year only', () => {
    expect(computeStatistics(school, '2025-06-30').gender_trained.total).toBe(2);
    expect(computeStatistics(school, '2024-12-31').gender_trained).toEqual({ total: 2, female: 1, male: 1 });
    expect(computeStatistics(school, '2023-12-31').gender_trained.total).toBe(0);
  });

  it('follows a person through versions: a teacher promoted counts as a manager from the promotion on', () => {
    const promoted: RosterPerson = {
      id: 'p',
      versions: [version('2018-09-01', '2023-09-01'), version('2023-09-01', null, { position: 'vice_principal', staffGroup: 'manager' })],
    };
    expect(computeStatistics([promoted], '2023-08-31').teachers.total).toBe(1);
    expect(computeStatistics([promoted], '2023-08-31').managers.total).toBe(0);
    expect(computeStatistics([promoted], '2023-09-01').managers).toEqual({ total: 1, female: 1, male: 0 });
  });

  it('keeps female + male = total for every figure', () => {
    const stats = computeStatistics(school, AS_OF);
    for (const code of STATISTIC_CODES) expect(stats[code].female + stats[code].male).toBe(stats[code].total);
  });

  it('gives zeros for an empty roster and refuses a malformed date', () => {
    expect(computeStatistics([], AS_OF).staff).toEqual({ total: 0, female: 0, male: 0 });
    expect(() => computeStatistics(school, '30/06/2025')).toThrow(RangeError);
    expect(() => computeStatistics(school, '2025-02-30')).toThrow(RangeError);
  });
});

describe('tallyStatistics — of which ethnic minority ("trong đó DTTS")', () => {
  it('counts the minority part of each figure', () => {
    const people = [
      person({ ethnicGroupCode: '02', isEthnicMinority: true, isInPlanningPool: true }),
      person({ sex: 'male', ethnicGroupCode: '08', isEthnicMinority: true, position: 'principal', staffGroup: 'manager' }),
      person({ isInPlanningPool: true }),
    ];
    const tally = tallyStatistics(people, AS_OF);
    expect(tally.staff).toEqual({ all: { total: 3, female: 2, male: 1 }, minority: { total: 2, female: 1, male: 1 } });
    expect(tally.planning_pool).toEqual({ all: { total: 2, female: 2, male: 0 }, minority: { total: 1, female: 1, male: 0 } });
    expect(tally.managers.minority).toEqual({ total: 1, female: 0, male: 1 });
    expect(tally.ethnic_minority.all).toEqual(tally.ethnic_minority.minority);
  });
});
