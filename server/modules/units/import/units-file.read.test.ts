import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/errors.ts';
import { MAX_ROWS, readUnitsFile } from './units-file.read.ts';
import { csvOf, HEADERS, xlsxOf } from './units-import.fixtures.ts';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('readUnitsFile: columns', () => {
  it('recognises headers by name in any order, case and diacritics, with aliases, and ignores STT', async () => {
    const csv = csvOf([
      ['STT', 'LOẠI', 'ma', 'Tên', 'Mã cấp trên', 'dien thoai', 'Email'],
      ['1', 'TH', 'th1', 'Trường A', 'XA1', '0200', 'a@b.vn'],
    ]);
    const file = await readUnitsFile(Buffer.from(csv), 'x.csv');
    expect(file.headers).toEqual({ kind: 'LOẠI', code: 'ma', name: 'Tên', parentCode: 'Mã cấp trên', phone: 'dien thoai', email: 'Email' });
    expect(file.rows).toEqual([
      {
        row: 2,
        cells: {
          kind: { kind: 'text', text: 'TH' },
          code: { kind: 'text', text: 'th1' },
          name: { kind: 'text', text: 'Trường A' },
          parentCode: { kind: 'text', text: 'XA1' },
          phone: { kind: 'text', text: '0200' },
          email: { kind: 'text', text: 'a@b.vn' },
        },
      },
    ]);
    expect(file.warnings).toEqual([]);
  });

  it('names the missing required columns and the headers it did not recognise', async () => {
    const csv = csvOf([
      ['Mã đơn vị', 'Tên đơn vị', 'Kiểu', 'Mã ĐV cha'],
      ['A', 'B', 'TH', 'BO'],
    ]);
    const error = await rejection(readUnitsFile(Buffer.from(csv), 'x.csv'));
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toContain('Tệp thiếu cột bắt buộc: "Loại hình", "Mã đơn vị cấp trên"');
    expect(error.message).toContain('Không nhận ra các cột: "Kiểu", "Mã ĐV cha"');
    expect(error.details).toEqual([
      { row: 1, column: 'Loại hình', message: 'Thiếu cột bắt buộc "Loại hình"' },
      { row: 1, column: 'Mã đơn vị cấp trên', message: 'Thiếu cột bắt buộc "Mã đơn vị cấp trên"' },
    ]);
  });

  it('refuses a column given twice', async () => {
    const csv = csvOf([[...HEADERS, 'Mã'], ['A', 'B', 'TH', 'BO']]);
    expect((await rejection(readUnitsFile(Buffer.from(csv), 'x.csv'))).message).toMatch(/Cột "Mã đơn vị" xuất hiện hai lần \(cột A và cột L\)/);
  });

  it('finds the header below a title row and keeps Excel row numbers; skips empty rows', async () => {
    const bytes = await xlsxOf([['DANH SÁCH ĐƠN VỊ NĂM 2025'], [], HEADERS, ['A1', 'Trường A', 'TH', 'BO'], [], ['A2', 'Trường B', 'TH', 'BO']]);
    const file = await readUnitsFile(bytes, 'ds.xlsx');
    expect(file.headerRow).toBe(3);
    expect(file.rows.map((r) => r.row)).toEqual([4, 6]);
  });

  it('reads the first sheet that has the header (the template puts a guide after it)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ghi chú').addRow(['Bảng này chỉ để ghi chú']);
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRow(HEADERS);
    sheet.addRow(['A1', 'Trường A', 'TH', 'BO']);
    const file = await readUnitsFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'x.xlsx');
    expect(file.rows).toHaveLength(1);
  });
});

describe('readUnitsFile: cells', () => {
  it('never evaluates a formula nor uses its cached value; keeps real dates; reads numbers and rich text as text', async () => {
    const bytes = await xlsxOf([
      HEADERS,
      [{ formula: '"A"&"1"', result: 'A1' }, 'Trường A', 'TH', 'BO', null, new Date(Date.UTC(2025, 6, 1))],
      ['=1+1', 'Tên', 'TH', 12345],
    ]);
    const file = await readUnitsFile(bytes, 'x.xlsx');
    expect(file.rows[0]!.cells.code).toEqual({ kind: 'formula' });
    expect(file.rows[0]!.cells.validFrom).toEqual({ kind: 'date', date: '2025-07-01' });
    // A string that merely starts with "=" is text (the plan rejects it as a code).
    expect(file.rows[1]!.cells.code).toEqual({ kind: 'text', text: '=1+1' });
    expect(file.rows[1]!.cells.parentCode).toEqual({ kind: 'text', text: '12345' });
  });

  it('gives a merged cell the value of its first cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRow(HEADERS);
    sheet.addRow(['A1', 'Trường A', 'TH', 'XA1']);
    sheet.addRow(['A2', 'Trường B', 'TH', null]);
    sheet.mergeCells('D2:D3');
    const file = await readUnitsFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'x.xlsx');
    expect(file.rows[1]!.cells.parentCode).toEqual({ kind: 'text', text: 'XA1' });
  });

  it('reads back the apostrophe our CSV export puts before formula-like text', async () => {
    const csv = csvOf([HEADERS, ['A', "'=1+1", 'TH', 'BO', '', '', '', '', '', '', "'+84 912"]]);
    const file = await readUnitsFile(Buffer.from(csv), 'x.csv');
    expect(file.rows[0]!.cells.name).toEqual({ kind: 'text', text: '=1+1' });
    expect(file.rows[0]!.cells.phone).toEqual({ kind: 'text', text: '+84 912' });
  });
});

describe('readUnitsFile: whole-file rejections', () => {
  it('refuses an empty file, a file with only a header, and a file with too many rows', async () => {
    expect((await rejection(readUnitsFile(Buffer.alloc(0), 'x.csv'))).message).toMatch(/Tệp rỗng/);
    expect((await rejection(readUnitsFile(Buffer.from(csvOf([HEADERS])), 'x.csv'))).message).toMatch(/không có dòng dữ liệu nào/);
    const lines = [HEADERS.join(',')];
    for (let i = 0; i <= MAX_ROWS; i += 1) lines.push(`C${i},Trường ${i},TH,BO`);
    expect((await rejection(readUnitsFile(Buffer.from(lines.join('\n')), 'x.csv'))).message).toMatch(/quá nhiều dòng: tối đa 100\.000/);
  });

  it('refuses an .xlsx that is not a zip, and an old .xls', async () => {
    expect((await rejection(readUnitsFile(Buffer.from('Mã đơn vị,Tên\n'), 'don-vi.xlsx'))).message).toMatch(/không phải tệp Excel \(\.xlsx\) hợp lệ/);
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await rejection(readUnitsFile(ole, 'cu.xls'))).message).toMatch(/Excel 97-2003/);
  });

  it('decides by content: a CSV named .txt is read as CSV, an .xlsx named .csv as Excel', async () => {
    expect((await readUnitsFile(Buffer.from(csvOf([HEADERS, ['A', 'B', 'TH', 'BO']])), 'ds.txt')).format).toBe('csv');
    expect((await readUnitsFile(await xlsxOf([HEADERS, ['A', 'B', 'TH', 'BO']]), 'ds.csv')).format).toBe('xlsx');
  });
});
