/**
 * One data row of a roster sheet → a compact parsed record (the person's facts, the row
 * number, start and end dates), with every problem pointed at its row and column. The
 * parsers are the pure core's (common/roster/); this file only knows which column holds
 * which field and which fields a row cannot do without.
 *
 * Problems are kept in a capped log: a file of 100,000 bad rows keeps its first errors
 * and the true counts, never 100,000 messages.
 */
import type { CellValue, ParsedValue } from '../../../../common/roster/cell-text.ts';
import { isBlankCell } from '../../../../common/roster/cell-text.ts';
import { parseBirthDate, parseCalendarDate, parseTrainingYears } from '../../../../common/roster/date-parsers.ts';
import type { DetectedColumn, RosterField } from '../../../../common/roster/header-detection.ts';
import { deriveTrainingStandard, ethnicMinorityOf } from '../../../../common/roster/roster-record.ts';
import type { BirthDate, RosterFacts, SchoolLevel, Sex, StaffGroup } from '../../../../common/roster/roster-record.ts';
import {
  parseCommitteeRole,
  parseEthnicGroup,
  parseFemaleMark,
  parseFullName,
  parseMaleMark,
  parsePartyCommittee,
  parsePartyMember,
  parsePlanningPool,
  parsePoliticalTheory,
  parsePosition,
  parseSex,
  parseSexMarkPair,
  parseSplitBirthDate,
  parseSplitName,
  parseStaffGroup,
  parseTrainingLevel,
  parseYesNo,
} from '../../../../common/roster/value-parsers.ts';
import type { CalendarDate } from '../../../../common/text/calendar-dates.ts';

/** A data row as read: its Excel row number and its facts. */
export interface ParsedRosterRow {
  row: number;
  facts: RosterFacts;
  /** First day in the unit, when the sheet says it. */
  startDate: CalendarDate | null;
  /** First day no longer in the unit, when the sheet says it. */
  endDate: CalendarDate | null;
}

export interface RosterProblem {
  row: number;
  /** The column letter ("F"), or null for a problem of the whole row or file. */
  column: string | null;
  message: string;
}

/** Problems shown at once per kind; the counts stay true. */
export const MAX_PROBLEMS_SHOWN = 1000;

export class ProblemLog {
  readonly errors: RosterProblem[] = [];
  readonly warnings: RosterProblem[] = [];
  errorCount = 0;
  warningCount = 0;

  error(problem: RosterProblem): void {
    this.errorCount += 1;
    if (this.errors.length < MAX_PROBLEMS_SHOWN) this.errors.push(problem);
  }

  warning(problem: RosterProblem): void {
    this.warningCount += 1;
    if (this.warnings.length < MAX_PROBLEMS_SHOWN) this.warnings.push(problem);
  }
}

/** "A", "Z", "AA": the letter Excel shows for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface RowContext {
  /** Today in Vietnam: a birth after it is impossible. */
  today: CalendarDate;
  /** The workbook counts serial dates from 1904. */
  date1904: boolean;
  /** Sets the standard degree when the sheet does not say the standard. */
  schoolLevel: SchoolLevel;
}

/** Which column holds each field (the first one, when a field is repeated it is already unmapped). */
export type FieldColumns = Partial<Record<RosterField, number>>;

export function fieldColumnsOf(columns: readonly DetectedColumn[]): FieldColumns {
  const map: FieldColumns = {};
  for (const c of columns) if (c.field && c.field !== 'ignore' && c.field !== 'note' && map[c.field] === undefined) map[c.field] = c.index;
  return map;
}

/** True when no column the import reads holds anything: a blank line between people, or below them. */
export function isBlankRow(cells: readonly CellValue[], fields: FieldColumns): boolean {
  return Object.values(fields).every((index) => isBlankCell(cells[index!]));
}

/**
 * Reads one row. Returns null when the row has an error (the log says where and why);
 * warnings are logged and the row kept.
 */
