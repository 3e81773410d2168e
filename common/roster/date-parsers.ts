/**
 * Dates as rosters hold them: dd/mm/yyyy text (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy),
 * ISO yyyy-mm-dd, Excel serial numbers, the JavaScript Dates the xlsx reader makes of
 * date cells, and a bare year. Each parser answers with a value or with a reason in
 * Vietnamese that the import puts after "Dòng 12, cột C: ".
 *
 * Excel serials follow the 1900 date system unless the workbook says 1904: serial 1 is
 * 01/01/1900 and serial 60 is 29/02/1900, a day that never was — Excel kept Lotus 1-2-3's
 * leap-year bug — so 60 is refused and 61 is 01/03/1900.
 */
import { fromDayNumber, makeCalendarDate, toDayNumber } from '../text/calendar-dates.ts';
import type { CalendarDate } from '../text/calendar-dates.ts';
import { formatDate } from '../text/format.ts';
import { cellText, wordKey } from './cell-text.ts';
import type { CellValue, ParsedValue } from './cell-text.ts';
import type { BirthDate } from './roster-record.ts';

export interface DateOptions {
  /** The workbook uses the 1904 date system (Excel for Mac before 2011). */
  date1904?: boolean;
}

export interface BirthDateOptions extends DateOptions {
  /** Today in Vietnam ('yyyy-mm-dd'), to refuse a birth in the future; passed in so the parser stays pure. */
  today: CalendarDate;
}

// Day numbers (days since 1970-01-01) of Excel's day 0 in each system: 1899-12-30 is day 0
// for serials from 61 up (the phantom 29/02/1900 shifts everything after it by one).
const EXCEL_1900_EPOCH = toDayNumber('1899-12-30');
const EXCEL_1904_EPOCH = toDayNumber('1904-01-01');
const LOTUS_LEAP_DAY = 60;

const MIN_AGE_WITHOUT_WARNING = 18;
const MAX_AGE_WITHOUT_WARNING = 65;
const MAX_AGE = 100;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

type DateReading =
  | { kind: 'blank' }
  | { kind: 'date'; date: CalendarDate; warning?: string }
  | { kind: 'year'; year: number }
  | { kind: 'error'; error: string };

