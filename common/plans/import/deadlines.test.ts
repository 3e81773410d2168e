import { describe, expect, it } from 'vitest';
import { dedupeDeadlines, findReportingDeadlines, hasUndatedReportingPeriod } from './deadlines.ts';

const found = (text: string) => findReportingDeadlines(text).map(({ text: _t, ...d }) => d);

describe('findReportingDeadlines', () => {
  it('6 months and the year, each in its parentheses', () => {
    expect(found('Báo cáo kết quả theo định kỳ 6 tháng (trước ngày 1/6) và cả năm (trước ngày 25/11).')).toEqual([
      { label: '6 tháng', day: 1, month: 6 },
      { label: 'Cả năm', day: 25, month: 11 },
    ]);
  });

  it('with years, "tổng kết" as the yearly report, and the sentence kept', () => {
    const deadlines = findReportingDeadlines('Thực hiện báo cáo 06 tháng đầu năm (báo cáo trước ngày 15/5/2023), báo cáo tổng kết (báo cáo trước ngày 15/12/2023) và gửi bản scan qua e-mail.');
    expect(deadlines.map(({ text: _t, ...d }) => d)).toEqual([
      { label: '6 tháng', day: 15, month: 5, year: 2023 },
      { label: 'Cả năm', day: 15, month: 12, year: 2023 },
    ]);
    expect(deadlines[0]!.text).toContain('báo cáo tổng kết');
  });

  it('months only', () => {
    expect(found('Thực hiện chế độ báo cáo kết quả triển khai Kế hoạch vào tháng 6 và tháng 12 hằng năm.')).toEqual([
      { label: '6 tháng', month: 6 },
      { label: 'Cả năm', month: 12 },
    ]);
  });

  it('two dates after one "trước ngày", in words or in figures', () => {
    expect(found('Gửi báo cáo về Phòng trước ngày 5/6 và 30/11.')).toEqual([
      { label: '6 tháng', day: 5, month: 6 },
      { label: 'Cả năm', day: 30, month: 11 },
    ]);
    expect(found('gửi báo cáo về Ủy ban nhân dân quận trước ngày 01 tháng 05 và 01 tháng 11 hàng năm')).toEqual([
      { label: '6 tháng', day: 1, month: 5 },
      { label: 'Cả năm', day: 1, month: 11 },
    ]);
    expect(found('Báo cáo định kỳ 6 tháng và cả năm trước ngày 1/5 và 1/11.')).toEqual([
      { label: '6 tháng', day: 1, month: 5 },
      { label: 'Cả năm', day: 1, month: 11 },
    ]);
  });

  it('the plan’s publication link', () => {
    expect(found('Công bố Kế hoạch trên trang thông tin điện tử và gửi đường link về Phòng Giáo dục và Đào tạo trong tháng 03/2025 (qua email).')).toEqual([
      { label: 'Gửi đường link kế hoạch', month: 3, year: 2025 },
    ]);
  });

  it('quarters, semesters and the school year', () => {
    expect(found('Báo cáo quý I trước ngày 25/3/2025.')).toEqual([{ label: 'Quý I', day: 25, month: 3, year: 2025 }]);
    expect(found('Báo cáo sơ kết học kỳ I chậm nhất ngày 10/01/2025.')).toEqual([{ label: 'Học kỳ I', day: 10, month: 1, year: 2025 }]);
  });

  it('skips semesters named without a date, dates that are not limits, and sentences not about reporting', () => {
    expect(found('Định kỳ học kỳ I và cuối học kỳ II hàng năm báo cáo kết quả thực hiện về Phòng.')).toEqual([]);
    expect(found('Báo cáo kết quả thực hiện Kế hoạch số 15/KH-SGDĐT ngày 10/02/2024 của Sở.')).toEqual([]);
    expect(found('Tổ chức Tháng hành động từ ngày 15/11/2023 đến 15/12/2023 và báo cáo kết quả.')).toEqual([]);
    expect(found('Tổ chức Tháng hành động (tháng 6/2023) trước ngày 30/6.')).toEqual([]);
    expect(found('Kỷ niệm ngày Quốc tế phụ nữ 8/3; kịp thời báo cáo khi có yêu cầu.')).toEqual([]);
  });
});

describe('hasUndatedReportingPeriod', () => {
  it('is true for a periodic report without a date', () => {
    expect(hasUndatedReportingPeriod('Báo cáo tình hình thực hiện 06 tháng/năm của đơn vị.')).toBe(true);
    expect(hasUndatedReportingPeriod('Định kỳ học kỳ I và cuối học kỳ II hàng năm báo cáo kết quả.')).toBe(true);
    expect(hasUndatedReportingPeriod('Báo cáo 6 tháng trước ngày 1/6.')).toBe(false);
    expect(hasUndatedReportingPeriod('Tổ chức sơ kết và báo cáo định kỳ, đột xuất.')).toBe(false);
  });
});

describe('dedupeDeadlines', () => {
  it('keeps the first of the same day of the same year', () => {
    expect(dedupeDeadlines([
      { label: '6 tháng', day: 1, month: 5 },
      { label: 'Báo cáo', day: 1, month: 5 },
      { label: 'Cả năm', month: 12 },
      { label: 'Cả năm', day: 1, month: 5, year: 2024 },
    ])).toEqual([
      { label: '6 tháng', day: 1, month: 5 },
      { label: 'Cả năm', month: 12 },
      { label: 'Cả năm', day: 1, month: 5, year: 2024 },
    ]);
  });
});
