/**
 * Calendar dates ('yyyy-mm-dd') and Vietnam-time instants, by plain arithmetic.
 *
 * A campaign's dates are days on the Vietnamese calendar, not instants. They are
 * kept as strings and turned into day numbers with Date.UTC, which never consults
 * the server's time zone. Vietnam is UTC+07:00 all year (no daylight saving since
 * 1975), so the instant a Vietnamese day starts or ends is a fixed offset from UTC
 * midnight: no Intl, no TZ database, the same answer on any server.
 */

/** 'yyyy-mm-dd', a day on the Vietnamese calendar. */
export type CalendarDate = string;

/** An instant: a Date, or an ISO 8601 string with its offset ('2025-06-30T16:59:59Z'). */
export type Instant = Date | string;

const MS_PER_DAY = 86_400_000;
/** Vietnam's offset from UTC: +07:00, constant since 1975. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day written 'yyyy-mm-dd' (2025-02-29 is not one). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && toDayNumberOrNull(value) !== null;
}

function toDayNumberOrNull(date: string): number | null {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear would be needed for them,
  // and no report is that old, so they are simply rejected.
  if (year < 1000 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return ms / MS_PER_DAY;
}

/** Days since 1970-01-01 for a calendar date; throws on anything that is not a real date. */
export function toDayNumber(date: CalendarDate): number {
  const dayNumber = toDayNumberOrNull(date);
  if (dayNumber === null) throw new RangeError(`Not a calendar date (yyyy-mm-dd): ${date}`);
  return dayNumber;
}

/** The calendar date of a day number (inverse of toDayNumber). */
export function fromDayNumber(dayNumber: number): CalendarDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Negative when a is earlier, for Array.prototype.sort; the string order is the date order. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds 'yyyy-mm-dd' from numbers; null when they do not make a real day. */
export function makeCalendarDate(year: number, month: number, day: number): CalendarDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(text) ? text : null;
}

/** Milliseconds since the epoch; throws on an unreadable instant so a bad value never passes as "not late". */
export function toEpochMs(instant: Instant): number {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return ms;
}

/** The first millisecond of a Vietnamese day (00:00:00.000 +07:00), as epoch ms. */
export function startOfVietnamDayMs(date: CalendarDate): number {
  return toDayNumber(date) * MS_PER_DAY - VIETNAM_OFFSET_MS;
}

/** The last millisecond of a Vietnamese day (23:59:59.999 +07:00), as epoch ms. */
export function endOfVietnamDayMs(date: CalendarDate): number {
  return startOfVietnamDayMs(date) + MS_PER_DAY - 1;
}

/** The day on the Vietnamese calendar at an instant. */
export function calendarDateInVietnam(instant: Instant): CalendarDate {
  return fromDayNumber(Math.floor((toEpochMs(instant) + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}
