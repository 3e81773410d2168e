import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeLegacyVietnamese } from '../../../../common/text/legacy-encoding.ts';
import { AppError } from '../../../lib/errors.ts';
import {
  compressedTextPdf,
  docxFromBody,
  docxFromParagraphs,
  docxWithHeader,
  docxWithVbaProject,
  emptyDocx,
  legacyFontDocx,
  lyingSizeDocx,
  macroDocm,
  oleDoc,
  paragraphXml,
  PLAN_LISTS,
  pngImage,
  scannedPdf,
  seedDocx,
  seedPlanTexts,
  tableXml,
  tcvn3Docx,
  textFile,
  textPdf,
  truncatedDocx,
  vniDocx,
  zipBombDocx,
  type FixtureParagraph,
} from './plan-file.fixtures.ts';
import { PLAN_FILE_LIMITS, planFileTooLarge, readPlanFile } from './plan-file.read.ts';

const lists = [...PLAN_LISTS];

/** The AppError readPlanFile throws. */
function refusal(bytes: Uint8Array, fileName: string): AppError {
  try {
    readPlanFile(bytes, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`${fileName} was accepted`);
}

function expectRefused(bytes: Uint8Array, fileName: string, ...reasons: (string | RegExp)[]): AppError {
  const error = refusal(bytes, fileName);
  expect(error.code).toBe('BAD_FILE');
  expect(error.status).toBe(400);
  expect(error.message).toContain(`"${fileName}"`);
  for (const reason of reasons) {
    if (typeof reason === 'string') expect(error.message).toContain(reason);
    else expect(error.message).toMatch(reason);
  }
  return error;
}

const texts = (bytes: Uint8Array) => readPlanFile(bytes, 'ke-hoach.docx').map((p) => p.text);
const labelled = (bytes: Uint8Array) => readPlanFile(bytes, 'ke-hoach.docx').map((p) => [p.listLabel ?? null, p.text]);

describe('reading a .docx', () => {
  it('reads the official header table cell by cell, then the body, with formatting and auto-numbers', () => {
    const body: FixtureParagraph[] = [
      { text: 'KẾ HOẠCH', align: 'center', bold: true },
      { text: 'Triển khai công tác bình đẳng giới năm 2025', align: 'center', bold: true, italic: true },
      { text: 'MỤC ĐÍCH, YÊU CẦU', numbering: { numId: 1, level: 0 }, bold: true },
      { text: 'Mục đích', numbering: { numId: 1, level: 1 }, align: 'justify' },
      { text: 'Yêu cầu', numbering: { numId: 1, level: 1 } },
      { text: 'NỘI DUNG', numbering: { numId: 1, level: 0 }, align: 'right' },
    ];
    expect(readPlanFile(docxWithHeader(body, undefined, { lists }), 'ke-hoach.docx')).toEqual([
      { text: 'UBND HUYỆN THANH TRÌ', bold: true, align: 'center', table: { index: 0, row: 0, cell: 0 } },
      { text: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', bold: true, align: 'center', table: { index: 0, row: 0, cell: 0 } },
      { text: 'Số: 45/KH-PGDĐT', align: 'center', table: { index: 0, row: 0, cell: 0 } },
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, align: 'center', table: { index: 0, row: 0, cell: 1 } },
      { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, align: 'center', table: { index: 0, row: 0, cell: 1 } },
      { text: 'Thanh Trì, ngày 15 tháng 3 năm 2025', italic: true, align: 'center', table: { index: 0, row: 0, cell: 1 } },
      { text: 'KẾ HOẠCH', bold: true, align: 'center' },
      { text: 'Triển khai công tác bình đẳng giới năm 2025', bold: true, italic: true, align: 'center' },
      { text: 'MỤC ĐÍCH, YÊU CẦU', bold: true, listLabel: 'I.' },
      { text: 'Mục đích', align: 'justify', listLabel: '1.' },
      { text: 'Yêu cầu', listLabel: '2.' },
      { text: 'NỘI DUNG', align: 'right', listLabel: 'II.' },
    ]);
  });

  it('labels every level of a plan outline, restarting the lower levels when a higher one advances', () => {
    const at = (level: number, text: string): FixtureParagraph => ({ text, numbering: { numId: 1, level } });
    const doc = docxFromParagraphs(
      [at(0, 'A'), at(1, 'B'), at(1, 'C'), at(2, 'D'), at(2, 'E'), at(3, 'F'), at(3, 'G'), at(4, 'H'), at(4, 'I'), at(4, 'J'), at(2, 'K'), at(3, 'L'), at(1, 'M'), at(0, 'N'), at(1, 'O'), at(2, 'P'), at(0, 'Q'), at(0, 'R')],
      { lists },
    );
    expect(labelled(doc)).toEqual([
      ['I.', 'A'], ['1.', 'B'], ['2.', 'C'], ['2.1.', 'D'], ['2.2.', 'E'], ['2.2.1.', 'F'], ['2.2.2.', 'G'], ['a)', 'H'], ['b)', 'I'], ['c)', 'J'],
      ['2.3.', 'K'], ['2.3.1.', 'L'], ['3.', 'M'], ['II.', 'N'], ['1.', 'O'], ['1.1.', 'P'], ['III.', 'Q'], ['IV.', 'R'],
    ]);
  });

  it('reads bullets: "-", "+" and Symbol\'s private-use bullet as "•"', () => {
    const doc = docxFromParagraphs(
      [{ text: 'gạch', numbering: { numId: 2 } }, { text: 'cộng', numbering: { numId: 3 } }, { text: 'chấm', numbering: { numId: 4 } }],
      { lists },
    );
    expect(labelled(doc)).toEqual([['-', 'gạch'], ['+', 'cộng'], ['•', 'chấm']]);
  });

  it('continues a list across instances of one definition and restarts it where an instance overrides the start', () => {
    const doc = docxFromParagraphs(
      [
        { text: 'một', numbering: { numId: 1, level: 1 } },
        { text: 'hai', numbering: { numId: 1, level: 1 } },
        { text: 'tiếp', numbering: { numId: 5, level: 1 } },
        { text: 'lại từ đầu', numbering: { numId: 6, level: 1 } },
        { text: 'sau đó', numbering: { numId: 6, level: 1 } },
        { text: 'từ năm', numbering: { numId: 7, level: 1 } },
      ],
      { lists: [...lists, { numId: 5, abstractId: 1 }, { numId: 6, abstractId: 1, startOverride: { 1: 1 } }, { numId: 7, abstractId: 1, startOverride: { 1: 5 } }] },
    );
    expect(labelled(doc)).toEqual([['1.', 'một'], ['2.', 'hai'], ['3.', 'tiếp'], ['1.', 'lại từ đầu'], ['2.', 'sau đó'], ['5.', 'từ năm']]);
  });

  it('honours a start value and a level that never restarts', () => {
    const doc = docxFromParagraphs(
      [
        { text: 'A', numbering: { numId: 9, level: 0 } },
        { text: 'B', numbering: { numId: 9, level: 1 } },
        { text: 'C', numbering: { numId: 9, level: 0 } },
        { text: 'D', numbering: { numId: 9, level: 1 } },
      ],
      { lists: [{ numId: 9, levels: [{ format: 'decimal', text: 'Điều %1.', start: 3 }, { format: 'upperLetter', text: '%2.', restartAfter: 0 }] }] },
    );
    expect(labelled(doc)).toEqual([['Điều 3.', 'A'], ['A.', 'B'], ['Điều 4.', 'C'], ['B.', 'D']]);
  });

  it('takes numbering, bold and alignment from the paragraph style and its basedOn chain', () => {
    const doc = docxFromParagraphs(
      [
        { text: 'Mục một', style: 'Muc' },
        { text: 'Tiểu mục', style: 'TieuMuc' },
        { text: 'Mục hai', style: 'Muc' },
        { text: 'Không đậm', style: 'Muc', bold: false },
      ],
      {
        lists,
        styles: [
          { id: 'Muc', basedOn: 'Normal', bold: true, align: 'justify', numbering: { numId: 1, level: 0 } },
          { id: 'TieuMuc', basedOn: 'Muc', italic: true, numbering: { numId: 1, level: 1 } },
        ],
      },
    );
    expect(readPlanFile(doc, 'ke-hoach.docx')).toEqual([
      { text: 'Mục một', bold: true, align: 'justify', listLabel: 'I.' },
      { text: 'Tiểu mục', bold: true, italic: true, align: 'justify', listLabel: '1.' },
      { text: 'Mục hai', bold: true, align: 'justify', listLabel: 'II.' },
      { text: 'Không đậm', align: 'justify', listLabel: 'III.' },
    ]);
  });

  it('marks a line bold or italic only when all its text is', () => {
    const doc = docxFromParagraphs(
      [
        { runs: [{ text: 'Căn cứ ', bold: true }, { text: 'Luật Bình đẳng giới' }] },
        { runs: [{ text: 'Toàn bộ ', bold: true }, { text: 'đậm', bold: true, italic: true }, { text: '  ' }] },
        { runs: [{ text: 'Kiểu ký tự', style: 'Nhan' }] },
      ],
      { styles: [{ id: 'Nhan', type: 'character', italic: true }] },
    );
    expect(readPlanFile(doc, 'ke-hoach.docx')).toEqual([{ text: 'Căn cứ Luật Bình đẳng giới' }, { text: 'Toàn bộ đậm', bold: true }, { text: 'Kiểu ký tự', italic: true }]);
  });

  it('reads tables cell by cell, left to right and row by row, nested tables within their outer cell', () => {
    const cell = (text: string): FixtureParagraph[] => [{ text }];
    const nested = tableXml([[cell('trong 1'), cell('trong 2')]]);
    const body =
      tableXml([[cell('r0c0'), cell('r0c1')], [cell('r1c0'), cell('r1c1')]]) +
      paragraphXml({ text: 'giữa' }) +
      tableXml([[cell('b0'), [{ text: 'b1' }]]]).replace('<w:p><w:r><w:t xml:space="preserve">b1</w:t></w:r></w:p>', `<w:p><w:r><w:t>b1</w:t></w:r></w:p>${nested}<w:p/>`);
    expect(readPlanFile(docxFromBody(body), 'ke-hoach.docx').map((p) => [p.text, p.table ? [p.table.index, p.table.row, p.table.cell] : null])).toEqual([
      ['r0c0', [0, 0, 0]], ['r0c1', [0, 0, 1]], ['r1c0', [0, 1, 0]], ['r1c1', [0, 1, 1]],
      ['giữa', null],
      ['b0', [1, 0, 0]], ['b1', [1, 0, 1]], ['trong 1', [1, 0, 1]], ['trong 2', [1, 0, 1]],
    ]);
  });

  it('makes each line of a paragraph with line breaks its own paragraph, the auto-number on the first', () => {
    const doc = docxFromParagraphs([{ text: 'UBND HUYỆN\nPHÒNG GIÁO DỤC\n\n', align: 'center', bold: true, numbering: { numId: 2 } }], { lists });
    expect(readPlanFile(doc, 'ke-hoach.docx')).toEqual([
      { text: 'UBND HUYỆN', bold: true, align: 'center', listLabel: '-' },
      { text: 'PHÒNG GIÁO DỤC', bold: true, align: 'center' },
    ]);
  });

  it('keeps tabs inside a line and trims the line', () => {
    expect(texts(docxFromParagraphs([{ text: '\tNơi nhận:\t\tTRƯỞNG PHÒNG  ' }]))).toEqual(['Nơi nhận:\t\tTRƯỞNG PHÒNG']);
  });

  it('reads tracked changes as accepted, field results without their codes, hyperlink text', () => {
    const doc = docxFromParagraphs([
      { runs: [{ text: 'Kế hoạch ' }, { text: 'năm 2024 ', kind: 'deleted' }, { text: 'năm 2025', kind: 'inserted' }] },
      { runs: [{ text: 'Trang ' }, { text: '3', kind: 'field', instruction: ' PAGE \\* MERGEFORMAT ' }, { text: ' — xem ' }, { text: 'Phụ lục', kind: 'hyperlink' }] },
    ]);
    expect(texts(doc)).toEqual(['Kế hoạch năm 2025', 'Trang 3 — xem Phụ lục']);
  });

  it('skips text boxes, the markup-compatibility fallback, moved-away text and soft hyphens', () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>Hộp văn bản</w:t></w:r></w:p></w:txbxContent>';
    const body =
      `<w:p><w:r><w:t>Trước </w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing>${box}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>` +
      '<w:moveFrom w:id="1" w:author="A"><w:r><w:t>cũ </w:t></w:r></w:moveFrom><w:r><w:t>sau; bình</w:t><w:softHyphen/><w:t>đẳng</w:t><w:noBreakHyphen/><w:t>giới</w:t></w:r></w:p>';
    expect(texts(docxFromBody(body))).toEqual(['Trước sau; bìnhđẳng-giới']);
  });

  it('returns NFC text from decomposed input', () => {
    const decomposed = 'Phòng Giáo dục và Đào tạo huyện Thanh Trì'.normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    expect(texts(docxFromParagraphs([{ text: decomposed }]))).toEqual(['Phòng Giáo dục và Đào tạo huyện Thanh Trì'.normalize('NFC')]);
  });

  it('accepts a Unicode document whose font table merely lists .VnTime', () => {
    const doc = docxFromParagraphs([{ text: 'Kế hoạch triển khai công tác bình đẳng giới năm 2025 tại Hà Nội' }], { fonts: ['Times New Roman', '.VnTime', 'VNI-Times'] });
    expect(texts(doc)).toEqual(['Kế hoạch triển khai công tác bình đẳng giới năm 2025 tại Hà Nội']);
  });

  it.each(seedPlanTexts())('round-trips the seed $name through Word auto-numbering and the header table', ({ name, text }) => {
    const paragraphs = readPlanFile(seedDocx(text), `${name}.docx`);
    // Modulo white space, and NFC: a seed line or two holds decomposed letters.
    const squash = (line: string) => line.normalize('NFC').replace(/\s+/g, ' ').trim();
    const expected = text.split(/\r?\n/).filter((line) => line.trim() !== '').map(squash);
    expect(paragraphs.map((p) => squash(p.listLabel ? `${p.listLabel} ${p.text}` : p.text))).toEqual(expected);
    // The labels came from numbering.xml, not from the text.
    const labels = paragraphs.filter((p) => p.listLabel).map((p) => p.listLabel);
    expect(labels.length).toBeGreaterThan(3);
    for (const p of paragraphs) if (p.listLabel) expect(p.text.startsWith(p.listLabel)).toBe(false);
    if (/^\s*I\. /m.test(text)) expect(labels).toContain('I.');
    if (/^Số:/m.test(text) || /^UBND/m.test(text)) expect(paragraphs[0]!.table).toEqual({ index: 0, row: 0, cell: 0 });
  });

  it('reads the seed with typed labels when auto-numbering is off', () => {
    const { text } = seedPlanTexts().find((seed) => seed.name.startsWith('lao-cai'))!;
    const paragraphs = readPlanFile(seedDocx(text, { autoNumbering: false }), 'seed.docx');
    expect(paragraphs.some((p) => p.listLabel)).toBe(false);
    expect(paragraphs.some((p) => p.text.startsWith('I. '))).toBe(true);
  });
});

