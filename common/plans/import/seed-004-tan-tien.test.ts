/**
 * Seed 004: Tân Tiến kindergarten plan 2022 — a school's own plan: two bases, the second
 * running into the school's clause, three focus areas (numbered 1, 3, 3 as written), a
 * 6-month report with no date, "TM. NHÀ TRƯỜNG" with the typo "HIỆU TRƯỜNG".
 */
import { describe, expect, it } from 'vitest';
import { seedText } from './fixtures.ts';
import { importText, outlineOf, warningTexts } from './testing.ts';

const { document, warnings } = importText(seedText('004'));

describe('seed 004 — Tân Tiến, trường mầm non, plan 2022', () => {
  it('header', () => {
    expect(document.kind).toBe('plan');
    expect(document.title).toBe('Triển khai thực hiện công tác bình đẳng giới và sự tiến bộ của phụ nữ năm 2022');
    expect(document.period).toEqual({ fromYear: 2022, toYear: 2022 });
    expect(document.number).toBeNull();
    expect(document.year).toBeNull();
  });

  it('legal bases and preamble', () => {
    expect(document.legalBases.map((c) => [c.lead, c.type, c.number, c.date, c.issuer])).toEqual([
      ['Thực hiện', 'Công văn', '482/SGDĐT-TCCB', '2022-03-24', 'Sở Giáo dục và Đào tạo tỉnh Hưng Yên'],
      ['Căn cứ', 'Công văn', '85/GD&ĐT-TCCB', '2022-03-28', 'Phòng Giáo dục và Đào tạo'],
    ]);
    expect(document.preamble).toEqual([
      'Trường Mầm non Tân Tiến triển khai một số nhiệm vụ trọng tâm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2022;',
      'Theo Kế hoạch, năm 2022 có 03 nhiệm vụ, giải pháp trọng tâm trong triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong nhà trường đó là:',
    ]);
  });

  it('three focus areas, as numbered in the text, read as tasks', () => {
    expect(outlineOf(document.sections)).toEqual([
      ['1.', 'Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030, Chương trình phòng ngừa, ứng phó với bạo lực trên cơ sở giới giai đoạn 2021-2030, Chương trình truyền thông về bình đẳng giới đến năm 2030', 'tasks'],
      ['3.', 'Đẩy mạnh truyền thông, tuyên truyền, phổ biến, giáo dục chính sách, pháp luật về bình đẳng giới', 'tasks'],
      ['3.', 'Nâng cao năng lực và hiệu quả quản lý nhà nước về bình đẳng giới và công tác vì sự tiến bộ của phụ nữ', 'tasks'],
    ]);
    expect(document.sections.map((s) => s.items.length)).toEqual([6, 8, 5]);
  });

  it('the 6-month report has no date: no deadline, a warning on its paragraph', () => {
    expect(document.reportingDeadlines).toEqual([]);
    const undated = warnings.find((w) => w.message.includes('không ghi hạn'));
    expect(undated?.paragraph).toBeTypeOf('number');
  });

  it('recipients and signer as written', () => {
    expect(document.recipients).toEqual(['LĐ Phòng', 'Cồng TTĐT nhà trường', 'Lưu VP']);
    expect(document.signer).toEqual({ authority: 'TM. NHÀ TRƯỜNG', title: 'HIỆU TRƯỜNG', name: 'Vũ Thị Mai Anh' });
    expect(warningTexts(warnings)).not.toContain('người ký');
  });
});
