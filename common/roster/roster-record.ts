/**
 * A person on a unit's staff roster (danh sách cán bộ, giáo viên, nhân viên), as the
 * domain sees it: the vocabularies, the record the database layer maps its rows to, and
 * the few facts that are derived rather than typed (staff group from position, minority
 * from ethnic group, training standard from degree).
 *
 * History: a person is a list of versions, each valid over the half-open range
 * [validFrom, validTo) of calendar days in the unit — validTo is the first day the
 * version no longer holds, as for units (docs/ARCHITECTURE.md). A person whose last
 * version ends on 2025-07-01 is on the staff as of 2025-06-30 and not as of 2025-07-01.
 */
import type { CalendarDate } from '../text/calendar-dates.ts';
import { ethnicGroupByCode } from './ethnic-groups.ts';

export const SEXES = ['female', 'male'] as const;
/** nữ, nam — the same words as the value keys of a report (common/contracts/templates.ts). */
export type Sex = (typeof SEXES)[number];

/** CBQL (cán bộ quản lý), GV (giáo viên), NV (nhân viên). */
export const STAFF_GROUPS = ['manager', 'teacher', 'staff'] as const;
export type StaffGroup = (typeof STAFF_GROUPS)[number];

/**
 * chức vụ. A unit's head and deputy head: Hiệu trưởng / Phó hiệu trưởng in a school,
 * Giám đốc / Phó giám đốc in a GDNN-GDTX centre, Trưởng / Phó trưởng phòng in an office.
 * Tổ trưởng / tổ phó (head and deputy of a subject or office group) are teachers or staff
 * who hold the post besides their own job.
 */
export const POSITIONS = ['principal', 'vice_principal', 'head_of_group', 'deputy_head_of_group', 'teacher', 'staff'] as const;
export type Position = (typeof POSITIONS)[number];

/** Highest qualification (văn bằng), lowest first: chưa qua đào tạo, sơ cấp, trung cấp, cao đẳng, đại học, thạc sĩ, tiến sĩ. */
export const DEGREES = ['none', 'elementary', 'intermediate', 'college', 'bachelor', 'master', 'doctorate'] as const;
export type Degree = (typeof DEGREES)[number];

/** Against the standard of the job (chuẩn trình độ đào tạo): dưới chuẩn, đạt chuẩn, trên chuẩn. */
export const TRAINING_STANDARDS = ['below', 'standard', 'above'] as const;
export type TrainingStandard = (typeof TRAINING_STANDARDS)[number];

/** The one-line training level the issue asks for, from degree and standard (trainingLevelOf). */
export const TRAINING_LEVELS = ['below_standard', 'standard', 'above_standard', 'master', 'doctorate'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];

/** Lý luận chính trị: sơ cấp, trung cấp, cao cấp, cử nhân. */
export const POLITICAL_THEORY_LEVELS = ['elementary', 'intermediate', 'advanced', 'bachelor'] as const;
export type PoliticalTheoryLevel = (typeof POLITICAL_THEORY_LEVELS)[number];

