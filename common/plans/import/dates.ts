/**
 * Dates as Vietnamese documents write them: "ngày 05/4/2023", "10/05/2023", "ngày 02 tháng
 * 10 năm 2015", and the place-date line under the national motto ("Thanh Trì, ngày 05 tháng
 * 03 năm 2025"). A draft leaves day and month blank ("Lào Cai, ngày   tháng   năm 2021"):
 * the year is still read, the date is null. Validity is checked by makeCalendarDate, so
 * 31/02 never becomes a date.
 */
import { makeCalendarDate, type CalendarDate } from '../../text/calendar-dates.ts';

export interface DateParts {
  day: number | null;
  month: number | null;
  year: number | null;
  /** 'yyyy-mm-dd' when day, month and year make a real day; null otherwise. */
  date: CalendarDate | null;
}

export interface DateMatch extends DateParts {
  /** Where the expression starts and ends in the searched text ("ngày" included when written). */
  index: number;
  end: number;
  text: string;
}

export function dateParts(day: number | null, month: number | null, year: number | null): DateParts {
  const validMonth = month !== null && month >= 1 && month <= 12 ? month : null;
  const validDay = day !== null && day >= 1 && day <= 31 ? day : null;
  const date = validDay !== null && validMonth !== null && year !== null ? makeCalendarDate(year, validMonth, validDay) : null;
  return { day: validDay, month: validMonth, year, date };
}

function toNumber(value: string | undefined): number | null {
  return value === undefined ? null : Number(value);
}

// "ngày 02 tháng 10 năm 2015"; day and month may be blank, dotted or underscored in a draft.
const WORD_DATE = /(?<![\p{L}\p{N}])ngày(?:\s{1,10}(\d{1,2}))?[\s.…_\-]{0,30}tháng(?:\s{1,10}(\d{1,2}))?[\s.…_\-]{0,30}năm\s{0,10}(\d{4})(?!\d)/giu;
// "ngày 05/4/2023", "10/05/2023", "5-4-2023", "05.4.2023" (the dotted form only with a year,
// so an outline label "2.1." is never a date).
const NUMERIC_DATE = /(?:(?<![\p{L}\p{N}])ngày\s{1,5})?(?<![\p{N}/.\-])(\d{1,2})\s?([/\-.])\s?(\d{1,2})\s?\2\s?(\d{4})(?![\p{N}/])/giu;

/** Every date with a year in `text`, in order. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(WORD_DATE)) {
    found.push({ ...dateParts(toNumber(m[1]), toNumber(m[2]), Number(m[3])), index: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const overlaps = found.some((f) => m.index < f.end && m.index + m[0].length > f.index);
    if (overlaps) continue;
    found.push({ ...dateParts(Number(m[1]), Number(m[3]), Number(m[4])), index: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date written in `text`, or null when there is none. */
export function parseVietnameseDate(text: string): DateParts | null {
  const [first] = findDates(text.normalize('NFC'));
  if (!first) return null;
  return { day: first.day, month: first.month, year: first.year, date: first.date };
}

/**
 * A date written at the very start of `text` (after optional white space and a comma):
 * how a citation's "… ngày 05/4/2023 của …" is read. Returns the parts and where the date ends.
 */
export function dateAtStart(text: string): (DateParts & { end: number }) | null {
  const lead = /^[\s,]{0,5}(?:ban hành\s)?/iu.exec(text);
  const offset = lead ? lead[0].length : 0;
  const rest = text.slice(offset, offset + 80);
  const [first] = findDates(rest);
  if (!first || first.index !== 0) return null;
  return { day: first.day, month: first.month, year: first.year, date: first.date, end: offset + first.end };
}

export interface PlaceDate extends DateParts {
  place: string;
}

const PLACE_DATE = /^(\p{Lu}[^,;:]{1,59}?)\s?,\s?(?=ngày(?![\p{L}]))/iu;

/**
 * The place-date line: "Thanh Trì, ngày 05 tháng 03 năm 2025" → Thanh Trì, 2025-03-05;
 * "Lào Cai, ngày tháng năm 2021" → Lào Cai, date null, year 2021. Null when the line is
 * not one.
 */
export function parsePlaceDate(line: string): PlaceDate | null {
  const text = line.normalize('NFC').trim();
  if (text.length > 160) return null;
  const head = PLACE_DATE.exec(text);
  if (!head) return null;
  const place = head[1]!.trim();
  const rest = text.slice(head[0].length);
  const [first] = findDates(rest);
  if (first && first.index === 0) return { place, day: first.day, month: first.month, year: first.year, date: first.date };
  // "ngày … tháng … năm 20…": nothing but the words; or a year alone.
  const year = /năm\s{0,10}(\d{4})(?!\d)/iu.exec(rest);
  if (!/tháng/iu.test(rest) && !year) return null;
  return { place, ...dateParts(null, null, year ? Number(year[1]) : null) };
}
