import { describe, expect, it } from 'vitest';
import { dateAtStart, findDates, parsePlaceDate, parseVietnameseDate } from './dates.ts';

describe('parseVietnameseDate', () => {
  it.each([
    ['ngày 05/4/2023', '2023-04-05'],
    ['05/4/2023', '2023-04-05'],
    ['10/05/2023', '2023-05-10'],
    ['ngày 02 tháng 10 năm 2015', '2015-10-02'],
    ['Ngày 2 tháng 1 năm 2024', '2024-01-02'],
    ['ban hành ngày 29/02/2024', '2024-02-29'],
    ['05-4-2023', '2023-04-05'],
  ])('%s → %s', (text, date) => expect(parseVietnameseDate(text)?.date).toBe(date));

  it('keeps day, month and year apart, and gives no date for a day that does not exist', () => {
    expect(parseVietnameseDate('ngày 31/02/2023')).toEqual({ day: 31, month: 2, year: 2023, date: null });
    expect(parseVietnameseDate('ngày 29/02/2023')?.date).toBeNull();
  });

  it('reads a blank day and month as the year alone', () => {
    expect(parseVietnameseDate('ngày   tháng   năm 2021')).toEqual({ day: null, month: null, year: 2021, date: null });
    expect(parseVietnameseDate('ngày ... tháng ... năm 2025')).toEqual({ day: null, month: null, year: 2025, date: null });
  });

  it('never reads a document number or an outline label as a date', () => {
    expect(parseVietnameseDate('Nghị định số 20/2006/NĐ-CP')).toBeNull();
    expect(parseVietnameseDate('2.1.1. Mục tiêu')).toBeNull();
    expect(parseVietnameseDate('Kế hoạch 331/KH-UBND')).toBeNull();
    expect(parseVietnameseDate('không có ngày')).toBeNull();
  });
});

describe('findDates and dateAtStart', () => {
  it('finds every dated expression in order', () => {
    const found = findDates('từ ngày 15/11/2023 đến ngày 15 tháng 12 năm 2023');
    expect(found.map((d) => d.date)).toEqual(['2023-11-15', '2023-12-15']);
    expect(found[0]!.text).toBe('ngày 15/11/2023');
  });

  it('reads a citation date that opens the rest of a sentence', () => {
    expect(dateAtStart(' ngày 05/4/2023 của Bộ')).toMatchObject({ date: '2023-04-05', end: 15 });
    expect(dateAtStart(', ngày 02 tháng 10 năm 2015 về')?.date).toBe('2015-10-02');
    expect(dateAtStart(' của Bộ ngày 05/4/2023')).toBeNull();
  });
});

describe('parsePlaceDate', () => {
  it('reads place and date', () => {
    expect(parsePlaceDate('Thanh Trì, ngày 05 tháng 03 năm 2025')).toEqual({ place: 'Thanh Trì', day: 5, month: 3, year: 2025, date: '2025-03-05' });
    expect(parsePlaceDate('TP. Hồ Chí Minh, ngày 12/5/2023')).toMatchObject({ place: 'TP. Hồ Chí Minh', date: '2023-05-12' });
    expect(parsePlaceDate('Quận 7, ngày 10 tháng 8 năm 2016')).toMatchObject({ place: 'Quận 7', date: '2016-08-10' });
  });

  it('reads a draft date line: blank day and month, the year still known', () => {
    expect(parsePlaceDate('Lào Cai, ngày tháng năm 2021')).toEqual({ place: 'Lào Cai', day: null, month: null, year: 2021, date: null });
    expect(parsePlaceDate('Thanh Trì, ngày      tháng      năm 2025')).toMatchObject({ place: 'Thanh Trì', year: 2025, date: null });
  });

  it('is null for anything else', () => {
    expect(parsePlaceDate('Căn cứ Quyết định số 1/QĐ-TTg ngày 02/10/2015')).toBeNull();
    expect(parsePlaceDate('KẾ HOẠCH')).toBeNull();
    expect(parsePlaceDate('Hà Nội, ngày ấy')).toBeNull();
  });
});
