/**
 * Paragraphs as the .docx reader gives them: the header in a two-column table, Word's
 * automatic numbering as listLabel, bold headings, a task table in the body, the
 * signature in a table beside "Nơi nhận", line breaks inside a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';
import type { SourceParagraph } from './source.ts';
import { expectValidDocument, outlineOf, sectionAt } from './testing.ts';

const cell = (index: number, row: number, cellIndex: number, text: string, extra: Partial<SourceParagraph> = {}): SourceParagraph => ({ text, table: { index, row, cell: cellIndex }, ...extra });

const paragraphs: SourceParagraph[] = [
  cell(0, 0, 0, 'UBND HUYỆN GIA LÂM'),
  cell(0, 0, 0, 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', { bold: true }),
  cell(0, 0, 1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
  cell(0, 0, 1, 'Độc lập - Tự do - Hạnh phúc', { bold: true }),
  cell(0, 1, 0, 'Số: 07/KH-PGDĐT'),
  cell(0, 1, 1, 'Gia Lâm, ngày 10 tháng 01 năm 2025', { italic: true }),
  { text: 'KẾ HOẠCH', bold: true, align: 'center' },
  { text: 'Công tác vì sự tiến bộ của phụ nữ', bold: true, align: 'center' },
  { text: 'ngành Giáo dục huyện Gia Lâm năm 2025', bold: true, align: 'center' },
  { text: 'Căn cứ Kế hoạch số 07/KH-UBND ngày 06/01/2025 của UBND thành phố Hà Nội;', align: 'justify' },
  { text: 'MỤC ĐÍCH, YÊU CẦU', listLabel: 'I.', bold: true },
  { text: 'Nâng cao nhận thức về bình đẳng giới.', listLabel: '-' },
  { text: 'NHIỆM VỤ CỤ THỂ', listLabel: 'II.', bold: true },
  cell(1, 0, 0, 'STT'),
  cell(1, 0, 1, 'Nội dung'),
  cell(1, 0, 2, 'Đơn vị thực hiện'),
  cell(1, 0, 3, 'Thời gian'),
  cell(1, 1, 0, '1'),
  cell(1, 1, 1, 'Tập huấn lồng ghép giới'),
  cell(1, 1, 1, 'cho giáo viên cốt cán'),
  cell(1, 1, 2, 'Các trường THCS'),
  cell(1, 1, 3, 'Tháng 3/2025'),
  { text: 'TỔ CHỨC THỰC HIỆN', listLabel: 'III.', bold: true },
  { text: 'Các trường mầm non', listLabel: '1.', bold: true },
  { text: 'Báo cáo kết quả về Phòng trước ngày 25/5/2025 và 25/11/2025.', listLabel: '-' },
  { text: 'Trên đây là Kế hoạch công tác vì sự tiến bộ của phụ nữ năm 2025./.' },
  cell(2, 0, 0, 'Nơi nhận:', { bold: true, italic: true }),
  cell(2, 0, 0, '- Như mục III;\n- Lưu: VT.'),
  cell(2, 0, 1, 'TRƯỞNG PHÒNG', { bold: true }),
  cell(2, 0, 1, '(Đã ký)'),
  cell(2, 0, 1, 'Nguyễn Thị Lan', { bold: true }),
];

describe('parsePlan on Word paragraphs', () => {
  const result = parsePlan(paragraphs);
  const document = expectValidDocument(result);

  it('reads the header table; bold marks the issuing body', () => {
    expect(document.issuer).toEqual({ parent: 'UBND HUYỆN GIA LÂM', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' });
    expect(document.number).toBe('07/KH-PGDĐT');
    expect([document.place, document.date]).toEqual(['Gia Lâm', '2025-01-10']);
    expect(document.title).toBe('Công tác vì sự tiến bộ của phụ nữ ngành Giáo dục huyện Gia Lâm năm 2025');
    expect(document.legalBases.map((c) => c.number)).toEqual(['07/KH-UBND']);
  });

  it('takes Word’s numbering as the label', () => {
    expect(outlineOf(document.sections)).toEqual([
      ['I.', 'MỤC ĐÍCH, YÊU CẦU', 'purposes'],
      ['II.', 'NHIỆM VỤ CỤ THỂ', 'tasks'],
      ['III.', 'TỔ CHỨC THỰC HIỆN', 'organisation'],
    ]);
    expect(sectionAt(document.sections, 'I.').items).toEqual([{ label: '-', text: 'Nâng cao nhận thức về bình đẳng giới.', kind: 'text' }]);
    expect(sectionAt(document.sections, 'III.', '1.').assignedKinds).toEqual(['MN']);
  });

  it('reads the task table into items with their columns', () => {
    expect(sectionAt(document.sections, 'II.').items).toEqual([
      { label: '1', text: 'Tập huấn lồng ghép giới cho giáo viên cốt cán', kind: 'task', responsible: 'Các trường THCS', timeframe: 'Tháng 3/2025' },
    ]);
  });

  it('deadlines, and the signature table with line breaks inside a cell', () => {
    expect(document.reportingDeadlines.map(({ text: _t, ...d }) => d)).toEqual([
      { label: '6 tháng', day: 25, month: 5, year: 2025 },
      { label: 'Cả năm', day: 25, month: 11, year: 2025 },
    ]);
    expect(document.recipients).toEqual(['Như mục III', 'Lưu: VT']);
    expect(document.signer).toEqual({ authority: null, title: 'TRƯỞNG PHÒNG', name: 'Nguyễn Thị Lan' });
  });

  it('points its warnings at source paragraphs', () => {
    const withNoDate = parsePlan([{ text: 'KẾ HOẠCH' }, { text: 'Tên kế hoạch năm 2025' }, { text: 'Căn cứ Kế hoạch tháng 3 của Phòng;' }, { text: 'I. NHIỆM VỤ' }, { text: 'Tuyên truyền.' }]);
    expect(withNoDate.warnings.find((w) => w.message.includes('không ghi số'))?.paragraph).toBe(2);
  });
});
