/**
 * The figures a report asks for, computed from the roster as of a date — never typed
 * (DESIGN.md: "compute, don't collect"). Every figure is disaggregated by sex, and each
 * has a stable code that templates, the CLI's JSON and the prefill refer to.
 *
 * The rules are data (STATISTIC_RULES): a code, its Vietnamese label and a condition in a
 * small declarative vocabulary that the SQL layer translates into `count(*) filter
 * (where …)` over the version valid on the as-of date, so the database and this module
 * cannot drift apart — the tests of the SQL layer run both on the same people.
 */
import { toDayNumber } from '../text/calendar-dates.ts';
import type { CalendarDate } from '../text/calendar-dates.ts';
import type { RosterFacts, RosterPerson, RosterVersion } from './roster-record.ts';

export interface SexCounts {
  total: number;
  female: number;
  male: number;
}

type OneOfField = 'staffGroup' | 'position' | 'degree' | 'trainingStandard' | 'politicalTheory' | 'committeeRole';
type FlagField = 'isPartyMember' | 'isPartyCommitteeMember' | 'isInPlanningPool' | 'isEthnicMinority';

/** Who a figure counts, among the people on the staff on the as-of date. */
export type RosterCondition =
  | { kind: 'everyone' }
  | { [F in OneOfField]: { kind: 'oneOf'; field: F; values: readonly NonNullable<RosterFacts[F]>[] } }[OneOfField]
  | { kind: 'isTrue'; field: FlagField }
  | { kind: 'isSet'; field: OneOfField }
  /** Trained on gender topics in the calendar year of the as-of date. */
  | { kind: 'genderTrainedInAsOfYear' }
  | { kind: 'allOf'; conditions: readonly RosterCondition[] };

export interface StatisticRule {
  code: string;
  /** As a report's row names it. */
  label: string;
  condition: RosterCondition;
}

const GENDER_TRAINED: RosterCondition = { kind: 'genderTrainedInAsOfYear' };
const PLANNING_POOL: RosterCondition = { kind: 'isTrue', field: 'isInPlanningPool' };

/** The computed figures. Codes are stable: add new ones, never rename or reuse one. */
export const STATISTIC_RULES = [
  { code: 'staff', label: 'Tổng số cán bộ, giáo viên, nhân viên', condition: { kind: 'everyone' } },
  { code: 'managers', label: 'Cán bộ quản lý', condition: { kind: 'oneOf', field: 'staffGroup', values: ['manager'] } },
  { code: 'principals', label: 'Hiệu trưởng (người đứng đầu đơn vị)', condition: { kind: 'oneOf', field: 'position', values: ['principal'] } },
  { code: 'vice_principals', label: 'Phó hiệu trưởng (cấp phó của người đứng đầu)', condition: { kind: 'oneOf', field: 'position', values: ['vice_principal'] } },
  { code: 'teachers', label: 'Giáo viên', condition: { kind: 'oneOf', field: 'staffGroup', values: ['teacher'] } },
  { code: 'staff_group_staff', label: 'Nhân viên', condition: { kind: 'oneOf', field: 'staffGroup', values: ['staff'] } },
  { code: 'planning_pool', label: 'Cán bộ trong diện quy hoạch chức danh lãnh đạo, quản lý', condition: PLANNING_POOL },
  {
    code: 'planning_pool_gender_trained',
    label: 'Cán bộ trong diện quy hoạch được bồi dưỡng kiến thức về bình đẳng giới trong năm',
    condition: { kind: 'allOf', conditions: [PLANNING_POOL, GENDER_TRAINED] },
  },
  { code: 'party_members', label: 'Đảng viên', condition: { kind: 'isTrue', field: 'isPartyMember' } },
  { code: 'party_committee', label: 'Cấp ủy viên', condition: { kind: 'isTrue', field: 'isPartyCommitteeMember' } },
  { code: 'postgraduate', label: 'Trình độ sau đại học (thạc sĩ, tiến sĩ)', condition: { kind: 'oneOf', field: 'degree', values: ['master', 'doctorate'] } },
  { code: 'masters', label: 'Thạc sĩ', condition: { kind: 'oneOf', field: 'degree', values: ['master'] } },
  { code: 'doctorates', label: 'Tiến sĩ', condition: { kind: 'oneOf', field: 'degree', values: ['doctorate'] } },
  { code: 'training_above_standard', label: 'Trình độ đào tạo trên chuẩn', condition: { kind: 'oneOf', field: 'trainingStandard', values: ['above'] } },
  { code: 'training_standard_or_above', label: 'Trình độ đào tạo đạt chuẩn trở lên', condition: { kind: 'oneOf', field: 'trainingStandard', values: ['standard', 'above'] } },
  { code: 'training_below_standard', label: 'Trình độ đào tạo dưới chuẩn', condition: { kind: 'oneOf', field: 'trainingStandard', values: ['below'] } },
  {
    code: 'political_theory_advanced',
    label: 'Lý luận chính trị cao cấp, cử nhân',
    condition: { kind: 'oneOf', field: 'politicalTheory', values: ['advanced', 'bachelor'] },
  },
  { code: 'ethnic_minority', label: 'Người dân tộc thiểu số', condition: { kind: 'isTrue', field: 'isEthnicMinority' } },
  { code: 'gender_trained', label: 'Được tập huấn về giới, bình đẳng giới trong năm', condition: GENDER_TRAINED },
  { code: 'committee_members', label: 'Thành viên Ban Vì sự tiến bộ của phụ nữ', condition: { kind: 'isSet', field: 'committeeRole' } },
] as const satisfies readonly StatisticRule[];