export function parseRosterRow(row: number, cells: readonly CellValue[], fields: FieldColumns, context: RowContext, log: ProblemLog): ParsedRosterRow | null {
  let hasError = false;
  const cell = (field: RosterField): CellValue => (fields[field] === undefined ? null : cells[fields[field]!]);
  const at = (field: RosterField | null): string | null => (field && fields[field] !== undefined ? columnLetter(fields[field]!) : null);
  const take = <T>(parsed: ParsedValue<T>, field: RosterField | null): T | null => {
    if (!parsed.ok) {
      hasError = true;
      log.error({ row, column: at(field), message: parsed.error });
      return null;
    }
    if (parsed.warning) log.warning({ row, column: at(field), message: parsed.warning });
    return parsed.value;
  };
  const has = (field: RosterField) => fields[field] !== undefined;
  const dateOptions = { today: context.today, date1904: context.date1904 };

  // Name
  const fullName = has('fullName') ? take(parseFullName(cell('fullName')), 'fullName') : take(parseSplitName(cell('familyName'), cell('givenName')), 'givenName');

  // Birth and sex: "Ngày sinh" over Nam | Nữ says both at once.
  let birth: BirthDate | null = null;
  let sex: Sex | null = null;
  const isSplitBirth = has('birthDateMale') && has('birthDateFemale');
  if (isSplitBirth) {
    const split = take(parseSplitBirthDate(cell('birthDateMale'), cell('birthDateFemale'), dateOptions), isBlankCell(cell('birthDateMale')) ? 'birthDateFemale' : 'birthDateMale');
    if (split) [birth, sex] = [split.birth, split.sex];
  } else {
    if (has('birthDate')) birth = take(parseBirthDate(cell('birthDate'), dateOptions), 'birthDate');
    if (!birth && has('birthYear') && !isBlankCell(cell('birthYear'))) birth = take(parseBirthDate(cell('birthYear'), dateOptions), 'birthYear');
  }
  if (has('sex')) sex = take(parseSex(cell('sex')), 'sex') ?? sex;
  else if (!sex && has('female') && has('male')) sex = take(parseSexMarkPair(cell('male'), cell('female')), 'female');
  else if (!sex && has('female')) sex = take(parseFemaleMark(cell('female')), 'female');
  else if (!sex && has('male')) sex = take(parseMaleMark(cell('male')), 'male');

  const required = (value: unknown, field: RosterField | null, message: string) => {
    if (value !== null || hasError) return;
    hasError = true;
    log.error({ row, column: at(field), message });
  };
  required(fullName, has('fullName') ? 'fullName' : 'givenName', 'Thiếu họ và tên');
  required(birth, has('birthDate') ? 'birthDate' : has('birthYear') ? 'birthYear' : 'birthDateFemale', 'Thiếu ngày sinh (hoặc năm sinh)');
  required(sex, has('sex') ? 'sex' : has('female') ? 'female' : 'male', 'Thiếu giới tính');

  // The rest: blank means not known, or no.
  const ethnic = has('ethnicGroup') ? take(parseEthnicGroup(cell('ethnicGroup')), 'ethnicGroup') : null;
  const minorityMark = has('ethnicMinority') ? take(parseYesNo(cell('ethnicMinority')), 'ethnicMinority') : null;
  const position = has('position') ? take(parsePosition(cell('position')), 'position') : null;
  const group = has('staffGroup') ? take(parseStaffGroup(cell('staffGroup')), 'staffGroup') : null;
  const training = has('trainingLevel') ? take(parseTrainingLevel(cell('trainingLevel')), 'trainingLevel') : null;
  const politicalTheory = has('politicalTheory') ? take(parsePoliticalTheory(cell('politicalTheory')), 'politicalTheory') : null;
  const isPartyMember = has('partyMember') ? take(parsePartyMember(cell('partyMember')), 'partyMember') : false;
  const isPartyCommitteeMember = has('partyCommittee') ? take(parsePartyCommittee(cell('partyCommittee')), 'partyCommittee') : false;
  const pool = has('planningPool') ? take(parsePlanningPool(cell('planningPool')), 'planningPool') : null;
  const years = has('genderTrainingYear') ? take(parseTrainingYears(cell('genderTrainingYear'), dateOptions), 'genderTrainingYear') : [];
  const committeeRole = has('committeeRole') ? take(parseCommitteeRole(cell('committeeRole')), 'committeeRole') : null;
  const startDate = has('startDate') ? take(parseCalendarDate(cell('startDate'), dateOptions), 'startDate') : null;
  const endDate = has('endDate') ? take(parseCalendarDate(cell('endDate'), dateOptions), 'endDate') : null;
  if (startDate && endDate && endDate <= startDate) {
    hasError = true;
    log.error({ row, column: at('endDate'), message: 'Ngày rời đơn vị phải sau ngày đến đơn vị' });
  }
  if (hasError) return null;

  // A written group wins over the one the position implies ("Tổ trưởng" who is listed as CBQL).
  const staffGroup: StaffGroup | null = group ?? position?.staffGroup ?? null;
  const degree = training?.degree ?? null;
  return {
    row,
    startDate,
    endDate,
    facts: {
      fullName: fullName!,
      birth: birth!,
      sex: sex!,
      ethnicGroupCode: ethnic?.code ?? null,
      isEthnicMinority: ethnicMinorityOf(ethnic?.code ?? null, minorityMark),
      position: position?.position ?? null,
      staffGroup,
      degree,
      trainingStandard: training?.standard ?? deriveTrainingStandard(degree, context.schoolLevel, staffGroup),
      politicalTheory,
      isPartyMember: isPartyMember ?? false,
      isPartyCommitteeMember: isPartyCommitteeMember ?? false,
      isInPlanningPool: pool !== null,
      planningPoolPost: pool?.post ?? null,
      genderTrainingYears: years ?? [],
      committeeRole,
    },
  };
}