describe('reading a .txt', () => {
  const text = 'KẾ HOẠCH\r\n\r\nI. Mục đích\n  1. Nâng cao nhận thức  \n';
  const expected = [{ text: 'KẾ HOẠCH' }, { text: 'I. Mục đích' }, { text: '1. Nâng cao nhận thức' }];

  it.each(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'] as const)('reads %s, one paragraph per non-empty line', (encoding) => {
    expect(readPlanFile(textFile(text, encoding), 'ke-hoach.txt')).toEqual(expected);
  });

  it('reads a file without an extension as text', () => {
    expect(readPlanFile(textFile(text, 'utf-8'), 'ke-hoach')).toEqual(expected);
  });

  it('returns NFC text from decomposed input', () => {
    expect(readPlanFile(textFile('Bình đẳng giới'.normalize('NFD'), 'utf-8'), 'a.txt')).toEqual([{ text: 'Bình đẳng giới' }]);
  });
});

describe('refusals', () => {
  it('refuses an empty file', () => {
    expectRefused(new Uint8Array(0), 'ke-hoach.docx', 'rỗng (0 byte)');
  });

  it('refuses a document without any text', () => {
    const error = expectRefused(emptyDocx(), 'trong.docx', 'Tài liệu không có nội dung chữ');
    expect(error.message.startsWith('Tài liệu không có nội dung chữ')).toBe(true);
    expectRefused(textFile('\r\n   \n\t\n', 'utf-8'), 'trong.txt', 'Tài liệu không có nội dung chữ');
  });

  it('refuses a 100 MB file by its size, at once, before looking inside', () => {
    const huge = Buffer.alloc(100 * 1024 * 1024);
    huge.set([0x50, 0x4b, 0x03, 0x04]); // looks like a zip
    const started = performance.now();
    const error = refusal(huge, 'ke-hoach.docx');
    expect(performance.now() - started).toBeLessThan(100);
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.status).toBe(413);
    expect(error.message).toContain('"ke-hoach.docx"');
    expect(error.message).toContain('100,0 MB');
    expect(error.message).toContain('20,0 MB');
  });

  it('refuses a file one byte over the limit and shares the message with the HTTP layer', () => {
    const error = refusal(Buffer.alloc(PLAN_FILE_LIMITS.maxBytes + 1), 'a.docx');
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toContain('20,1 MB');
    const shared = planFileTooLarge(25 * 1024 * 1024);
    expect(shared.status).toBe(413);
    expect(shared.message).toContain('25,0 MB');
    expect(shared.message).toContain('vượt giới hạn 20,0 MB');
  });

  it('refuses a truncated .docx', () => {
    expectRefused(truncatedDocx(), 'ke-hoach.docx', 'bị hỏng hoặc tải lên không đầy đủ');
  });

  it('refuses a zip without word/document.xml, and says when it is a workbook', () => {
    expectRefused(docxFromParagraphs([{ text: 'x' }], { omit: ['word/document.xml'] }), 'ke-hoach.docx', 'word/document.xml');
    const xlsx = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), 'xl/workbook.xml': strToU8('<workbook/>') }));
    expectRefused(xlsx, 'ke-hoach.docx', 'là tệp Excel (.xlsx)');
  });

  it('refuses XML that does not parse, and any DOCTYPE', () => {
    const broken = docxFromParagraphs([{ text: 'x' }], { extraFiles: { 'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p></w:body>' } });
    expectRefused(broken, 'ke-hoach.docx', 'XML sai cấu trúc', 'word/document.xml');
    const laughs = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>';
    expectRefused(docxFromParagraphs([], { extraFiles: { 'word/document.xml': laughs } }), 'ke-hoach.docx', 'XML sai cấu trúc');
    expectRefused(docxFromParagraphs([{ text: 'x' }], { lists, extraFiles: { 'word/numbering.xml': '<w:numbering' } }), 'ke-hoach.docx', 'word/numbering.xml');
  });

  it.each([
    ['a macro-enabled .docm', macroDocm(), 'ke-hoach.docm'],
    ['a .docm renamed .docx', macroDocm(), 'ke-hoach.docx'],
    ['a .docx holding a vbaProject.bin', docxWithVbaProject(), 'ke-hoach.docx'],
    ['a clean package named .docm', docxFromParagraphs([{ text: 'x' }]), 'ke-hoach.docm'],
  ])('refuses %s', (_, bytes, fileName) => {
    expectRefused(bytes, fileName, 'chứa macro', 'không được nhận vì lý do an toàn', 'lưu lại dạng .docx');
  });

  it('refuses an old binary .doc and asks for .docx', () => {
    expectRefused(oleDoc(), 'ke-hoach.doc', 'Word 97-2003 (.doc)', 'lưu lại dạng .docx');
  });

  it('refuses a scanned PDF as having no text', () => {
    expectRefused(scannedPdf(), 'ban-quet.pdf', 'bản quét (ảnh), không có chữ để đọc — hãy tải lên tệp Word (.docx) hoặc dán văn bản');
  });

  it.each([
    ['with fonts in the open', textPdf(), true],
    ['with fonts in compressed object streams', compressedTextPdf(), false],
  ])('refuses a PDF %s, asking for the .docx or the pasted text', (_, bytes, hasFontInTheOpen) => {
    expect(bytes.includes('/Font')).toBe(hasFontInTheOpen);
    const error = expectRefused(bytes, 'ke-hoach.pdf', 'là tệp PDF', 'tệp Word (.docx)', 'dán');
    expect(error.message).not.toContain('bản quét');
  });

  it.each([
    ['PNG', pngImage()],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0])],
    ['GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
    ['TIFF', Buffer.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0])],
    ['BMP', Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.from([58, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0])])],
  ])('refuses a %s image renamed .docx', (kind, bytes) => {
    expectRefused(bytes, 'ke-hoach.docx', `là ảnh (${kind}), không phải tệp Word`);
  });

  it('refuses a zip bomb by its declared ratio and one that lies about its sizes', () => {
    expectRefused(zipBombDocx(), 'ke-hoach.docx', 'zip bomb');
    expectRefused(lyingSizeDocx(), 'ke-hoach.docx', 'zip bomb');
  });

  it('refuses a TCVN3 document: which encoding, and how to convert it', () => {
    expectRefused(tcvn3Docx(), 'ke-hoach.docx', 'bảng mã TCVN3 (ABC)', 'Unikey', 'Chuyển mã', 'Unicode');
  });

  it('refuses a VNI document', () => {
    expectRefused(vniDocx(), 'ke-hoach.docx', 'bảng mã VNI', 'Unikey', 'Chuyển mã');
  });

  it('refuses legacy text the statistics alone would miss when it is set in a legacy font', () => {
    expectRefused(legacyFontDocx('TCVN3'), 'ke-hoach.docx', 'bảng mã TCVN3 (ABC)');
    expectRefused(legacyFontDocx('VNI'), 'ke-hoach.docx', 'bảng mã VNI');
    expect(texts(legacyFontDocx('TCVN3', 'Times New Roman'))).toContain('Hµ Néi, 15/3/2025');
  });

  it('refuses a legacy style font even when the runs name no font', () => {
    const text = `Ke hoach trien khai tai ${encodeLegacyVietnamese('Hà Nội', 'TCVN3')} nam hoc 2024 2025 cho cac truong mam non tieu hoc va trung hoc`;
    expectRefused(docxFromParagraphs([{ text }], { defaultFont: '.VnTime' }), 'ke-hoach.docx', 'TCVN3');
  });

  it('refuses a text file that is not Unicode, naming TCVN3 or VNI when it is one of them', () => {
    const plan = 'Kế hoạch triển khai công tác bình đẳng giới của Phòng Giáo dục và Đào tạo năm 2025';
    expectRefused(textFile('Café crème brûlée à la française', 'latin1'), 'ke-hoach.txt', 'không dùng bảng mã Unicode (UTF-8)');
    expectRefused(textFile(plan, 'tcvn3'), 'ke-hoach.txt', 'bảng mã TCVN3 (ABC)');
    expectRefused(textFile(plan, 'vni'), 'ke-hoach.txt', 'bảng mã VNI');
    // Converted to UTF-8 by a tool that did not know the encoding: still TCVN3.
    expectRefused(textFile(encodeLegacyVietnamese(plan, 'TCVN3'), 'utf-8'), 'ke-hoach.txt', 'bảng mã TCVN3 (ABC)');
  });

  it('refuses binary content, RTF, and names it cannot read', () => {
    expectRefused(Buffer.from([0x4b, 0x00, 0x48, 0x00, 0x01, 0x02]), 'ke-hoach.txt', 'nhị phân');
    expectRefused(Buffer.from('{\\rtf1\\ansi Ke hoach}', 'latin1'), 'ke-hoach.rtf', 'RTF');
    expectRefused(Buffer.from('Ke hoach', 'latin1'), 'ke-hoach.docx', 'không phải tệp Word thật');
    expectRefused(Buffer.from('a;b;c', 'latin1'), 'ke-hoach.csv', 'không phải tệp Word (.docx) hay tệp văn bản (.txt)');
  });

  it('refuses a document with absurdly many paragraphs', () => {
    const body = Array.from({ length: PLAN_FILE_LIMITS.maxParagraphs + 1 }, (_, i) => `<w:p><w:r><w:t>${i}</w:t></w:r></w:p>`).join('');
    expectRefused(docxFromBody(body), 'dai.docx', 'quá dài');
  });

  it('names the file without its path, and copes without a name', () => {
    expect(refusal(new Uint8Array(0), 'C:\\Users\\GV\\ke-hoach.docx').message).toContain('Tệp "ke-hoach.docx"');
    expect(refusal(new Uint8Array(0), '').message).toContain('Tệp đã chọn');
  });
});

describe('fixtures', () => {
  it('are deterministic', () => {
    const { text } = seedPlanTexts()[0]!;
    expect(seedDocx(text).equals(seedDocx(text))).toBe(true);
    const tracked: FixtureParagraph[] = [{ runs: [{ text: 'cũ', kind: 'deleted' }, { text: 'mới', kind: 'inserted' }] }];
    expect(docxFromParagraphs(tracked).equals(docxFromParagraphs(tracked))).toBe(true);
    expect(compressedTextPdf().equals(compressedTextPdf())).toBe(true);
  });
});