export type StatisticCode = (typeof STATISTIC_RULES)[number]['code'];
export const STATISTIC_CODES: readonly StatisticCode[] = STATISTIC_RULES.map((rule) => rule.code);

export type RosterStatistics = Record<StatisticCode, SexCounts>;

/** Each figure, and the part of it that is ethnic-minority people ("trong đó DTTS"). */
export type RosterStatisticsWithMinority = Record<StatisticCode, { all: SexCounts; minority: SexCounts }>;

/** True when the facts satisfy the condition as of the date (only its year matters, for trainings). */
export function matchesCondition(condition: RosterCondition, facts: RosterFacts, asOf: CalendarDate): boolean {
  switch (condition.kind) {
    case 'everyone':
      return true;
    case 'oneOf': {
      const value = facts[condition.field];
      return value !== null && (condition.values as readonly string[]).includes(value);
    }
    case 'isTrue':
      return facts[condition.field];
    case 'isSet':
      return facts[condition.field] !== null;
    case 'genderTrainedInAsOfYear':
      return facts.genderTrainingYears.includes(Number(asOf.slice(0, 4)));
    case 'allOf':
      return condition.conditions.every((inner) => matchesCondition(inner, facts, asOf));
  }
}

/**
 * The version of a person valid on the date (validFrom ≤ date < validTo), or null when
 * the person was not on the staff that day — not yet arrived, gone, or in a gap. If the
 * data hold overlapping versions, the most recent validFrom wins, as it does in SQL.
 */
export function versionOn(person: RosterPerson, asOf: CalendarDate): RosterVersion | null {
  let found: RosterVersion | null = null;
  for (const version of person.versions) {
    if (version.validFrom > asOf || (version.validTo !== null && version.validTo <= asOf)) continue;
    if (!found || version.validFrom > found.validFrom) found = version;
  }
  return found;
}

function emptyCounts(): SexCounts {
  return { total: 0, female: 0, male: 0 };
}

function add(counts: SexCounts, facts: RosterFacts): void {
  counts.total += 1;
  counts[facts.sex] += 1;
}

/** Every figure with its minority part, in one pass over the people. */
export function tallyStatistics(people: Iterable<RosterPerson>, asOf: CalendarDate): RosterStatisticsWithMinority {
  toDayNumber(asOf); // throws on a malformed date rather than comparing strings that are not dates
  const tally = Object.fromEntries(STATISTIC_CODES.map((code) => [code, { all: emptyCounts(), minority: emptyCounts() }])) as RosterStatisticsWithMinority;
  for (const person of people) {
    const facts = versionOn(person, asOf);
    if (!facts) continue;
    for (const rule of STATISTIC_RULES) {
      if (!matchesCondition(rule.condition, facts, asOf)) continue;
      const cell = tally[rule.code];
      add(cell.all, facts);
      if (facts.isEthnicMinority) add(cell.minority, facts);
    }
  }
  return tally;
}

/** Every figure as `{ total, female, male }`, keyed by code: what `binhdang stats --json` prints. */
export function computeStatistics(people: Iterable<RosterPerson>, asOf: CalendarDate): RosterStatistics {
  const tally = tallyStatistics(people, asOf);
  return Object.fromEntries(STATISTIC_CODES.map((code) => [code, tally[code].all])) as RosterStatistics;
}
