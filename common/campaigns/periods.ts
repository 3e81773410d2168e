/**
 * Report periods (kỳ báo cáo): what a campaign reports on — a half year, a year,
 * a school year or a custom range — their dates, their Vietnamese names, their
 * validity, and the period before (the source of "prefill from the previous period").
 *
 * The school year's bounds are data (SchoolYearCalendar), not code: the Ministry sets
 * them each year and the default below is only the usual 05/09 – 31/05.
 */
import { addDays, compareDates, isCalendarDate, makeCalendarDate, toDayNumber } from '../text/calendar-dates.ts';
import type { CalendarDate } from '../text/calendar-dates.ts';
import { formatDate } from '../text/format.ts';

export const PERIOD_KINDS = ['half-year', 'year', 'school-year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type ReportPeriod =
  /** 6 tháng: half 1 = 01/01–30/06, half 2 = 01/07–31/12 of the calendar year. */
  | { kind: 'half-year'; year: number; half: 1 | 2 }
  | { kind: 'year'; year: number }
  /** Năm học startYear–(startYear+1). */
  | { kind: 'school-year'; startYear: number }
  | { kind: 'custom'; from: CalendarDate; to: CalendarDate };

export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

/** A day of the year, without the year: the school year's first and last days. */
export interface MonthDay {
  month: number;
  day: number;
}

/** The school year runs from `start` in year N to `end` in year N+1. */
export interface SchoolYearCalendar {
  start: MonthDay;
  end: MonthDay;
}

export const DEFAULT_SCHOOL_YEAR: SchoolYearCalendar = {
  start: { month: 9, day: 5 },
  end: { month: 5, day: 31 },
};

/** Years a report can be about; wide enough for imported history, narrow enough to catch typos. */
export const FIRST_REPORT_YEAR = 1990;
export const LAST_REPORT_YEAR = 2100;

export type PeriodCheck = { ok: true; range: DateRange } | { ok: false; message: string };

function isReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= LAST_REPORT_YEAR;
}

const YEAR_MESSAGE = `Năm phải là số nguyên từ ${FIRST_REPORT_YEAR} đến ${LAST_REPORT_YEAR}`;

/**
 * Checks a period and gives its dates. A month-day of the school-year calendar must
 * exist in every year (29/02 does not), and the school year must end before it starts
 * again.
 */
export function validatePeriod(period: ReportPeriod, calendar: SchoolYearCalendar = DEFAULT_SCHOOL_YEAR): PeriodCheck {
  switch (period.kind) {
    case 'half-year':
      if (!isReportYear(period.year)) return { ok: false, message: YEAR_MESSAGE };
      if (period.half !== 1 && period.half !== 2) return { ok: false, message: 'Kỳ 6 tháng phải là 6 tháng đầu năm hoặc 6 tháng cuối năm' };
      return { ok: true, range: rangeOf(period, calendar) };
    case 'year':
      if (!isReportYear(period.year)) return { ok: false, message: YEAR_MESSAGE };
      return { ok: true, range: rangeOf(period, calendar) };
    case 'school-year': {
      if (!isReportYear(period.startYear)) return { ok: false, message: YEAR_MESSAGE };
      const calendarProblem = validateSchoolYearCalendar(calendar);
      if (calendarProblem) return { ok: false, message: calendarProblem };
      return { ok: true, range: rangeOf(period, calendar) };
    }
    case 'custom': {
      if (!isCalendarDate(period.from)) return { ok: false, message: 'Ngày bắt đầu kỳ báo cáo không hợp lệ' };
      if (!isCalendarDate(period.to)) return { ok: false, message: 'Ngày kết thúc kỳ báo cáo không hợp lệ' };
      if (compareDates(period.from, period.to) > 0) return { ok: false, message: 'Ngày bắt đầu phải trước hoặc trùng ngày kết thúc kỳ báo cáo' };
      const years = [period.from, period.to].map((d) => Number(d.slice(0, 4)));
      if (!years.every(isReportYear)) return { ok: false, message: YEAR_MESSAGE };
      return { ok: true, range: { from: period.from, to: period.to } };
    }
    default:
      return { ok: false, message: 'Loại kỳ báo cáo không hợp lệ' };
  }
}