/** The calendar day of an Excel serial number, or an error for the phantom 29/02/1900 and for serials before day 1. */
export function excelSerialToDate(serial: number, options: DateOptions = {}): ParsedValue<CalendarDate> {
  if (!Number.isFinite(serial)) return { ok: false, error: 'Không phải một ngày' };
  // The fraction is the time of day; a birth date has none worth keeping.
  const day = Math.floor(serial);
  if (options.date1904) {
    if (day < 0) return { ok: false, error: `Số ngày Excel ${serial} nằm trước ngày 01/01/1904` };
    return { ok: true, value: fromDayNumber(EXCEL_1904_EPOCH + day) };
  }
  if (day < 1) return { ok: false, error: `Số ngày Excel ${serial} nằm trước ngày 01/01/1900` };
  if (day === LOTUS_LEAP_DAY) return { ok: false, error: 'Ngày 29/02/1900 không có thật (lỗi năm nhuận của Excel): kiểm tra lại ô này' };
  return { ok: true, value: fromDayNumber(EXCEL_1900_EPOCH + day + (day < LOTUS_LEAP_DAY ? 1 : 0)) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateFromParts(day: number, month: number, year: number, written: string): DateReading {
  if (month < 1 || month > 12) {
    const hint = day >= 1 && day <= 12 && month <= 31 ? ' (ngày ghi trước, tháng ghi sau: ngày/tháng/năm)' : '';
    return { kind: 'error', error: `"${written}" không phải ngày có thật: không có tháng ${month}${hint}` };
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) return { kind: 'error', error: `"${written}": năm ${year} không hợp lệ` };
  const date = makeCalendarDate(year, month, day);
  if (!date) return { kind: 'error', error: `"${written}" không phải ngày có thật: tháng ${month}/${year} có ${daysInMonth(year, month)} ngày` };
  return { kind: 'date', date };
}

// d/m/yyyy with / - or . (spaces tolerated around them), optionally followed by a time.
const DAY_MONTH_YEAR = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMBER = /^\d+(?:[.,]\d+)?$/;
const NOT_TRAINED = new Set(['0', 'khong', 'chua', 'khong co', 'chua tap huan', 'chua duoc tap huan']);

function readNumber(value: number, options: DateOptions): DateReading {
  // 1985 is a year, not serial 1985 (1905-06-07): no roster has a person born in 1905.
  if (Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR) return { kind: 'year', year: value };
  const date = excelSerialToDate(value, options);
  return date.ok ? { kind: 'date', date: date.value } : { kind: 'error', error: date.error };
}

function readDateCell(value: CellValue, options: DateOptions, today: CalendarDate | null): DateReading {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'error', error: 'Ô ngày tháng bị hỏng' };
    // The xlsx reader builds date cells at UTC midnight; the UTC calendar day is the one in the sheet.
    return { kind: 'date', date: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number') return readNumber(value, options);
  if (typeof value === 'boolean') return { kind: 'error', error: `"${cellText(value)}" không phải ngày tháng` };
  const text = cellText(value);
  if (text === '') return { kind: 'blank' };
  if (NUMBER.test(text)) return readNumber(Number(text.replace(',', '.')), options);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const [day, month] = [Number(dmy[1]), Number(dmy[3])];
    const yearText = dmy[4]!;
    if (yearText.length === 4) return dateFromParts(day, month, Number(yearText), text);
    return twoDigitYear(day, month, Number(yearText), text, today);
  }
  const iso = ISO.exec(text);
  if (iso) return dateFromParts(Number(iso[3]), Number(iso[2]), Number(iso[1]), text);
  return { kind: 'error', error: `Không đọc được ngày "${text}": ghi theo dạng ngày/tháng/năm, ví dụ 05/03/1985` };
}

/** "12/03/85": the century that puts the date in the past, said as a warning so the person checks it. */
function twoDigitYear(day: number, month: number, yy: number, written: string, today: CalendarDate | null): DateReading {
  if (!today) return { kind: 'error', error: `"${written}": năm cần ghi đủ 4 chữ số` };
  const thisYear = Number(today.slice(0, 4));
  const year = 2000 + yy <= thisYear ? 2000 + yy : 1900 + yy;
  const reading = dateFromParts(day, month, year, written);
  if (reading.kind !== 'date') return reading;
  return { ...reading, warning: `Năm "${String(yy).padStart(2, '0')}" được hiểu là ${year}: nên ghi đủ 4 chữ số` };
}

/**
 * A birth date (ngày sinh) or a bare birth year (năm sinh). Blank is null; the import
 * decides whether the column is required. A date after today, or more than 100 years
 * ago, is an error; a person under 18 or over 65 is a warning to confirm.
 */
export function parseBirthDate(value: CellValue, options: BirthDateOptions): ParsedValue<BirthDate | null> {
  const reading = readDateCell(value, options, options.today);
  switch (reading.kind) {
    case 'blank':
      return { ok: true, value: null };
    case 'error':
      return { ok: false, error: reading.error };
    case 'year':
      return checkAge({ year: reading.year }, String(reading.year), options.today);
    case 'date': {
      const checked = checkAge({ date: reading.date }, formatDate(reading.date), options.today);
      if (!checked.ok || !reading.warning) return checked;
      return { ...checked, warning: checked.warning ? `${reading.warning}; ${checked.warning}` : reading.warning };
    }
  }
}

function ageOn(birth: BirthDate, today: CalendarDate): number {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  if ('year' in birth) return year - birth.year;
  const [birthYear, birthMonth, birthDay] = birth.date.split('-').map(Number) as [number, number, number];
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

function checkAge(birth: BirthDate, shown: string, today: CalendarDate): ParsedValue<BirthDate> {
  const isFuture = 'year' in birth ? birth.year > Number(today.slice(0, 4)) : birth.date > today;
  if (isFuture) return { ok: false, error: `Ngày sinh ${shown} ở sau ngày hôm nay` };
  const age = ageOn(birth, today);
  if (age > MAX_AGE) return { ok: false, error: `Sinh ${shown} thì đã hơn ${MAX_AGE} tuổi: kiểm tra lại năm sinh` };
  if (age < MIN_AGE_WITHOUT_WARNING) return { ok: true, value: birth, warning: `Sinh ${shown} thì chưa đủ ${MIN_AGE_WITHOUT_WARNING} tuổi: kiểm tra lại năm sinh` };
  if (age > MAX_AGE_WITHOUT_WARNING) return { ok: true, value: birth, warning: `Sinh ${shown} thì đã ${age} tuổi, quá tuổi nghỉ hưu: kiểm tra lại năm sinh` };
  return { ok: true, value: birth };
}

/**
 * A full calendar date (start or end in the unit). A bare year is refused: the figures
 * are computed as of a day, and a year cannot say which side of it the person was.
 */
export function parseCalendarDate(value: CellValue, options: DateOptions = {}): ParsedValue<CalendarDate | null> {
  const reading = readDateCell(value, options, null);
  switch (reading.kind) {
    case 'blank':
      return { ok: true, value: null };
    case 'error':
      return { ok: false, error: reading.error };
    case 'year':
      return { ok: false, error: `Chỉ có năm ${reading.year}: cần ghi đủ ngày/tháng/năm` };
    case 'date':
      return { ok: true, value: reading.date };
  }
}

/**
 * The years of a person's trainings on gender topics: "2023", "2021, 2024", a date
 * ("15/11/2024" → 2024). An "x" with no year is refused: the figure counts trainings
 * by year, so a training without one cannot be counted.
 */
export function parseTrainingYears(value: CellValue, options: BirthDateOptions): ParsedValue<number[]> {
  const thisYear = Number(options.today.slice(0, 4));
  let years: number[];
  if (value instanceof Date || typeof value === 'number') {
    const reading = readDateCell(value, options, options.today);
    if (reading.kind === 'error') return { ok: false, error: reading.error };
    years = reading.kind === 'year' ? [reading.year] : reading.kind === 'date' ? [Number(reading.date.slice(0, 4))] : [];
  } else {
    const text = cellText(value);
    if (text === '' || text === '-' || NOT_TRAINED.has(wordKey(text))) return { ok: true, value: [] };
    const found = text.match(/\d{4}/g);
    if (!found) return { ok: false, error: `Ghi năm được tập huấn, ví dụ 2024 (ô đang ghi "${text}")` };
    years = found.map(Number);
  }
  const wrong = years.find((year) => year < 1990 || year > thisYear);
  if (wrong !== undefined) return { ok: false, error: `Năm tập huấn ${wrong} không hợp lệ (từ 1990 đến ${thisYear})` };
  return { ok: true, value: [...new Set(years)].sort((a, b) => a - b) };
}
