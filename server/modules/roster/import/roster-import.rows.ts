/**
 * One data row of a roster sheet → a compact parsed record (the person's facts, the row
 * number, start and end dates), with every problem pointed at its row and column. The
 * parsers are the pure core's (common/roster/); this file only knows which column holds
 * which field and which fields a row cannot do without.
 *
 * Problems are kept in a capped log: a file of 100,000 bad rows keeps its first errors
 * and the true counts, never 100,000 messages.
 *
 * A sheet says "Giáo viên", "Đại học" or "Kinh" thousands of times: the answer of a
 * parser to a cell value it has already read in this file is taken from a memo
 * (ParseMemo). The parsers are pure functions of the value (and of the file's today and
 * date system, fixed for a file), so this changes nothing but the time.
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
  /** The answers already given for this file's cell values (one memo per file: they depend on today and date1904). */
  memo?: ParseMemo;
}

/** Distinct values remembered per parser: a column of names or of free text must not grow it without bound. */
const MEMO_ENTRIES = 5000;
/** Longer text is rarely repeated: not worth remembering. */
const MEMO_TEXT_LENGTH = 120;

type MemoKey = string | number | boolean | null | undefined;

/**
 * One file's parser answers by cell value. Values are told apart by type (the number
 * 1990 and the text "1990" may parse differently); a Date by its time, in a map of its
 * own. Answers are shared between rows, so callers treat them as read-only.
 */
export class ParseMemo {
  private readonly byValue = new Map<string, Map<MemoKey, ParsedValue<unknown>>>();
  private readonly byTime = new Map<string, Map<number, ParsedValue<unknown>>>();

  parse<T>(parser: string, value: CellValue, read: (value: CellValue) => ParsedValue<T>): ParsedValue<T> {
    if (value instanceof Date) return this.lookUp(this.byTime, parser, value.getTime(), value, read);
    if (typeof value === 'string' && value.length > MEMO_TEXT_LENGTH) return read(value);
    return this.lookUp(this.byValue, parser, value, value, read);
  }

  private lookUp<K, T>(maps: Map<string, Map<K, ParsedValue<unknown>>>, parser: string, key: K, value: CellValue, read: (value: CellValue) => ParsedValue<T>): ParsedValue<T> {
    let map = maps.get(parser);
    if (!map) maps.set(parser, (map = new Map()));
    const known = map.get(key);
    if (known) return known as ParsedValue<T>;
    const parsed = read(value);
    if (map.size < MEMO_ENTRIES) map.set(key, parsed);
    return parsed;
  }
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
  const memo = context.memo;
  /** The parse of one cell, from the file's memo when there is one. */
  const parseCell = <T>(field: RosterField, read: (value: CellValue) => ParsedValue<T>): ParsedValue<T> => (memo ? memo.parse(field, cell(field), read) : read(cell(field)));
  const readBirthDate = (value: CellValue) => parseBirthDate(value, dateOptions);
  const readCalendarDate = (value: CellValue) => parseCalendarDate(value, dateOptions);
  const readTrainingYears = (value: CellValue) => parseTrainingYears(value, dateOptions);

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
    if (has('birthDate')) birth = take(parseCell('birthDate', readBirthDate), 'birthDate');
    if (!birth && has('birthYear') && !isBlankCell(cell('birthYear'))) birth = take(parseCell('birthYear', readBirthDate), 'birthYear');
  }
  if (has('sex')) sex = take(parseCell('sex', parseSex), 'sex') ?? sex;
  else if (!sex && has('female') && has('male')) sex = take(parseSexMarkPair(cell('male'), cell('female')), 'female');
  else if (!sex && has('female')) sex = take(parseCell('female', parseFemaleMark), 'female');
  else if (!sex && has('male')) sex = take(parseCell('male', parseMaleMark), 'male');

  const required = (value: unknown, field: RosterField | null, message: string) => {
    if (value !== null || hasError) return;
    hasError = true;
    log.error({ row, column: at(field), message });
  };
  required(fullName, has('fullName') ? 'fullName' : 'givenName', 'Thiếu họ và tên');
  required(birth, has('birthDate') ? 'birthDate' : has('birthYear') ? 'birthYear' : 'birthDateFemale', 'Thiếu ngày sinh (hoặc năm sinh)');
  required(sex, has('sex') ? 'sex' : has('female') ? 'female' : 'male', 'Thiếu giới tính');

  // The rest: blank means not known, or no.
  const ethnic = has('ethnicGroup') ? take(parseCell('ethnicGroup', parseEthnicGroup), 'ethnicGroup') : null;
  const minorityMark = has('ethnicMinority') ? take(parseCell('ethnicMinority', parseYesNo), 'ethnicMinority') : null;
  const position = has('position') ? take(parseCell('position', parsePosition), 'position') : null;
  const group = has('staffGroup') ? take(parseCell('staffGroup', parseStaffGroup), 'staffGroup') : null;
  const training = has('trainingLevel') ? take(parseCell('trainingLevel', parseTrainingLevel), 'trainingLevel') : null;
  const politicalTheory = has('politicalTheory') ? take(parseCell('politicalTheory', parsePoliticalTheory), 'politicalTheory') : null;
  const isPartyMember = has('partyMember') ? take(parseCell('partyMember', parsePartyMember), 'partyMember') : false;
  const isPartyCommitteeMember = has('partyCommittee') ? take(parseCell('partyCommittee', parsePartyCommittee), 'partyCommittee') : false;
  const pool = has('planningPool') ? take(parseCell('planningPool', parsePlanningPool), 'planningPool') : null;
  const years = has('genderTrainingYear') ? take(parseCell('genderTrainingYear', readTrainingYears), 'genderTrainingYear') : [];
  const committeeRole = has('committeeRole') ? take(parseCell('committeeRole', parseCommitteeRole), 'committeeRole') : null;
  const startDate = has('startDate') ? take(parseCell('startDate', readCalendarDate), 'startDate') : null;
  const endDate = has('endDate') ? take(parseCell('endDate', readCalendarDate), 'endDate') : null;
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
      // A copy: the memo's answer is shared by every row with the same cell.
      genderTrainingYears: years ? [...years] : [],
      committeeRole,
    },
  };
}