/** Null when the calendar is usable; otherwise why not, in Vietnamese. */
export function validateSchoolYearCalendar(calendar: SchoolYearCalendar): string | null {
  // 2023 is not a leap year: a month-day that exists in it exists in every year.
  const start = makeCalendarDate(2023, calendar.start.month, calendar.start.day);
  const end = makeCalendarDate(2023, calendar.end.month, calendar.end.day);
  if (!start || !end) return 'Ngày bắt đầu hoặc kết thúc năm học không hợp lệ';
  if (compareDates(end, start) >= 0) return 'Năm học phải kết thúc (năm sau) trước ngày bắt đầu năm học';
  return null;
}

/** The first and last day of a valid period. Throws on an invalid one: check with validatePeriod first. */
export function rangeOf(period: ReportPeriod, calendar: SchoolYearCalendar = DEFAULT_SCHOOL_YEAR): DateRange {
  const day = (year: number, month: number, dayOfMonth: number): CalendarDate => {
    const date = makeCalendarDate(year, month, dayOfMonth);
    if (!date) throw new RangeError(`Invalid period ${JSON.stringify(period)}`);
    return date;
  };
  switch (period.kind) {
    case 'half-year':
      return period.half === 1
        ? { from: day(period.year, 1, 1), to: day(period.year, 6, 30) }
        : { from: day(period.year, 7, 1), to: day(period.year, 12, 31) };
    case 'year':
      return { from: day(period.year, 1, 1), to: day(period.year, 12, 31) };
    case 'school-year':
      return {
        from: day(period.startYear, calendar.start.month, calendar.start.day),
        to: day(period.startYear + 1, calendar.end.month, calendar.end.day),
      };
    case 'custom':
      if (!isCalendarDate(period.from) || !isCalendarDate(period.to)) throw new RangeError(`Invalid period ${JSON.stringify(period)}`);
      return { from: period.from, to: period.to };
  }
}

/** The period's name as the seeds write it: "6 tháng đầu năm 2025", "Năm 2025", "Năm học 2024–2025". */
export function describePeriod(period: ReportPeriod): string {
  switch (period.kind) {
    case 'half-year':
      return `6 tháng ${period.half === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
    case 'year':
      return `Năm ${period.year}`;
    case 'school-year':
      return `Năm học ${period.startYear}–${period.startYear + 1}`;
    case 'custom':
      return `Từ ${formatDate(period.from)} đến ${formatDate(period.to)}`;
  }
}

/**
 * The period before, of the same kind: H1 2025 → H2 2024, H2 2025 → H1 2025,
 * 2025 → 2024, 2024–2025 → 2023–2024. A custom period does not repeat by itself,
 * so its predecessor is the range of the same number of days that ends the day
 * before it starts; a caller looking for last period's report of a custom campaign
 * should fall back to the latest earlier campaign of the same template.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  switch (period.kind) {
    case 'half-year':
      return period.half === 2 ? { kind: 'half-year', year: period.year, half: 1 } : { kind: 'half-year', year: period.year - 1, half: 2 };
    case 'year':
      return { kind: 'year', year: period.year - 1 };
    case 'school-year':
      return { kind: 'school-year', startYear: period.startYear - 1 };
    case 'custom': {
      const lengthInDays = toDayNumber(period.to) - toDayNumber(period.from) + 1;
      const to = addDays(period.from, -1);
      return { kind: 'custom', from: addDays(to, -(lengthInDays - 1)), to };
    }
  }
}

/** True when two periods are the same period (same kind and same identifying fields). */
export function isSamePeriod(a: ReportPeriod, b: ReportPeriod): boolean {
  return periodKey(a) === periodKey(b);
}

/** A stable text key for a period ('half-year:2025:1', 'custom:2025-01-01:2025-05-15'), for storage and lookup. */
export function periodKey(period: ReportPeriod): string {
  switch (period.kind) {
    case 'half-year':
      return `half-year:${period.year}:${period.half}`;
    case 'year':
      return `year:${period.year}`;
    case 'school-year':
      return `school-year:${period.startYear}`;
    case 'custom':
      return `custom:${period.from}:${period.to}`;
  }
}
