import { describe, expect, it } from 'vitest';
import { annexTableXml, columnWidths, formatCell } from './annex-table-xml.ts';
import { assertWellFormed } from './docx-inspect.ts';
import { formatDateLine, formatDayMonthYear, formatNumberLine, formatRecipientLines, formatShortDate, signerTitleLines, textWidth } from './official-format.ts';
import { citationText } from './official-layout.ts';
import { annexCaption } from './report-docx.ts';
import { emptyPlanDocument } from '../../../common/plans/plan-document.ts';

describe('the date line (NĐ 30/2020: days under 10 and months 1, 2 with a leading zero)', () => {
  it.each([
    ['2025-03-05', 'ngày 05 tháng 3 năm 2025'],
    ['2025-01-12', 'ngày 12 tháng 01 năm 2025'],
    ['2025-02-02', 'ngày 02 tháng 02 năm 2025'],
    ['2023-05-12', 'ngày 12 tháng 5 năm 2023'],
    ['2025-12-31', 'ngày 31 tháng 12 năm 2025'],
    ['2025-10-09', 'ngày 09 tháng 10 năm 2025'],
    ['2025-11-01', 'ngày 01 tháng 11 năm 2025'],
  ])('%s → %s', (date, expected) => {
    expect(formatDayMonthYear(date)).toBe(expected);
  });

  it('joins the place, and leaves day and month blank when the document is dated at signing', () => {
    expect(formatDateLine('Thanh Trì', '2025-03-05', 2025)).toBe('Thanh Trì, ngày 05 tháng 3 năm 2025');
    expect(formatDateLine('Thanh Trì', null, 2025)).toMatch(/^Thanh Trì, ngày {3,}tháng {3,}năm 2025$/);
    expect(formatDateLine(null, '2025-03-05', 2025)).toBe('Ngày 05 tháng 3 năm 2025');
    expect(formatDateLine('Lào Cai', null, null)).toMatch(/^Lào Cai, ngày {3,}tháng {3,}năm {3,}$/);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => formatDayMonthYear('5/3/2025')).toThrow(RangeError);
  });

  it('writes short dates with the same zeros', () => {
    expect(formatShortDate('2022-01-26')).toBe('26/01/2022');
    expect(formatShortDate('2021-03-03')).toBe('03/3/2021');
  });
});

describe('the number line', () => {
  it.each([
    ['15/KH-PGDĐT', 'Số: 15/KH-PGDĐT'],
    ['5/KH-PGDĐT', 'Số: 05/KH-PGDĐT'],
    ['05/KH-PGDĐT', 'Số: 05/KH-PGDĐT'],
    ['360 /PGDĐT-TCCB', 'Số: 360/PGDĐT-TCCB'],
    ['1/2025/QĐ-UBND', 'Số: 01/2025/QĐ-UBND'],
    ['KH-PGDĐT', 'Số: KH-PGDĐT'],
  ])('%s → %s', (number, expected) => {
    expect(formatNumberLine(number)).toBe(expected);
  });

  it('leaves room for the number of a document not yet issued', () => {
    expect(formatNumberLine('/KH-PGDĐT')).toMatch(/^Số: {4,}\/KH-PGDĐT$/);
    expect(formatNumberLine(null)).toMatch(/^Số: {4,}$/);
  });
});

