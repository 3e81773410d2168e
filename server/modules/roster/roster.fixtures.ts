/** Builders for the roster's tests: a teacher of the Kinh group unless told otherwise. */

/** A valid body for POST /api/roster/people (and, with effectiveFrom, PUT). */
export function personBody(overrides: Record<string, unknown> = {}) {
  return {
    fullName: 'Nguyễn Thị Hoa',
    birthDate: '12/03/1985',
    birthYear: null,
    startDate: '01/09/2015',
    sex: 'female',
    ethnicGroupCode: '01',
    position: 'teacher',
    staffGroup: null,
    degree: 'bachelor',
    trainingStandard: null,
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
