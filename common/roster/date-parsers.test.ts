import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excelSerialToDate, parseBirthDate, parseCalendarDate, parseTrainingYears } from './date-parsers.ts';
import type { CellValue } from './cell-text.ts';

const TODAY = '2025-06-15';
const birth = (value: CellValue) => parseBirthDate(value, { today: TODAY });

describe('excelSerialToDate — the 1900 date system and its leap-year bug', () => {
  it.each([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [62, '1900-03-02'],
    [366, '1900-12-31'],
    [367, '1901-01-01'],
    [25569, '1970-01-01'],
    [31118, '1985-03-12'],
    [36585, '2000-02-29'],
    [45823, '2025-06-15'],
    [31118.75, '1985-03-12'], // the time of day is dropped
  ])('serial %d is %s', (serial, date) => expect(excelSerialToDate(serial)).toEqual({ ok: true, value: date }));

  it('refuses serial 60, the 29/02/1900 that never was', () => {
    const result = excelSerialToDate(60);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('29/02/1900 không có thật');
  });
  it('refuses serials before day 1 and non-numbers', () => {
    expect(excelSerialToDate(0).ok).toBe(false);
    expect(excelSerialToDate(-5).ok).toBe(false);
    expect(excelSerialToDate(Number.NaN).ok).toBe(false);
  });
  it('reads the 1904 date system when the workbook uses it', () => {
    expect(excelSerialToDate(0, { date1904: true })).toEqual({ ok: true, value: '1904-01-01' });
    expect(excelSerialToDate(29656, { date1904: true })).toEqual({ ok: true, value: '1985-03-12' });
    expect(excelSerialToDate(-1, { date1904: true }).ok).toBe(false);
  });
});

