import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openXlsx, type XlsxCell } from './xlsx-rows.ts';
import { assertXlsxDirectory, readZipDirectory } from './zip-guard.ts';
import { lieAboutSize } from './zip.fixtures.ts';

type Rows = [number, XlsxCell[]][];

async function readAll(bytes: Uint8Array): Promise<{ date1904: boolean; sheets: { name: string; state: string; rows: Rows }[] }> {
  const workbook = await openXlsx(bytes, assertXlsxDirectory(bytes));
  const sheets = [];
  for (const sheet of workbook.sheets) {
    const rows: Rows = [];
    for await (const row of sheet.rows()) rows.push([row.number, row.cells]);
    sheets.push({ name: sheet.name, state: sheet.state, rows });
  }
  return { date1904: workbook.date1904, sheets };
}

/** What exceljs's own streaming reader hands over, in the reader's shape (the import read files with it before). */
async function readWithExceljs(bytes: Uint8Array): Promise<Rows> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const rows: Rows = [];
  for await (const worksheet of reader) {
    for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
      const values = Array.from((row.values as unknown[]).slice(1), (value): XlsxCell => {
        if (value === undefined || value === null) return null;
        if (typeof value !== 'object' || value instanceof Date) return value as XlsxCell;
        const object = value as { formula?: unknown; sharedFormula?: unknown; richText?: { text: string }[]; error?: string };
        if ('formula' in object || 'sharedFormula' in object) return { formula: true };
        if (object.richText) return object.richText.map((r) => r.text).join('');
        return object.error ?? null;
      });
      while (values.length > 0 && values.at(-1) === null) values.pop();
      rows.push([row.number, values]);
    }
  }
  return rows;
}

/** A workbook of hand-written parts, for what exceljs never writes (prefixes, missing references, phonetic runs). */
function handMadeXlsx(parts: { sheet: string; sharedStrings?: string; styles?: string; workbook?: string }): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      parts.workbook ??
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(parts.sheet),
  };
  if (parts.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(parts.sharedStrings);
  if (parts.styles) files['xl/styles.xml'] = strToU8(parts.styles);
  return zipSync(files, { level: 6 });
}

describe('openXlsx: values as exceljs reads them', () => {
  it('reads text, rich text, numbers, booleans, dates in built-in and custom formats, errors and formulas like exceljs', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN']);
    sheet.addRow([]);
    sheet.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Nữ', 'Ghi chú', 'Lương']);
    const row = sheet.addRow([1, 'Nguyễn Thị Hoà', new Date(Date.UTC(1990, 4, 17)), 'x', { richText: [{ text: 'Tổ ' }, { font: { bold: true }, text: 'trưởng' }] }, 4_567_890.5]);
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    const second = sheet.addRow([{ formula: 'A4+1', result: 2 }, 'Lò Văn <A> & "B"', 36526, true, { error: '#N/A' }, 0.25]);
    second.getCell(3).numFmt = '[$-42A]d mmmm yyyy;@';
    second.getCell(6).numFmt = '0.00%';
    sheet.getCell('J7').value = 'xa bên phải';
    sheet.getCell('C8').value = 44927;
    sheet.getCell('C8').numFmt = 'mm-dd-yy';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const ours = await readAll(bytes);
    expect(ours.sheets.map((s) => [s.name, s.state])).toEqual([['Danh sách', 'visible']]);
    const rows = ours.sheets[0]!.rows.filter(([, cells]) => cells.length > 0);
    expect(rows).toEqual((await readWithExceljs(bytes)).filter(([, cells]) => cells.length > 0));
    expect(rows[2]).toEqual([4, [1, 'Nguyễn Thị Hoà', new Date(Date.UTC(1990, 4, 17)), 'x', 'Tổ trưởng', 4_567_890.5]]);
    expect(rows[3]).toEqual([5, [{ formula: true }, 'Lò Văn <A> & "B"', new Date(Date.UTC(2000, 0, 1)), true, '#N/A', 0.25]]);
    expect(rows[4]![1][9]).toBe('xa bên phải');
    expect(rows[5]).toEqual([8, [null, null, new Date(Date.UTC(2023, 0, 1))]]);
  });

  it('keeps a Vietnamese letter whole where the inflated chunks break (exceljs 4.4 turned it into "��")', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Trang 1');
    const names = ['Hiệu trưởng', 'Phó hiệu trưởng', 'Tổ trưởng chuyên môn', 'Nhân viên kế toán', 'Giáo viên'];
    // Inline strings (not shared), so the letters lie in the sheet's own XML, which is inflated in chunks.
    // Mostly multi-byte text (ệ is 3 bytes), so nearly every chunk boundary falls inside a letter.
    const note = 'Đặng Thị Ngọc Ánh – Tổ trưởng tổ Ngữ văn, Phó bí thư chi bộ; '.repeat(4);
    for (let i = 0; i < 30_000; i += 1) sheet.addRow([i + 1, `Đặng Thị Ngọc Ánh ${i}`, names[i % names.length], note]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer({ useSharedStrings: false } as ExcelJS.XlsxWriteOptions));
    const { sheets } = await readAll(bytes);
    const rows = sheets[0]!.rows;
    expect(rows).toHaveLength(30_000);
    expect(rows.filter(([, cells]) => cells.some((c) => typeof c === 'string' && c.includes('\ufffd')))).toEqual([]);
    expect(rows[29_999]).toEqual([30_000, [30_000, 'Đặng Thị Ngọc Ánh 29999', 'Giáo viên', note]]);
  });

  it('lists sheets in the order of their tabs, with their visibility, and reads the 1904 date system', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    workbook.addWorksheet('Hướng dẫn', { state: 'hidden' }).addRow(['Điền từ dòng 3']);
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Ngày sinh']);
    sheet.getCell('A2').value = 0;
    sheet.getCell('A2').numFmt = 'dd/mm/yyyy';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const ours = await readAll(bytes);
    expect(ours.date1904).toBe(true);
    expect(ours.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Hướng dẫn', 'hidden'],
      ['Danh sách', 'visible'],
    ]);
    expect(ours.sheets[1]!.rows[1]).toEqual([2, [new Date(Date.UTC(1904, 0, 1))]]);
  });
});

