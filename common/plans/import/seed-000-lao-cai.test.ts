/**
 * Seed 000: Lào Cai Department plan 2021 — no header block in the extraction but its
 * number line, a draft date line, one "Thực hiện" basis running into the plan's clause,
 * Nhiệm vụ / Hình thức / Đối tượng blocks, and two pairs of deadlines: the units report to
 * the Department (1/6, 25/11), the Department reports upward (5/6, 30/11).
 */
import { describe, expect, it } from 'vitest';
import { seedText } from './fixtures.ts';
import { importText, outlineOf, sectionAt, warningTexts } from './testing.ts';

const { document, warnings } = importText(seedText('000'));

describe('seed 000 — Lào Cai, Sở GD&ĐT, plan 2021', () => {
  it('header: blank number, place, blank date with its year, title, period', () => {
    expect(document.kind).toBe('plan');
    expect(document.issuer).toEqual({ parent: null, name: null });
    expect(document.number).toBe('/KH-SGD&ĐT');
    expect(document.place).toBe('Lào Cai');
    expect(document.date).toBeNull();
    expect(document.year).toBe(2021);
    expect(document.title).toBe('Triển khai công tác Vì sự tiến bộ của phụ nữ và Bình đẳng giới Ngành giáo dục và đào tạo tỉnh Lào Cai năm 2021');
    expect(document.period).toEqual({ fromYear: 2021, toYear: 2021 });
    expect(document.subject).toBeNull();
    expect(document.addressees).toEqual([]);
  });

  it('legal basis, and the plan’s own clause moved to the preamble', () => {
    expect(document.legalBases.map((c) => [c.lead, c.type, c.number, c.date, c.issuer, c.title])).toEqual([
      ['Thực hiện', 'Chương trình', '06/CTr-BVSTBCPN', '2021-03-05', 'Ban Vì sự tiến bộ của phụ nữ (VSTBCPN) tỉnh Lào Cai', 'ban hành Chương trình công tác VSTBCPN và Bình đẳng giới (BDG) trên địa bàn tỉnh Lào Cai'],
    ]);
    expect(document.preamble).toEqual([
      'Ban BDG và VSTBCPN Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Lào Cai xây dựng kế hoạch triển khai công tác VSTBCPN, BDG của Ngành GD&ĐT tỉnh Lào Cai năm 2021 như sau:',
    ]);
  });

  it('top-level sections and roles', () => {
    expect(outlineOf(document.sections)).toEqual([
      ['I.', 'Mục đích yêu cầu', 'purposes'],
      ['II.', 'Nội dung', 'tasks'],
      ['III.', 'Kinh phí thực hiện', 'budget'],
      ['IV.', 'Tổ chức thực hiện', 'organisation'],
    ]);
    // The long numbered prose of "Mục đích yêu cầu" is items, not sections.
    expect(sectionAt(document.sections, 'I.').sections).toEqual([]);
    expect(sectionAt(document.sections, 'I.').items.map((i) => i.label)).toEqual(['1.', '2.', '3.']);
    expect(sectionAt(document.sections, 'II.').sections.map((s) => s.label)).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });

  it('Nhiệm vụ / Hình thức / Đối tượng blocks set the items’ kinds', () => {
    const propaganda = sectionAt(document.sections, 'II.', '2.');
    expect(propaganda.title).toBe('Công tác tuyên truyền');
    expect(propaganda.items.map((i) => i.kind)).toEqual(['task', 'task', 'task', 'task', 'task', 'task', 'form', 'audience']);
    expect(propaganda.items[0]!.text).toMatch(/^Tăng cường công tác thông tin, tuyên truyền/);
    expect(propaganda.items[6]).toMatchObject({ label: '-', kind: 'form' });
    expect(propaganda.items[6]!.text).toMatch(/^Hình thức: tọa đàm, mít tinh/);
    expect(propaganda.items[7]!.text).toMatch(/^Đối tượng: cán bộ quản lý giáo dục/);
    for (const label of ['3.', '4.', '5.']) {
      const kinds = sectionAt(document.sections, 'II.', label).items.map((i) => i.kind);
      expect(kinds.slice(-2)).toEqual(['form', 'audience']);
      expect(kinds.slice(0, -2).every((k) => k === 'task')).toBe(true);
    }
    // Section 1 has no blocks: plain text.
    expect(sectionAt(document.sections, 'II.', '1.').items.map((i) => i.kind)).toEqual(['text', 'text']);
  });

  it('organisation subsections name their units', () => {
    const organisation = sectionAt(document.sections, 'IV.');
    expect(organisation.sections.map((s) => [s.label, s.assignedKinds])).toEqual([
      ['1.', ['SO']],
      ['2.', ['PGD', 'MN', 'MG', 'TH', 'THCS', 'THPT', 'LC', 'GDNN-GDTX']],
    ]);
  });

  it('deadlines: those set for the units (1/6, 25/11); the Department’s own upward ones (5/6, 30/11) left out with a warning', () => {
    expect(document.reportingDeadlines.map(({ text: _t, ...d }) => d)).toEqual([
      { label: '6 tháng', day: 1, month: 6 },
      { label: 'Cả năm', day: 25, month: 11 },
    ]);
    expect(document.reportingDeadlines[0]!.text).toMatch(/^Báo cáo kết quả thực hiện công tác VSTBCPN, BDG về Ban VSTBCPN&BDG Sở GD&ĐT/);
    expect(warningTexts(warnings)).toContain('Hạn 5/6 (6 tháng) là hạn đơn vị ban hành tự báo cáo lên cấp trên');
    expect(warningTexts(warnings)).toContain('Hạn 30/11 (Cả năm)');
    expect(document.targets).toEqual([]);
  });

  it('closing, recipients, signer (the ** markers stripped)', () => {
    expect(document.closing).toHaveLength(1);
    expect(document.closing[0]).toMatch(/^Trên đây là Kế hoạch triển khai công tác VSTBCPN, BDG/);
    expect(document.recipients).toEqual([
      'Ban VSTBCPN tỉnh Lào Cai',
      'Sở LĐ TB&XH',
      'Ban VSTBPN&BDG Sở GD&ĐT',
      'Lãnh đạo Sở GD&ĐT',
      'Phòng GD&ĐT huyện/Thị xã/TP',
      'Trung tâm GDNN - GDTX',
      'Đơn vị trực thuộc Sở GD&ĐT',
      'Các phòng cơ quan Sở GD&ĐT',
      'Lưu: VT, TCCB',
    ]);
    expect(document.signer).toEqual({ authority: null, title: 'TRƯỞNG BAN', extraTitles: ['PHÓ GIÁM ĐỐC SỞ GD&ĐT'], name: 'Đỗ Minh Tâm' });
  });

  it('warns about the blank number and date', () => {
    expect(warningTexts(warnings)).toContain('Số văn bản để trống');
    expect(warningTexts(warnings)).toContain('Ngày, tháng ban hành để trống (chỉ có năm 2021)');
    expect(warningTexts(warnings)).not.toContain('căn cứ');
  });
});