describe('recipients and signer', () => {
  it('ends each item with ";" and the last with "." whatever was stored', () => {
    expect(formatRecipientLines(['Như trên;', '- Sở GD&ĐT Hà Nội', '', 'Lưu: VT, TCCB.'])).toEqual(['- Như trên;', '- Sở GD&ĐT Hà Nội;', '- Lưu: VT, TCCB.']);
    expect(formatRecipientLines([])).toEqual([]);
  });

  it('prints the authority and titles in upper case', () => {
    expect(signerTitleLines({ authority: 'KT. Trưởng phòng', title: 'Phó trưởng phòng', extraTitles: ['', 'Phó giám đốc Sở GD&ĐT'] })).toEqual(['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'PHÓ GIÁM ĐỐC SỞ GD&ĐT']);
    expect(signerTitleLines({ authority: null, title: null })).toEqual([]);
  });
});

describe('legal bases', () => {
  it('prints a citation as written, ending it with ";" when it has no punctuation', () => {
    const base = { lead: 'Căn cứ' as const, type: null, number: null, date: null, issuer: null, title: null };
    expect(citationText({ ...base, text: 'Căn cứ tình hình thực tế' })).toBe('Căn cứ tình hình thực tế;');
    expect(citationText({ ...base, text: 'Căn cứ tình hình thực tế.' })).toBe('Căn cứ tình hình thực tế.');
  });

  it('rebuilds an empty text from the parts', () => {
    expect(citationText({ lead: 'Thực hiện', type: 'Quyết định', number: '383/QĐ-BGDĐT', date: '2022-01-26', issuer: 'Bộ Giáo dục và Đào tạo', title: 'ban hành Kế hoạch hành động', text: '' })).toBe(
      'Thực hiện Quyết định số 383/QĐ-BGDĐT ngày 26/01/2022 của Bộ Giáo dục và Đào tạo về việc ban hành Kế hoạch hành động;',
    );
    expect(citationText({ lead: 'Căn cứ', type: 'Luật', number: '73/2006/QH11', date: '2006-11-29', issuer: 'Quốc hội', title: 'Bình đẳng giới', text: '' })).toBe('Căn cứ Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006;');
    expect(citationText({ lead: null, type: 'Công văn', number: '958/SGDĐT-TCCB', date: null, issuer: 'Sở GD&ĐT', title: 'về công tác BĐG', text: '' })).toBe('Căn cứ Công văn số 958/SGDĐT-TCCB của Sở GD&ĐT về công tác BĐG;');
  });
});

describe('annex tables', () => {
  it('builds the caption from the number and date of the document', () => {
    const doc = { ...emptyPlanDocument('report'), number: '15/BC-SGDĐT', date: '2025-12-05', year: 2025 };
    expect(annexCaption(doc)).toBe('(Kèm theo Báo cáo số 15/BC-SGDĐT ngày 05/12/2025)');
    expect(annexCaption({ ...doc, number: '/BC-SGDĐT', date: null })).toMatch(/^\(Kèm theo Báo cáo số {4,}\/BC-SGDĐT ngày {3,}tháng {3,}năm 2025\)$/);
  });

  it('formats numbers the Vietnamese way and leaves blanks blank', () => {
    expect(formatCell(1234.5, { header: 'x', numeric: true })).toBe('1.234,5');
    expect(formatCell(72.456, { header: 'x', numeric: true })).toBe('72,5');
    expect(formatCell(72.456, { header: 'x', numeric: true, fractionDigits: 2 })).toBe('72,46');
    expect(formatCell(null, undefined)).toBe('');
    expect(formatCell(Number.NaN, undefined)).toBe('');
    expect(formatCell('Tổng cộng', undefined)).toBe('Tổng cộng');
  });

  it('shares the width by the columns’ percentages and adds up exactly', () => {
    const widths = columnWidths([{ header: 'TT', width: 5 }, { header: 'Đơn vị', width: 25 }, { header: 'A', numeric: true }, { header: 'B', numeric: true }], 10000);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(10000);
    expect(widths[0]).toBe(500);
    expect(widths[1]).toBe(2500);
    expect(widths[2]).toBe(widths[3]);
    const unsized = columnWidths([{ header: 'Chỉ tiêu' }, { header: 'Số', numeric: true }], 9000);
    expect(unsized[0]).toBe(2 * unsized[1]!);
  });

  it('writes well-formed XML with merged group headers, escaping what it prints', () => {
    const xml = annexTableXml(
      {
        columns: [{ header: 'TT' }, { header: 'Đơn vị <A&B>' }, { header: 'Tổng số', numeric: true }, { header: 'Nữ', numeric: true }],
        headerRows: [[{ text: 'TT', rowSpan: 2 }, { text: 'Đơn vị', rowSpan: 2 }, { text: 'Cán bộ quản lý', colSpan: 2 }]],
        rows: [['1', 'Trường "A" & <B>\u0001', 1234, null]],
        totalRow: ['', 'Tổng cộng', 1234, 0],
      },
      9000,
    );
    assertWellFormed(`<w:document xmlns:w="urn:w">${xml}</w:document>`);
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:vMerge\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml).toContain('Trường "A" &amp; &lt;B&gt;</w:t>');
    expect(xml).not.toContain('Đơn vị &lt;A&amp;B&gt;');
    expect(xml).toContain('>1.234</w:t>');
  });
});

describe('text width estimate', () => {
  it('grows with the text, the size and bold', () => {
    const regular = textWidth('Độc lập - Tự do - Hạnh phúc', 28);
    expect(textWidth('Độc lập - Tự do - Hạnh phúc', 28, true)).toBeGreaterThan(regular);
    expect(textWidth('Độc lập - Tự do - Hạnh phúc', 26)).toBeLessThan(regular);
    // About 6 cm for the motto at 14 pt bold (3,400 twips).
    expect(textWidth('Độc lập - Tự do - Hạnh phúc', 28, true)).toBeGreaterThan(3000);
    expect(textWidth('Độc lập - Tự do - Hạnh phúc', 28, true)).toBeLessThan(3800);
  });
});
