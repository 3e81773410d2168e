/**
 * Plans of the genre that are not the seeds (unseen-plans.fixtures.ts): the importer's
 * rules must hold for them too.
 */
import { describe, expect, it } from 'vitest';
import { BAC_NINH_SGD_2024, DAI_THANH_XA_2026, MUONG_KHUONG_PGD_LETTER_2024, NGUYEN_DU_THPT_2024 } from './unseen-plans.fixtures.ts';
import { importText, outlineOf, sectionAt, warningTexts } from './testing.ts';

const deadlines = (d: { reportingDeadlines: Array<{ text?: string }> }) => d.reportingDeadlines.map(({ text: _t, ...rest }) => rest);

describe('Sở GD&ĐT Bắc Ninh, plan 2024 (header in two columns on shared lines)', () => {
  const { document, warnings } = importText(BAC_NINH_SGD_2024);

  it('header', () => {
    expect(document.issuer).toEqual({ parent: 'UBND TỈNH BẮC NINH', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
    expect(document.number).toBe('12/KH-SGDĐT');
    expect([document.place, document.date, document.year]).toEqual(['Bắc Ninh', '2024-02-20', 2024]);
    // The title opens with "Thực hiện" and wraps: it is still the title, not a legal basis.
    expect(document.title).toBe('Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục tỉnh Bắc Ninh năm 2024');
    expect(document.period).toEqual({ fromYear: 2024, toYear: 2024 });
    expect(warningTexts(warnings)).not.toMatch(/Số văn bản|ngày tháng|trích yếu|căn cứ/);
  });

  it('legal bases', () => {
    expect(document.legalBases.map((c) => [c.type, c.number, c.date, c.issuer, c.title])).toEqual([
      ['Luật', '73/2006/QH11', '2006-11-29', null, 'Bình đẳng giới'],
      ['Nghị quyết', '28/NQ-CP', '2021-03-03', 'Chính phủ', 'ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030'],
      ['Kế hoạch', '45/KH-UBND', '2024-01-18', 'UBND tỉnh Bắc Ninh', 'thực hiện công tác bình đẳng giới năm 2024'],
    ]);
  });

  it('sections with targets, reporting and organisation roles', () => {
    expect(outlineOf(document.sections)).toEqual([
      ['I.', 'MỤC TIÊU', 'targets'],
      ['II.', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'tasks'],
      ['III.', 'KINH PHÍ', 'budget'],
      ['IV.', 'TỔ CHỨC THỰC HIỆN', 'organisation'],
      ['V.', 'CHẾ ĐỘ BÁO CÁO', 'reporting'],
    ]);
    expect(sectionAt(document.sections, 'IV.').sections.map((s) => s.assignedKinds)).toEqual([[], ['PGD'], ['THPT', 'GDNN-GDTX']]);
  });

  it('targets with years, comma decimals and counts', () => {
    expect(document.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [60, '%', 2025],
      [100, '%', null],
      [2, 'lớp', null],
      [35.5, '%', null],
    ]);
  });

  it('deadlines set for the units; the Sở’s own (its divisions report to the province) left out', () => {
    expect(deadlines(document)).toEqual([
      { label: 'Gửi kế hoạch', day: 15, month: 3, year: 2024 },
      { label: '6 tháng', day: 5, month: 6 },
      { label: 'Cả năm', day: 30, month: 11 },
    ]);
    expect(warningTexts(warnings)).toContain('Hạn 20/6');
  });

  it('signature beside "Nơi nhận", "(Đã ký)" skipped', () => {
    expect(document.recipients).toEqual(['Bộ GD&ĐT (để b/c)', 'UBND tỉnh (để b/c)', 'Như mục IV', 'Lưu: VT, TCCB']);
    expect(document.signer).toEqual({ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Hồng Hạnh' });
    expect(document.closing).toEqual(['Trên đây là Kế hoạch thực hiện công tác bình đẳng giới năm 2024 của ngành Giáo dục tỉnh Bắc Ninh./.']);
  });
});

describe('THPT Nguyễn Du, school-year plan 2024–2025', () => {
  const { document, warnings } = importText(NGUYEN_DU_THPT_2024);

  it('header with an upper-case title over two lines and a school-year period', () => {
    expect(document.issuer).toEqual({ parent: 'SỞ GD&ĐT NGHỆ AN', name: 'TRƯỜNG THPT NGUYỄN DU' });
    expect(document.number).toBe('45/KH-THPTND');
    expect(document.date).toBe('2024-09-15');
    expect(document.title).toBe('CÔNG TÁC BÌNH ĐẲNG GIỚI VÀ VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ NĂM HỌC 2024-2025');
    expect(document.period).toEqual({ fromYear: 2024, toYear: 2025 });
  });

  it('"Căn cứ tình hình thực tế …, Trường … xây dựng kế hoạch như sau:" → a basis without a document and the preamble', () => {
    expect(document.legalBases.map((c) => [c.type, c.number, c.text])).toEqual([
      ['Kế hoạch', '1234/KH-SGDĐT', 'Căn cứ Kế hoạch số 1234/KH-SGDĐT ngày 05/9/2024 của Sở Giáo dục và Đào tạo Nghệ An về thực hiện nhiệm vụ năm học 2024-2025'],
      [null, null, 'Căn cứ tình hình thực tế của nhà trường'],
    ]);
    expect(document.preamble).toEqual(['Trường THPT Nguyễn Du xây dựng kế hoạch như sau:']);
  });

  it('"* Nhiệm vụ:" blocks; facts are not targets', () => {
    expect(outlineOf(document.sections)).toEqual([
      ['I.', 'ĐẶC ĐIỂM TÌNH HÌNH', 'other'],
      ['II.', 'NHIỆM VỤ TRỌNG TÂM', 'tasks'],
      ['III.', 'TỔ CHỨC THỰC HIỆN', 'organisation'],
    ]);
    expect(sectionAt(document.sections, 'II.', '1.').items.map((i) => [i.label, i.kind])).toEqual([
      [null, 'task'],
      [null, 'task'],
      ['*', 'form'],
      ['*', 'audience'],
    ]);
    expect(document.targets).toEqual([]);
  });

  it('KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG; the school’s own report to the Sở is its upward deadline', () => {
    expect(document.signer).toEqual({ authority: 'KT. HIỆU TRƯỞNG', title: 'PHÓ HIỆU TRƯỞNG', name: 'Trần Văn Bình' });
    expect(document.recipients).toEqual(['Sở GD&ĐT (b/c)', 'Các tổ chuyên môn', 'Lưu: VT']);
    expect(document.reportingDeadlines).toEqual([]);
    expect(warningTexts(warnings)).toContain('Hạn 20/12');
  });
});

describe('UBND xã Đại Thanh, plan 2026 (after the 2025 reform)', () => {
  const { document, warnings } = importText(DAI_THANH_XA_2026);

  it('a body name wrapped over two lines is one name', () => {
    expect(document.issuer).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN XÃ ĐẠI THANH' });
    expect(document.number).toBe('25/KH-UBND');
    expect([document.place, document.date]).toEqual(['Đại Thanh', '2026-01-08']);
    expect(document.period).toEqual({ fromYear: 2026, toYear: 2026 });
  });

  it('"2.1." and "2.1.1." under a roman section, "+" sub-bullets kept as items', () => {
    expect(outlineOf(document.sections)).toEqual([
      ['I.', 'MỤC ĐÍCH, YÊU CẦU', 'purposes'],
      ['II.', 'NỘI DUNG VÀ GIẢI PHÁP', 'tasks'],
      ['III.', 'TỔ CHỨC THỰC HIỆN', 'organisation'],
    ]);
    expect(sectionAt(document.sections, 'II.').sections.map((s) => [s.label, s.sections.map((c) => c.label)])).toEqual([
      ['2.1.', ['2.1.1.', '2.1.2.']],
      ['2.2.', []],
    ]);
    expect(sectionAt(document.sections, 'II.', '2.1.', '2.1.1.').items.map((i) => i.label)).toEqual(['-', '+', '+', '-']);
    expect(sectionAt(document.sections, 'III.').sections.map((s) => s.assignedKinds)).toEqual([[], ['MN', 'TH', 'THCS']]);
  });

  it('targets and deadlines; the commune division’s report to the city is left out', () => {
    expect(document.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [1, 'buổi', null],
      [100, '%', 2026],
    ]);
    expect(deadlines(document)).toEqual([
      { label: 'Gửi kế hoạch', day: 31, month: 1, year: 2026 },
      { label: '6 tháng', day: 15, month: 6, year: 2026 },
      { label: 'Cả năm', day: 15, month: 12, year: 2026 },
    ]);
    expect(warningTexts(warnings)).toContain('Hạn 25/6');
  });

  it('two authority lines: the first is the authority, the second is printed under it with the titles', () => {
    expect(document.signer).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'KT. CHỦ TỊCH', extraTitles: ['PHÓ CHỦ TỊCH'], name: 'Lê Thị Thu Hà' });
    expect(document.recipients).toEqual(['UBND thành phố Hà Nội (để b/c)', 'Các trường MN, TH, THCS trên địa bàn', 'Lưu: VT, VHXH']);
  });
});