/** Role in the unit's Ban VSTBPN: trưởng ban, phó trưởng ban, thư ký, ủy viên. */
export const COMMITTEE_ROLES = ['head', 'deputy_head', 'secretary', 'member'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

/** The level a teacher teaches, which sets the standard degree: MN, TH, THCS, THPT, GDNN-GDTX. */
export const SCHOOL_LEVELS = ['preschool', 'primary', 'lower_secondary', 'upper_secondary', 'continuing'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** A full birth date when the roster has one; many rosters give only the year (năm sinh). */
export type BirthDate = { date: CalendarDate } | { year: number };

/** What is known about a person during one version. */
export interface RosterFacts {
  /** NFC, as written (title-cased when the sheet was in capitals). */
  fullName: string;
  birth: BirthDate;
  sex: Sex;
  /** '01'..'54' (ethnic-groups.ts); sensitive personal data. Null when only a minority mark is known. */
  ethnicGroupCode: string | null;
  /** Derived with ethnicMinorityOf at write time, so SQL can count it without the list. */
  isEthnicMinority: boolean;
  position: Position | null;
  /** Null only when neither position nor group is known: such a person counts in `staff` alone. */
  staffGroup: StaffGroup | null;
  degree: Degree | null;
  trainingStandard: TrainingStandard | null;
  politicalTheory: PoliticalTheoryLevel | null;
  isPartyMember: boolean;
  /** cấp ủy viên: member of a Party committee (chi ủy, đảng ủy). */
  isPartyCommitteeMember: boolean;
  /** quy hoạch: designated for a future leadership post. */
  isInPlanningPool: boolean;
  /** The post the person is in the pool for, as written ("Hiệu trưởng"); null when not said. */
  planningPoolPost: string | null;
  /** Years of the trainings on gender topics attended (tập huấn về giới, bình đẳng giới). */
  genderTrainingYears: readonly number[];
  committeeRole: CommitteeRole | null;
}

export interface RosterVersion extends RosterFacts {
  /** First day this version holds. */
  validFrom: CalendarDate;
  /** First day it no longer holds; null while it is current. */
  validTo: CalendarDate | null;
}

export interface RosterPerson {
  id: string | number;
  /** Non-overlapping, in any order. A gap is a time the person was not in the unit. */
  versions: readonly RosterVersion[];
}

/** The staff group a position belongs to. Tổ trưởng of the office group (tổ văn phòng) is staff, see parsePosition. */
export function staffGroupOfPosition(position: Position): StaffGroup {
  switch (position) {
    case 'principal':
    case 'vice_principal':
      return 'manager';
    case 'head_of_group':
    case 'deputy_head_of_group':
    case 'teacher':
      return 'teacher';
    case 'staff':
      return 'staff';
  }
}

/**
 * Minority or not: from the group when it is known, else from an explicit mark (a
 * "DTTS" column with an x). A code that is not on the list throws rather than count
 * someone as Kinh by mistake.
 */
export function ethnicMinorityOf(ethnicGroupCode: string | null, minorityMark: boolean | null = null): boolean {
  if (ethnicGroupCode !== null) {
    const group = ethnicGroupByCode(ethnicGroupCode);
    if (!group) throw new RangeError(`Not an ethnic group code: ${ethnicGroupCode}`);
    return group.isMinority;
  }
  return minorityMark ?? false;
}

/**
 * The degree a teacher (and a manager, who must meet the teachers' standard) needs,
 * per Luật Giáo dục 2019, Điều 72: a pedagogical college degree (cao đẳng sư phạm) in
 * preschool, a bachelor's (cử nhân) from primary school up. Continuing-education centres
 * teach the upper-secondary programme, so they follow it.
 */
export const STANDARD_DEGREE: Readonly<Record<SchoolLevel, Degree>> = {
  preschool: 'college',
  primary: 'bachelor',
  lower_secondary: 'bachelor',
  upper_secondary: 'bachelor',
  continuing: 'bachelor',
};

/**
 * Below, at or above the standard, from the degree. Null for staff (nhân viên: each job
 * has its own standard, which the roster does not carry) and when the degree is unknown.
 * A standard written in the sheet ("Trên chuẩn") wins over this; see parseTrainingLevel.
 */
export function deriveTrainingStandard(degree: Degree | null, schoolLevel: SchoolLevel, staffGroup: StaffGroup | null): TrainingStandard | null {
  if (degree === null || staffGroup === null || staffGroup === 'staff') return null;
  const difference = DEGREES.indexOf(degree) - DEGREES.indexOf(STANDARD_DEGREE[schoolLevel]);
  return difference < 0 ? 'below' : difference === 0 ? 'standard' : 'above';
}

/** The single training level: a postgraduate degree first, else the standard. */
export function trainingLevelOf(facts: Pick<RosterFacts, 'degree' | 'trainingStandard'>): TrainingLevel | null {
  if (facts.degree === 'doctorate') return 'doctorate';
  if (facts.degree === 'master') return 'master';
  if (facts.trainingStandard === null) return null;
  return facts.trainingStandard === 'below' ? 'below_standard' : facts.trainingStandard === 'standard' ? 'standard' : 'above_standard';
}
