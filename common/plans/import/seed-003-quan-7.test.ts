/**
 * Seed 003: District 7 plan 2016–2018 — no header block, a title wrapped over two lines and
 * closed by a rule, dotted numbering to three levels, numeric targets, deadlines written in
 * words and split across lines, a signature block indented with tabs and spaces.
 */
import { describe, expect, it } from 'vitest';
import { seedText } from './fixtures.ts';
import { importText, outlineOf, sectionAt, warningTexts } from './testing.ts';

const { document, warnings } = importText(seedText('003'));

describe('seed 003 — Quận 7, Phòng GD&ĐT, plan 2016–2018', () => {
  it('header: title over two lines, multi-year period, nothing else', () => {
    expect(document.kind).toBe('plan');
    expect(document.title).toBe('Triển khai thực hiện Chiến lược, Chương trình quốc gia về bình đẳng giới, vì sự tiến bộ phụ nữ trên địa bàn Quận 7 năm 2016 – 2018');
    expect(document.period).toEqual({ fromYear: 2016, toYear: 2018 });
    expect([document.number, document.place, document.date, document.year]).toEqual([null, null, null, null]);
    expect(warningTexts(warnings)).toContain('Không thấy số, ký hiệu văn bản');
    expect(warningTexts(warnings)).toContain('Không thấy dòng địa danh');
  });

  it('legal bases: dates in words, one basis without a document', () => {
    expect(document.legalBases.map((c) => [c.lead, c.type, c.number, c.date, c.issuer])).toEqual([
      ['Căn cứ', 'Quyết định', '1696/QĐ-TTg', '2015-10-02', null],
      ['Căn cứ', 'Kế hoạch', '3824/KH-UBND', '2016-07-21', 'Ủy ban nhân dân Thành phố'],
      ['Căn cứ', null, null, null, null],
    ]);
    expect(document.legalBases[0]!.title).toBe('phê duyệt “Chương trình hành động quốc gia về bình đẳng giới giai đoạn 2016-2020”');
    expect(document.legalBases[2]!.text).toBe('Căn cứ tình hình thực tế về nguồn nhân lực của ngành Giáo dục và Đào tạo Quận 7');
    expect(document.preamble[0]).toMatch(/^Phòng Giáo dục và Đào tạo xây dựng “Kế hoạch triển khai .*, như sau:$/);
  });

  it('sections, roles and the dotted depth', () => {
    expect(outlineOf(document.sections)).toEqual([
      ['I.', 'MỤC ĐÍCH, YÊU CẦU', 'purposes'],
      ['II.', 'NỘI DUNG HOẠT ĐỘNG', 'tasks'],
      ['III.', 'GIẢI PHÁP THỰC HIỆN KẾ HOẠCH', 'tasks'],
      ['IV.', 'KINH PHÍ THỰC HIỆN', 'budget'],
      ['V.', 'TỔ CHỨC THỰC HIỆN', 'organisation'],
    ]);
    expect(outlineOf(sectionAt(document.sections, 'II.', '2.', '2.1.').sections)).toEqual([
      ['2.1.1.', 'Mục tiêu', 'targets'],
      ['2.1.2.', 'Nội dung hoạt động, cơ quan thực hiện và thời gian thực hiện', 'tasks'],
    ]);
    expect(sectionAt(document.sections, 'II.', '2.', '2.1.', '2.1.2.').sections.map((s) => s.label)).toEqual(['a)', 'b)', 'c)']);
    expect(sectionAt(document.sections, 'II.', '2.', '2.1.', '2.1.2.', 'b)').items.map((i) => i.label)).toEqual(['-', '(1)', '(2)', '(3)', '-']);
    // "1. Xây dựng Kế hoạch … : trên cơ sở …" is prose: an item of II, not a section.
    expect(sectionAt(document.sections, 'II.').items.map((i) => i.label)).toEqual(['1.']);
    expect(sectionAt(document.sections, 'V.').sections.map((s) => [s.title, s.assignedKinds])).toEqual([
      ['Phòng Giáo dục và Đào tạo có trách nhiệm', ['PGD']],
      ['Các đơn vị trường học', ['MN', 'MG', 'TH', 'THCS', 'THPT', 'LC', 'GDNN-GDTX']],
    ]);
  });

  it('targets: 70% and 100%', () => {
    expect(document.targets).toEqual([
      {
        text: '70% cán bộ, công chức, viên chức, giáo viên, phụ huynh học sinh và học sinh các cấp nâng cao nhận thức về bình đẳng giới và công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa – hiện đại hóa đất nước',
        value: 70,
        unit: '%',
        year: null,
      },
      {
        text: 'Phấn đấu 100% nữ quản lý, lãnh đạo các cấp, nữ thuộc diện quy hoạch (từ cấp phòng trở lên) được trang bị kiến thức về bình đẳng giới và kỹ năng quản lý, lãnh đạo',
        value: 100,
        unit: '%',
        year: null,
      },
    ]);
  });

  it('deadlines 1/5 and 1/11 (the wrapped "( trước ngày 01 tháng 5)" line joined back); the semester reports have no date', () => {
    expect(document.reportingDeadlines.map(({ text: _t, ...d }) => d)).toEqual([
      { label: '6 tháng', day: 1, month: 5 },
      { label: 'Cả năm', day: 1, month: 11 },
    ]);
    const undated = warnings.find((w) => w.message.includes('không ghi hạn'));
    expect(undated?.paragraph).not.toBeNull();
  });

  it('recipients and signer from the indented block', () => {
    expect(document.closing).toEqual([]);
    expect(document.recipients).toEqual(['UBND Q7', 'Phòng LĐ-TB&XH (P.BĐG) Q7', 'Phòng TC-KH Q7', 'Các trường MN, TiH, THCS', 'Lưu:VT']);
    expect(document.signer).toEqual({ authority: null, title: 'TRƯỞNG PHÒNG', name: 'Ngô Xuân Đông' });
  });

  it('is NFC although the seed file is not', () => {
    expect(seedText('003')).not.toBe(seedText('003').normalize('NFC'));
    expect(JSON.stringify(document)).toBe(JSON.stringify(document).normalize('NFC'));
  });
});
