/** Small builders for the roster's tests: a person is a teacher unless told otherwise. */
import type { RosterFacts, RosterPerson, RosterVersion } from './roster-record.ts';

export function facts(overrides: Partial<RosterFacts> = {}): RosterFacts {
  return {
    fullName: 'Nguyễn Thị Hoa',
    birth: { date: '1985-03-12' },
    sex: 'female',
    ethnicGroupCode: '01',
    isEthnicMinority: false,
    position: 'teacher',
    staffGroup: 'teacher',
    degree: 'bachelor',
    trainingStandard: 'standard',
    politicalTheory: null,
    isPartyMember: false,
    isPartyCommitteeMember: false,
    isInPlanningPool: false,
    planningPoolPost: null,
    genderTrainingYears: [],
    committeeRole: null,
    ...overrides,
  };
}

export function version(validFrom: string, validTo: string | null, overrides: Partial<RosterFacts> = {}): RosterVersion {
  return { ...facts(overrides), validFrom, validTo };
}

let nextId = 1;

/** One person with one version from `validFrom` (default 2010-09-01), still on the staff. */
export function person(overrides: Partial<RosterFacts> = {}, validFrom = '2010-09-01', validTo: string | null = null): RosterPerson {
  return { id: nextId++, versions: [version(validFrom, validTo, overrides)] };
}
