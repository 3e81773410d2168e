/**
 * Seed 002: Thanh Trì Office plan 2025 — six citations in two paragraphs (one with a
 * quoted title), upper-case headings, page breaks inside items, month-only deadlines and
 * the plan's publication link in the closing.
 */
import { describe, expect, it } from 'vitest';
import { seedText } from './fixtures.ts';
import { importText, outlineOf, sectionAt } from './testing.ts';

const { document } = importText(seedText('002'));

describe('seed 002 — Thanh Trì, Phòng GD&ĐT, plan 2025', () => {
  it('header', () => {
    expect(document.kind).toBe('plan');
    expect(document.number).toBe('/KH-PGD&ĐT');
    expect(document.place).toBe('Thanh Trì');
    expect(document.date).toBeNull();
    expect(document.year).toBe(2025);
    expect(document.title).toBe('Triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục và Đào tạo huyện Thanh Trì năm 2025');
    expect(document.period).toEqual({ fromYear: 2025, toYear: 2025 });
  });

  it('the legal-basis chain: Ministry → Hanoi → district', () => {
    expect(document.legalBases.map((c) => [c.lead, c.type, c.number, c.date, c.issuer])).toEqual([
      ['Thực hiện', 'Quyết định', '383/QĐ-BGDĐT', '2022-01-26', 'Bộ Giáo dục và Đào tạo'],
      ['Thực hiện', 'Kế hoạch', '331/KH-UBND', '2021-12-31', 'UBND thành phố Hà Nội'],
      ['Thực hiện', 'Kế hoạch', '36/KH-UBND', '2022-01-27', 'UBND thành phố Hà Nội'],
      ['Thực hiện', 'Quyết định', '73/QĐ-UBND', '2023-01-05', 'UBND thành phố Hà Nội'],
      ['Thực hiện', 'Kế hoạch', '07/KH-UBND', '2025-01-06', 'UBND thành phố Hà Nội'],
      ['Thực hiện', 'Kế hoạch', '89/KH-UBND', '2025-02-24', 'UBND huyện Thanh Trì'],
    ]);
    expect(document.legalBases[3]!.title).toBe(
      'ban hành đề án “Tuyên truyền nâng cao nhận thức về bình đẳng giới và kiến thức pháp luật cho phụ nữ dân tộc thiểu số giai đoạn 2022-2025” trên địa bàn thành phố Hà Nội',
    );
    expect(document.preamble).toHaveLength(1);
    expect(document.preamble[0]).toMatch(/^Ban vì sự tiến bộ phụ nữ ngành Giáo dục và Đào tạo huyện Thanh Trì ban hành Kế hoạch .* như sau:$/);
  });

  it('sections and roles', () => {
    expect(outlineOf(document.sections)).toEqual([
      ['I.', 'MỤC ĐÍCH, YÊU CẦU', 'purposes'],
      ['II.', 'NỘI DUNG THỰC HIỆN', 'tasks'],
      ['III.', 'TỔ CHỨC THỰC HIỆN', 'organisation'],
    ]);
    expect(outlineOf(sectionAt(document.sections, 'I.').sections)).toEqual([
      ['1.', 'Mục đích', 'purposes'],
      ['2.', 'Yêu cầu', 'purposes'],
    ]);
    expect(sectionAt(document.sections, 'II.').sections.map((s) => s.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(sectionAt(document.sections, 'III.').sections.map((s) => [s.title, s.assignedKinds])).toEqual([
      ['Phòng Giáo dục và Đào tạo', ['PGD']],
      ['Các trường mầm non, tiểu học và trung học cơ sở', ['MN', 'TH', 'THCS']],
    ]);
  });

  it('joins items broken by a page ("quy hoạch" / "cán bộ nữ, …")', () => {
    const items = sectionAt(document.sections, 'II.', '1.').items;
    expect(items).toHaveLength(5);
    expect(items[1]!.text).toContain('quy hoạch cán bộ nữ, từ đó đảm bảo');
    expect(sectionAt(document.sections, 'II.', '4.').items[3]!.text).toMatch(/bình đẳng giới và sự tiên bộ của phụ nữ\.$/);
  });

  it('deadlines: June and December, and the link in March 2025', () => {
    expect(document.reportingDeadlines.map(({ text: _t, ...d }) => d)).toEqual([
      { label: '6 tháng', month: 6 },
      { label: 'Cả năm', month: 12 },
      { label: 'Gửi đường link kế hoạch', month: 3, year: 2025 },
    ]);
  });

  it('closing, recipients, signer', () => {
    expect(document.closing).toHaveLength(1);
    expect(document.recipients).toEqual([
      'Sở GD&ĐT Hà Nội',
      'Hội liên hiệp Phụ nữ Huyện',
      'Đ/c Nguyễn Văn Hưng - PCT UBND Huyện',
      'Ban VSTBPN ngành GD&ĐT',
      'Các trường MN, TH, THCS trong Huyện',
      'Lưu: VT',
    ]);
    expect(document.signer).toEqual({ authority: null, title: 'TRƯỞNG PHÒNG', name: 'Phạm Văn Ngát' });
    expect(document.targets).toEqual([]);
  });
});