describe('parseBirthDate — what people write', () => {
  it.each<[string, CellValue, { date: string } | { year: number }]>([
    ['dd/mm/yyyy', '12/03/1985', { date: '1985-03-12' }],
    ['d/m/yyyy', '5/3/1985', { date: '1985-03-05' }],
    ['dd-mm-yyyy', '12-03-1985', { date: '1985-03-12' }],
    ['dd.mm.yyyy', '12.03.1985', { date: '1985-03-12' }],
    ['spaces around the separators', '12 / 03 / 1985', { date: '1985-03-12' }],
    ['with a midnight time, as some exports add', '12/03/1985 00:00:00', { date: '1985-03-12' }],
    ['ISO', '1985-03-12', { date: '1985-03-12' }],
    ['ISO with a time', '1985-03-12T00:00:00.000Z', { date: '1985-03-12' }],
    ['yyyy/mm/dd', '1985/03/12', { date: '1985-03-12' }],
    ['a leap day of a leap year', '29/02/2000', { date: '2000-02-29' }],
    ['an Excel serial', 31118, { date: '1985-03-12' }],
    ['an Excel serial kept as text', '31118', { date: '1985-03-12' }],
    ['a Date from the xlsx reader (UTC midnight)', new Date(Date.UTC(1985, 2, 12)), { date: '1985-03-12' }],
    ['a bare year as a number', 1985, { year: 1985 }],
    ['a bare year as text', '1985', { year: 1985 }],
    ['a bare year with invisible characters pasted around it', '\u200b1985\ufeff', { year: 1985 }],
  ])('%s', (_, value, expected) => {
    const result = birth(value);
    expect(result).toEqual({ ok: true, value: expected });
  });

  it('leaves a blank cell to the import to decide', () => {
    expect(birth('')).toEqual({ ok: true, value: null });
    expect(birth(null)).toEqual({ ok: true, value: null });
    expect(birth(undefined)).toEqual({ ok: true, value: null });
    expect(birth('   ')).toEqual({ ok: true, value: null });
  });

  it.each<[string, CellValue, string]>([
    ['31 February', '31/02/1990', 'tháng 2/1990 có 28 ngày'],
    ['29 February of a common year', '29/02/1990', 'tháng 2/1990 có 28 ngày'],
    ['29 February 1900, not a leap year', '29/02/1900', 'tháng 2/1900 có 28 ngày'],
    ['31 April', '31/04/1990', 'tháng 4/1990 có 30 ngày'],
    ['month 13', '12/13/1990', 'không có tháng 13'],
    ['month and day swapped (US order)', '03/25/1990', 'ngày/tháng/năm'],
    ['day 0', '00/03/1990', 'không phải ngày có thật'],
    ['words', 'mười hai tháng ba', 'Không đọc được ngày'],
    ['Excel serial 60', 60, '29/02/1900 không có thật'],
    ['a boolean', true, 'không phải ngày tháng'],
  ])('refuses %s', (_, value, reason) => {
    const result = birth(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });

  it('refuses a birth in the future', () => {
    expect(birth('16/06/2025')).toEqual({ ok: false, error: 'Ngày sinh 16/06/2025 ở sau ngày hôm nay' });
    expect(birth(2026)).toMatchObject({ ok: false });
    expect(birth('15/06/2025')).toMatchObject({ ok: true, warning: expect.stringContaining('chưa đủ 18 tuổi') });
  });
  it('refuses a person more than 100 years old, and so the early Excel serials', () => {
    expect(birth('14/06/1924')).toMatchObject({ ok: false, error: expect.stringContaining('hơn 100 tuổi') });
    expect(birth('15/06/1925')).toMatchObject({ ok: true });
    expect(birth(1)).toMatchObject({ ok: false, error: expect.stringContaining('hơn 100 tuổi') });
    expect(birth(61)).toMatchObject({ ok: false, error: expect.stringContaining('hơn 100 tuổi') });
  });
  it('warns about someone under 18 or over 65, counting birthdays exactly', () => {
    expect(birth('16/06/2007')).toMatchObject({ ok: true, warning: expect.stringContaining('chưa đủ 18 tuổi') });
    expect(birth('15/06/2007')).toEqual({ ok: true, value: { date: '2007-06-15' } });
    expect(birth('16/06/1959')).toEqual({ ok: true, value: { date: '1959-06-16' } });
    expect(birth('15/06/1959')).toMatchObject({ ok: true, warning: expect.stringContaining('66 tuổi') });
    expect(birth(1958)).toMatchObject({ ok: true, warning: expect.stringContaining('quá tuổi nghỉ hưu') });
  });
  it('reads a two-digit year in the century that puts it in the past, with a warning', () => {
    expect(birth('12/03/85')).toEqual({ ok: true, value: { date: '1985-03-12' }, warning: 'Năm "85" được hiểu là 1985: nên ghi đủ 4 chữ số' });
    expect(birth('12/03/01')).toMatchObject({ ok: true, value: { date: '2001-03-12' } });
    // The century is picked so the year is not after this one; the age checks then judge the date.
    expect(birth('12/03/25')).toMatchObject({ ok: true, value: { date: '2025-03-12' } });
    expect(birth('12/03/26')).toMatchObject({ ok: true, value: { date: '1926-03-12' } });
  });
});

describe('parseCalendarDate — start and end in the unit', () => {
  it('reads full dates in every form and leaves blanks to the import', () => {
    expect(parseCalendarDate('01/09/2020')).toEqual({ ok: true, value: '2020-09-01' });
    expect(parseCalendarDate(44075)).toEqual({ ok: true, value: '2020-09-01' });
    expect(parseCalendarDate(new Date(Date.UTC(2020, 8, 1)))).toEqual({ ok: true, value: '2020-09-01' });
    expect(parseCalendarDate('')).toEqual({ ok: true, value: null });
  });
  it('refuses a bare year, which cannot say which side of an as-of date a person was', () => {
    expect(parseCalendarDate('2020')).toEqual({ ok: false, error: 'Chỉ có năm 2020: cần ghi đủ ngày/tháng/năm' });
  });
  it('refuses a two-digit year, having no today to pick the century against', () => {
    expect(parseCalendarDate('01/09/20')).toMatchObject({ ok: false, error: expect.stringContaining('4 chữ số') });
  });
});

describe('parseTrainingYears', () => {
  const years = (value: CellValue) => parseTrainingYears(value, { today: TODAY });
  it.each<[CellValue, number[]]>([
    ['', []],
    ['Không', []],
    ['chưa', []],
    ['-', []],
    ['2023', [2023]],
    [2024, [2024]],
    ['2021, 2024', [2021, 2024]],
    ['2024; 2021; 2024', [2021, 2024]],
    ['15/11/2024', [2024]],
    [new Date(Date.UTC(2024, 10, 15)), [2024]],
    [45611, [2024]],
  ])('%s → %j', (value, expected) => expect(years(value)).toEqual({ ok: true, value: expected }));

  it('refuses a training without a year, or in a year that cannot be', () => {
    expect(years('x')).toMatchObject({ ok: false, error: expect.stringContaining('Ghi năm được tập huấn') });
    expect(years('2026')).toMatchObject({ ok: false, error: 'Năm tập huấn 2026 không hợp lệ (từ 1990 đến 2025)' });
    expect(years('1975')).toMatchObject({ ok: false });
  });
});

// The server's zone must not move a date by a day.
describe.each(['America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'])('with the server in %s', (zone) => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  it('reads the same birth dates', () => {
    expect(birth(new Date(Date.UTC(1985, 2, 12)))).toEqual({ ok: true, value: { date: '1985-03-12' } });
    expect(birth(31118)).toEqual({ ok: true, value: { date: '1985-03-12' } });
    expect(birth('12/03/1985')).toEqual({ ok: true, value: { date: '1985-03-12' } });
  });
});
