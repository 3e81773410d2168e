/**
 * How numbers and dates look to a Vietnamese reader: 1.234,5 and 05/03/2025.
 * Dates are shown in Asia/Ho_Chi_Minh whatever the server's or browser's zone.
 */

import { calendarDateInVietnam } from './calendar-dates.ts';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, maximumFractionDigits = 1, locale = 'vi-VN'): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(value: Date): Record<string, string> {
  return Object.fromEntries(dateParts.formatToParts(value).map((p) => [p.type, p.value]));
}

/** A calendar date ("2025-07-01") or an instant, as dd/mm/yyyy. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const p = parts(typeof value === 'string' ? new Date(value) : value);
  return `${p.day}/${p.month}/${p.year}`;
}

/** An instant as dd/mm/yyyy hh:mm in Vietnam time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const p = parts(typeof value === 'string' ? new Date(value) : value);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today's calendar date in Vietnam, as yyyy-mm-dd (fixed +07:00 arithmetic, see calendar-dates.ts). */
export function todayInVietnam(now: Date = new Date()): string {
  return calendarDateInVietnam(now);
}

/** Reads dd/mm/yyyy (or yyyy-mm-dd) into yyyy-mm-dd; null when it is not a real date. */
export function parseVietnameseDate(value: string): string | null {
  const text = value.trim();
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
