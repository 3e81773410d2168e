import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHOOL_YEAR,
  describePeriod,
  isSamePeriod,
  periodKey,
  previousPeriod,
  rangeOf,
  validatePeriod,
  validateSchoolYearCalendar,
} from './periods.ts';
import type { ReportPeriod } from './periods.ts';

describe('describePeriod', () => {
  it.each<[ReportPeriod, string]>([
    [{ kind: 'half-year', year: 2025, half: 1 }, '6 tháng đầu năm 2025'],
    [{ kind: 'half-year', year: 2025, half: 2 }, '6 tháng cuối năm 2025'],
    [{ kind: 'year', year: 2025 }, 'Năm 2025'],
    [{ kind: 'school-year', startYear: 2024 }, 'Năm học 2024–2025'],
    [{ kind: 'custom', from: '2024-11-16', to: '2025-05-15' }, 'Từ 16/11/2024 đến 15/05/2025'],
  ])('%j → %s', (period, label) => expect(describePeriod(period)).toBe(label));
});

describe('rangeOf', () => {
  it.each<[ReportPeriod, string, string]>([
    [{ kind: 'half-year', year: 2025, half: 1 }, '2025-01-01', '2025-06-30'],
    [{ kind: 'half-year', year: 2025, half: 2 }, '2025-07-01', '2025-12-31'],
    [{ kind: 'year', year: 2024 }, '2024-01-01', '2024-12-31'],
    [{ kind: 'school-year', startYear: 2024 }, '2024-09-05', '2025-05-31'],
    [{ kind: 'custom', from: '2025-03-01', to: '2025-03-01' }, '2025-03-01', '2025-03-01'],
  ])('%j runs %s – %s', (period, from, to) => expect(rangeOf(period)).toEqual({ from, to }));

  it('takes the school year from data, not code', () => {
    const calendar = { start: { month: 8, day: 15 }, end: { month: 6, day: 15 } };
    expect(rangeOf({ kind: 'school-year', startYear: 2025 }, calendar)).toEqual({ from: '2025-08-15', to: '2026-06-15' });
    expect(DEFAULT_SCHOOL_YEAR).toEqual({ start: { month: 9, day: 5 }, end: { month: 5, day: 31 } });
  });
});

describe('validatePeriod', () => {
  it.each<[string, ReportPeriod, string | null]>([
    ['a half year', { kind: 'half-year', year: 2025, half: 1 }, null],
    ['a half that does not exist', { kind: 'half-year', year: 2025, half: 3 as 1 }, 'Kỳ 6 tháng phải là 6 tháng đầu năm hoặc 6 tháng cuối năm'],
    ['a fractional year', { kind: 'year', year: 2025.5 }, 'Năm phải là số nguyên từ 1990 đến 2100'],
    ['a year far in the future', { kind: 'year', year: 2201 }, 'Năm phải là số nguyên từ 1990 đến 2100'],
    ['a school year', { kind: 'school-year', startYear: 2024 }, null],
    ['a one-day custom period', { kind: 'custom', from: '2025-05-15', to: '2025-05-15' }, null],
    ['a custom period ending before it starts', { kind: 'custom', from: '2025-05-16', to: '2025-05-15' }, 'Ngày bắt đầu phải trước hoặc trùng ngày kết thúc kỳ báo cáo'],
    ['a custom period from a day that does not exist', { kind: 'custom', from: '2025-02-29', to: '2025-05-15' }, 'Ngày bắt đầu kỳ báo cáo không hợp lệ'],
    ['a custom period to a day that does not exist', { kind: 'custom', from: '2025-01-01', to: '2025-04-31' }, 'Ngày kết thúc kỳ báo cáo không hợp lệ'],
    ['a custom period written the Vietnamese way', { kind: 'custom', from: '01/01/2025', to: '2025-04-30' }, 'Ngày bắt đầu kỳ báo cáo không hợp lệ'],
    ['an unknown kind', { kind: 'quarter', year: 2025 } as unknown as ReportPeriod, 'Loại kỳ báo cáo không hợp lệ'],
  ])('%s', (_, period, message) => {
    const check = validatePeriod(period);
    if (message === null) expect(check).toEqual({ ok: true, range: rangeOf(period) });
    else expect(check).toEqual({ ok: false, message });
  });

  it('refuses a school-year calendar that names 29/02 or ends after it starts again', () => {
    expect(validateSchoolYearCalendar(DEFAULT_SCHOOL_YEAR)).toBeNull();
    expect(validateSchoolYearCalendar({ start: { month: 2, day: 29 }, end: { month: 1, day: 31 } })).toBe('Ngày bắt đầu hoặc kết thúc năm học không hợp lệ');
    expect(validateSchoolYearCalendar({ start: { month: 9, day: 5 }, end: { month: 9, day: 30 } })).toBe('Năm học phải kết thúc (năm sau) trước ngày bắt đầu năm học');
    expect(validatePeriod({ kind: 'school-year', startYear: 2024 }, { start: { month: 9, day: 5 }, end: { month: 10, day: 1 } }).ok).toBe(false);
  });
});

describe('previousPeriod', () => {
  it.each<[ReportPeriod, ReportPeriod]>([
    [{ kind: 'half-year', year: 2025, half: 1 }, { kind: 'half-year', year: 2024, half: 2 }],
    [{ kind: 'half-year', year: 2025, half: 2 }, { kind: 'half-year', year: 2025, half: 1 }],
    [{ kind: 'year', year: 2025 }, { kind: 'year', year: 2024 }],
    [{ kind: 'school-year', startYear: 2024 }, { kind: 'school-year', startYear: 2023 }],
    // A custom period: the same number of days, ending the day before (here across a leap day).
    [{ kind: 'custom', from: '2024-03-01', to: '2024-03-31' }, { kind: 'custom', from: '2024-01-30', to: '2024-02-29' }],
    [{ kind: 'custom', from: '2025-01-01', to: '2025-01-01' }, { kind: 'custom', from: '2024-12-31', to: '2024-12-31' }],
  ])('%j is preceded by %j', (period, previous) => expect(previousPeriod(period)).toEqual(previous));

  it('gives periods that end the day before the next one starts, for the fixed kinds', () => {
    const periods: ReportPeriod[] = [
      { kind: 'half-year', year: 2025, half: 1 },
      { kind: 'half-year', year: 2025, half: 2 },
      { kind: 'year', year: 2025 },
    ];
    for (const period of periods) {
      const day = new Date(`${rangeOf(period).from}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() - 1);
      expect(rangeOf(previousPeriod(period)).to).toBe(day.toISOString().slice(0, 10));
    }
  });
});

describe('periodKey and isSamePeriod', () => {
  it('identifies a period by its kind and fields, not by object identity', () => {
    expect(periodKey({ kind: 'half-year', year: 2025, half: 1 })).toBe('half-year:2025:1');
    expect(isSamePeriod({ kind: 'year', year: 2025 }, { kind: 'year', year: 2025 })).toBe(true);
    expect(isSamePeriod({ kind: 'year', year: 2025 }, { kind: 'custom', from: '2025-01-01', to: '2025-12-31' })).toBe(false);
  });
});