describe('Phòng GD&ĐT Mường Khương, letter 2024 (several addressees, signature on the recipients’ lines)', () => {
  const { document, warnings } = importText(MUONG_KHUONG_PGD_LETTER_2024);

  it('header of a letter', () => {
    expect(document.kind).toBe('letter');
    expect(document.issuer).toEqual({ parent: 'UBND HUYỆN MƯỜNG KHƯƠNG', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' });
    expect(document.number).toBe('215/PGDĐT-TCCB');
    expect(document.subject).toBe('báo cáo kết quả công tác vì sự tiến bộ của phụ nữ 6 tháng đầu năm 2024');
    expect(document.title).toBe(document.subject);
    expect(document.date).toBe('2024-06-03');
    expect(document.addressees).toEqual(['Các trường mầm non, tiểu học, THCS', 'Trường PTDTBT TH&THCS Tả Thàng', 'Trung tâm GDNN-GDTX huyện']);
  });

  it('the basis, the request, numbered points kept in one untitled section', () => {
    expect(document.legalBases.map((c) => [c.type, c.number, c.issuer])).toEqual([['Công văn', '980/SGDĐT-TCCB', 'Sở Giáo dục và Đào tạo Lào Cai']]);
    expect(document.preamble).toEqual(['Phòng GD&ĐT đề nghị các đơn vị thực hiện một số nội dung sau:']);
    expect(document.sections).toHaveLength(1);
    expect(document.sections[0]).toMatchObject({ label: null, title: '', role: 'tasks' });
    expect(document.sections[0]!.items.map((i) => i.label)).toEqual(['1.', '2.']);
    expect(warningTexts(warnings)).toContain('Không nhận ra đề mục nào');
  });

  it('deadline, closing, recipients and signer', () => {
    expect(deadlines(document)).toEqual([{ label: 'Báo cáo', day: 10, month: 6, year: 2024 }]);
    expect(document.closing).toEqual(['Nhận được công văn này, đề nghị các đơn vị triển khai thực hiện./.']);
    expect(document.recipients).toEqual(['Như trên', 'Lưu: VT, TCCB']);
    expect(document.signer).toEqual({ authority: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: 'Nguyễn Văn Sơn' });
  });
});

describe('"Kính gửi" forms', () => {
  it('one line with several addressees, and a repeated "Kính gửi"', () => {
    const { document } = importText(
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 88/SGDĐT-TCCB', 'V/v triển khai Tháng hành động vì bình đẳng giới năm 2024', 'Hà Giang, ngày 01 tháng 11 năm 2024',
        'Kính gửi: - Phòng GD&ĐT các huyện, thành phố; - Các trường THPT trực thuộc.', 'Kính gửi: Trung tâm GDNN-GDTX các huyện.',
        'Thực hiện Kế hoạch số 300/KH-UBND ngày 20/10/2024 của UBND tỉnh;', '1. Tổ chức các hoạt động truyền thông', '- Treo băng rôn, khẩu hiệu.'].join('\n'),
    );
    expect(document.kind).toBe('letter');
    expect(document.addressees).toEqual(['Phòng GD&ĐT các huyện, thành phố', 'Các trường THPT trực thuộc', 'Trung tâm GDNN-GDTX các huyện']);
    expect(document.period).toEqual({ fromYear: 2024, toYear: 2024 });
    expect(document.sections.map((s) => s.label)).toEqual(['1.']);
  });
});