describe('openXlsx: files exceljs does not write', () => {
  const styles =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="4"><alignment wrapText="1"/></xf></cellXfs></styleSheet>';

  it('reads elements written with a namespace prefix, cells and rows without references, phonetic runs and entities', async () => {
    const bytes = handMadeXlsx({
      styles,
      sharedStrings:
        '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2"><x:si><x:t xml:space="preserve">Hà  Giang </x:t></x:si><x:si><x:r><x:t>Tày</x:t></x:r><x:rPh sb="0" eb="1"><x:t>タイ</x:t></x:rPh><x:r><x:rPr><x:b/></x:rPr><x:t>&#x1EA0;&amp;</x:t></x:r></x:si></x:sst>',
      sheet:
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
        '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>32874</x:v></x:c><x:c s="2"><x:v>1234.5</x:v></x:c></x:row>' +
        '<x:row r="4" spans="1:3"><x:c r="C4" t="inlineStr"><x:is><x:t>Ê đê &lt;1&gt;</x:t></x:is></x:c><x:c r="E4" t="b"><x:v>0</x:v></x:c><x:c r="F4"/></x:row>' +
        '<x:row r="5"/>' +
        '<x:row><x:c r="B6" t="str"><x:f>UPPER(A1)</x:f><x:v>HÀ GIANG</x:v></x:c></x:row>' +
        '</x:sheetData><x:rowBreaks count="1"><x:brk id="3"/></x:rowBreaks></x:worksheet>',
    });
    const { sheets } = await readAll(bytes);
    expect(sheets[0]!.rows).toEqual([
      [1, ['Hà  Giang ', 'TàyẠ&', new Date(Date.UTC(1990, 0, 1)), 1234.5]],
      [4, [null, null, 'Ê đê <1>', null, false]],
      [5, []],
      [6, [null, { formula: true }]],
    ]);
  });

  it('refuses a sheet that inflates past the size it declares, as a zip bomb', async () => {
    const honest = handMadeXlsx({ sheet: `<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>Nguyễn Văn A</t></is></c></row>'.repeat(20_000)}</sheetData></worksheet>` });
    const liar = lieAboutSize(honest, 'xl/worksheets/sheet1.xml', 4096);
    const workbook = await openXlsx(liar, assertXlsxDirectory(liar));
    const reading = (async () => {
      for await (const row of workbook.sheets[0]!.rows()) void row;
    })();
    await expect(reading).rejects.toThrow(/zip bomb/);
  });

  it('refuses a sheet whose compressed data is damaged', async () => {
    const good = handMadeXlsx({ sheet: `<worksheet><sheetData>${'<row><c><v>1</v></c></row>'.repeat(5000)}</sheetData></worksheet>` });
    const damaged = good.slice();
    const entry = readZipDirectory(damaged).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const dataStart = entry.localHeaderOffset + 30 + entry.name.length;
    damaged.fill(0xff, dataStart + 10, dataStart + 40);
    const reading = (async () => {
      const workbook = await openXlsx(damaged, assertXlsxDirectory(damaged));
      for await (const row of workbook.sheets[0]!.rows()) void row;
    })();
    await expect(reading).rejects.toThrow(/bị hỏng/);
  });

  it('refuses a row of absurd length instead of holding it', async () => {
    // Varied letters, so the file compresses like text and passes the ratio check: only its length is wrong.
    let seed = 7;
    const letters = Array.from({ length: 9 * 1024 * 1024 }, () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26))).join('');
    const bytes = handMadeXlsx({ sheet: `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>${letters}</t></is></c></row></sheetData></worksheet>` });
    const workbook = await openXlsx(bytes, assertXlsxDirectory(bytes));
    const reading = (async () => {
      for await (const row of workbook.sheets[0]!.rows()) void row;
    })();
    await expect(reading).rejects.toThrow(/dài bất thường/);
  });
});
