import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateInVietnam,
  endOfVietnamDayMs,
  fromDayNumber,
  isCalendarDate,
  makeCalendarDate,
  startOfVietnamDayMs,
  toDayNumber,
  toEpochMs,
} from './calendar-dates.ts';

describe('isCalendarDate', () => {
  it.each([
    ['2025-06-30', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['2025-6-30', false],
    ['30/06/2025', false],
    ['0099-01-01', false],
    ['', false],
  ])('%s → %s', (value, expected) => expect(isCalendarDate(value)).toBe(expected));
  it('refuses what is not a string', () => expect(isCalendarDate(20250630)).toBe(false));
});

describe('day arithmetic', () => {
  it('round-trips day numbers and crosses month, year and leap-day boundaries', () => {
    expect(fromDayNumber(toDayNumber('2025-06-30'))).toBe('2025-06-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(toDayNumber('2025-12-31') - toDayNumber('2025-01-01')).toBe(364);
  });
  it('throws on a date that does not exist rather than rolling it over', () => {
    expect(() => toDayNumber('2025-02-30')).toThrow(RangeError);
    expect(makeCalendarDate(2025, 2, 29)).toBeNull();
    expect(makeCalendarDate(2024, 2, 29)).toBe('2024-02-29');
  });
});

describe('Vietnam days as instants (+07:00, no daylight saving)', () => {
  it('starts a day at 17:00Z the day before and ends it at 16:59:59.999Z', () => {
    expect(new Date(startOfVietnamDayMs('2025-07-01')).toISOString()).toBe('2025-06-30T17:00:00.000Z');
    expect(new Date(endOfVietnamDayMs('2025-06-30')).toISOString()).toBe('2025-06-30T16:59:59.999Z');
  });
  it.each([
    ['2025-06-30T16:59:59.999Z', '2025-06-30'],
    ['2025-06-30T17:00:00.000Z', '2025-07-01'],
    ['2025-06-30T23:59:59+07:00', '2025-06-30'],
    ['2025-06-30T00:00:00-05:00', '2025-06-30'], // 12:00 in Hà Nội
    ['2024-12-31T17:00:00Z', '2025-01-01'],
  ])('the instant %s is %s in Vietnam', (instant, date) => expect(calendarDateInVietnam(instant)).toBe(date));
  it('throws on an unreadable instant instead of treating it as any day', () => {
    expect(() => toEpochMs('not a date')).toThrow(RangeError);
    expect(() => toEpochMs(new Date(Number.NaN))).toThrow(RangeError);
  });
});
