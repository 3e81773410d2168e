import { describe, expect, it } from 'vitest';
import { periodOf } from './parse-plan.ts';
import { importText, warningTexts } from './testing.ts';

describe('periodOf', () => {
  it.each([
    ['Triển khai công tác bình đẳng giới năm 2021', null, { fromYear: 2021, toYear: 2021 }],
    ['… trên địa bàn Quận 7 năm 2016 – 2018', null, { fromYear: 2016, toYear: 2018 }],
    ['Thực hiện Chiến lược giai đoạn 2021-2030', 2022, { fromYear: 2021, toYear: 2030 }],
    ['… từ năm 2016 đến năm 2018', null, { fromYear: 2016, toYear: 2018 }],
    ['Kế hoạch năm học 2024-2025', null, { fromYear: 2024, toYear: 2025 }],
    ['Chiến lược giai đoạn 2021-2030 trên địa bàn tỉnh năm 2024', null, { fromYear: 2024, toYear: 2024 }],
    ['Chương trình truyền thông về bình đẳng giới đến năm 2030', 2022, { fromYear: 2022, toYear: 2030 }],
    ['Thực hiện Kế hoạch số 15/KH-SGDĐT ngày 10/02/2024', 2025, { fromYear: 2025, toYear: 2025 }],
    ['Tên không có năm', 2023, { fromYear: 2023, toYear: 2023 }],
    ['Tên không có năm', null, null],
  ])('%s (date year %s)', (title, year, period) => expect(periodOf(title, year)).toEqual(period));
});

describe('parsePlanText end to end', () => {
  it('a signature with no "Nơi nhận" is still found at the end; annexes after it become sections', () => {
    const { document, warnings } = importText(
      ['KẾ HOẠCH', 'Tuyên truyền bình đẳng giới năm 2025', 'Căn cứ Kế hoạch số 9/KH-PGDĐT ngày 02/01/2025 của Phòng GD&ĐT;', 'I. NỘI DUNG', '- Tuyên truyền.',
        'Nơi nhận:', '- Lưu: VT.', 'HIỆU TRƯỞNG', 'Lò Thị Mai', 'Phụ lục I', '(Kèm theo Kế hoạch số … ngày …)', '- Danh sách lớp tập huấn.'].join('\n'),
    );
    expect(document.signer).toEqual({ authority: null, title: 'HIỆU TRƯỞNG', name: 'Lò Thị Mai' });
    expect(document.sections.map((s) => [s.label, s.title, s.role])).toEqual([
      ['I.', 'NỘI DUNG', 'tasks'],
      [null, 'Phụ lục I', 'other'],
    ]);
    expect(document.sections[1]!.items.map((i) => [i.label, i.text])).toEqual([
      [null, '(Kèm theo Kế hoạch số … ngày …)'],
      ['-', 'Danh sách lớp tập huấn.'],
    ]);
    expect(warningTexts(warnings)).not.toContain('người ký');

    const unsigned = importText('KẾ HOẠCH\nTên năm 2025\nI. NỘI DUNG\n- Tuyên truyền.\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nLò Văn Nam');
    expect(unsigned.document.signer).toEqual({ authority: 'KT. HIỆU TRƯỞNG', title: 'PHÓ HIỆU TRƯỞNG', name: 'Lò Văn Nam' });
    expect(unsigned.document.sections[0]!.items).toHaveLength(1);
  });

  it('a body without numbered headings: the lead-in stays in the preamble, the rest is one section', () => {
    const { document, warnings } = importText('Căn cứ Kế hoạch số 9/KH-PGDĐT ngày 02/01/2025 của Phòng GD&ĐT;\nNhà trường xây dựng kế hoạch như sau:\n- Nhiệm vụ:\nTuyên truyền tới học sinh.\n- Hình thức: tọa đàm.');
    expect(document.preamble).toEqual(['Nhà trường xây dựng kế hoạch như sau:']);
    expect(document.sections).toHaveLength(1);
    expect(document.sections[0]!.items.map((i) => [i.text, i.kind])).toEqual([
      ['Tuyên truyền tới học sinh.', 'task'],
      ['Hình thức: tọa đàm.', 'form'],
    ]);
    expect(warningTexts(warnings)).toContain('Không nhận ra đề mục nào');
  });

  it('every expected warning for a bare text', () => {
    const { warnings } = importText('Tuyên truyền về bình đẳng giới.');
    const text = warningTexts(warnings);
    for (const expected of ['Không thấy số', 'Không thấy dòng địa danh', 'Không thấy tên', 'Không thấy căn cứ', 'Không thấy “Nơi nhận”', 'Không thấy người ký']) {
      expect(text).toContain(expected);
    }
    expect(warnings.every((w) => typeof w.message === 'string' && (w.paragraph === null || Number.isInteger(w.paragraph)))).toBe(true);
  });

  it('a citation of a document type other than a law, without a number, is pointed out', () => {
    const { warnings } = importText('KẾ HOẠCH\nTên năm 2025\nCăn cứ Kế hoạch công tác năm học của Phòng GD&ĐT;\nI. NỘI DUNG\n- Tuyên truyền.');
    expect(warnings.find((w) => w.message.includes('không ghi số'))).toMatchObject({ paragraph: 2 });
  });
});
