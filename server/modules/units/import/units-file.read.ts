/**
 * Turns an uploaded units file into rows of cells keyed by column, or refuses it with
 * a clear Vietnamese message. The format is decided by content, never by name: a zip
 * is an .xlsx (checked for zip bombs first, server/lib/files/), anything else is CSV text.
 *
 * Nothing here is evaluated: an Excel formula cell becomes a "formula" cell (an error
 * later), its cached value is ignored.
 */
import type ExcelJS from 'exceljs';
import type { UnitFileColumn } from '../../../../common/contracts/units.ts';
import { formatNumber } from '../../../../common/text/format.ts';
import { normalizeText } from '../../../../common/text/vietnamese.ts';
import { AppError } from '../../../lib/errors.ts';
import { FORMULA_START } from '../../../lib/files/csv-write.ts';
import { decodeCsvBytes, parseCsv, type DecodedText } from './csv.ts';
import { COLUMN_HEADER, matchHeader, REQUIRED_COLUMNS } from './units-file.columns.ts';
import { loadXlsx, readCell } from '../../../lib/files/xlsx-read.ts';
import { isZip } from '../../../lib/files/zip-guard.ts';

export type Cell = { kind: 'text'; text: string } | { kind: 'date'; date: string } | { kind: 'formula' } | { kind: 'error'; text: string };

export interface FileRow {
  /** The row number Excel shows (the header row counts). */
  row: number;
  cells: Partial<Record<UnitFileColumn, Cell>>;
}

export interface UnitsFile {
  format: 'xlsx' | 'csv';
  encoding: DecodedText['encoding'] | null;
  headerRow: number;
  /** Each recognised column's header as written in the file, for error messages. */
  headers: Partial<Record<UnitFileColumn, string>>;
  rows: FileRow[];
  /** Things the user should know that do not stop the import (legacy encoding, ignored columns). */
  warnings: string[];
}

/** Data rows accepted in one file; a national list of 54,000 units fits. */
export const MAX_ROWS = 100_000;
/** The header row is looked for among the first rows: a title line above it is common. */
const HEADER_SEARCH_ROWS = 20;

interface GridRow {
  row: number;
  cells: (Cell | null)[];
}

const ENCODING_NAMES: Record<string, string> = { 'windows-1258': 'Windows-1258 (tiếng Việt)', tcvn3: 'TCVN3 (ABC)' };

export async function readUnitsFile(content: Uint8Array, fileName: string): Promise<UnitsFile> {
  if (content.length === 0) throw new AppError('BAD_FILE', 'Tệp rỗng (0 byte). Hãy chọn tệp danh sách đơn vị .xlsx hoặc .csv.');
  if (isZip(content)) return readXlsx(content);
  if (content[0] === 0xd0 && content[1] === 0xcf && content[2] === 0x11 && content[3] === 0xe0) {
    throw new AppError(
      'BAD_FILE',
      'Tệp Excel 97-2003 (.xls) hoặc tệp Excel có đặt mật khẩu chưa được hỗ trợ. Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dạng .xlsx hoặc "CSV UTF-8".',
    );
  }
  if (/\.xls[xmb]?$/i.test(fileName.trim())) {
    throw new AppError(
      'BAD_FILE',
      `Tệp "${fileName}" không phải tệp Excel (.xlsx) hợp lệ: nội dung không phải định dạng nén của Excel (có thể tệp bị hỏng hoặc bị đổi đuôi). Hãy mở bằng Excel và lưu lại dạng .xlsx.`,
    );
  }
  return readCsv(content);
}

async function readXlsx(content: Uint8Array): Promise<UnitsFile> {
  const workbook = await loadXlsx(content, 'Hãy chọn tệp Excel (.xlsx) hoặc CSV.');
  if (workbook.worksheets.length === 0) throw new AppError('BAD_FILE', 'Tệp Excel không có trang tính nào.');
  // The first sheet whose header row is recognised (the template's second sheet is a guide).
  let chosen: { rows: GridRow[]; headerIndex: number } | null = null;
  for (const worksheet of workbook.worksheets) {
    const rows = worksheetRows(worksheet);
    const headerIndex = findHeaderIndex(rows);
    if (headerIndex >= 0) {
      chosen = { rows, headerIndex };
      break;
    }
    chosen ??= { rows, headerIndex: -1 };
  }
  return toUnitsFile('xlsx', null, chosen!.rows, chosen!.headerIndex, []);
}

function worksheetRows(worksheet: ExcelJS.Worksheet): GridRow[] {
  if (worksheet.actualRowCount > MAX_ROWS + HEADER_SEARCH_ROWS) throw tooManyRows();
  const rows: GridRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | null)[] = [];
    for (let i = 1; i <= row.cellCount; i += 1) cells.push(readExcelCell(row.getCell(i)));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** The shared cell reading, as the units import sees it: numbers and truth values are text to match against. */
function readExcelCell(cell: ExcelJS.Cell): Cell | null {
  const read = readCell(cell);
  if (!read) return null;
  if (read.kind === 'number') return { kind: 'text', text: String(read.value) };
  if (read.kind === 'boolean') return { kind: 'text', text: read.value ? 'TRUE' : 'FALSE' };
  return read;
}

function textCell(text: string): Cell | null {
  return text === '' ? null : { kind: 'text', text };
}

function readCsv(content: Uint8Array): UnitsFile {
  const decoded = decodeCsvBytes(content);
  const { records, isTruncated } = parseCsv(decoded.text, { maxRecords: MAX_ROWS * 2 + HEADER_SEARCH_ROWS });
  if (isTruncated) throw tooManyRows();
  const rows: GridRow[] = [];
  for (const record of records) {
    const cells = record.fields.map((field) => {
      // Our own export writes '=… for a text that starts like a formula: read it back as written.
      const text = field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
      return textCell(text);
    });
    if (cells.some((c) => c !== null)) rows.push({ row: record.row, cells });
  }
  const warnings: string[] = [];
  if (decoded.encoding === 'windows-1258' || decoded.encoding === 'tcvn3') {
    warnings.push(
      `Tệp CSV không dùng bảng mã UTF-8: hệ thống đã tự đọc theo bảng mã ${ENCODING_NAMES[decoded.encoding]}. Hãy kiểm tra kỹ tên đơn vị trong bản xem trước; lần sau nên lưu tệp dạng "CSV UTF-8".`,
    );
  }
  return toUnitsFile('csv', decoded.encoding, rows, findHeaderIndex(rows), warnings);
}

function cellText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  if (cell.kind === 'text') return normalizeText(cell.text);
  if (cell.kind === 'date') return cell.date;
  return '';
}

/** The header is the first of the top rows that names at least two known columns. */
function findHeaderIndex(rows: GridRow[]): number {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i += 1) {
    const found = new Set<string>();
    for (const cell of rows[i]!.cells) {
      const match = matchHeader(cellText(cell));
      if ('column' in match) found.add(match.column);
    }
    if (found.size >= 2) return i;
  }
  return -1;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function toUnitsFile(format: 'xlsx' | 'csv', encoding: UnitsFile['encoding'], rows: GridRow[], headerIndex: number, warnings: string[]): UnitsFile {
  if (rows.length === 0) throw new AppError('BAD_FILE', 'Tệp không có dữ liệu: không thấy dòng tiêu đề và các dòng đơn vị.');
  const header = rows[headerIndex >= 0 ? headerIndex : 0]!;
  const columnAt = new Map<number, UnitFileColumn>();
  const headers: Partial<Record<UnitFileColumn, string>> = {};
  const positions: Partial<Record<UnitFileColumn, number>> = {};
  const unknown: string[] = [];
  header.cells.forEach((cell, index) => {
    const text = cellText(cell);
    const match = matchHeader(text);
    if ('column' in match) {
      const previous = positions[match.column];
      if (previous !== undefined) {
        throw new AppError('BAD_FILE', `Cột "${COLUMN_HEADER[match.column]}" xuất hiện hai lần (cột ${columnLetter(previous)} và cột ${columnLetter(index)}) ở dòng tiêu đề ${header.row}.`, [
          { row: header.row, column: text, message: `Cột "${COLUMN_HEADER[match.column]}" bị trùng` },
        ]);
      }
      positions[match.column] = index;
      headers[match.column] = text;
      columnAt.set(index, match.column);
    } else if ('unknown' in match) {
      unknown.push(text);
    }
  });
  const missing = REQUIRED_COLUMNS.filter((key) => positions[key] === undefined);
  if (missing.length > 0) {
    const names = missing.map((key) => `"${COLUMN_HEADER[key]}"`).join(', ');
    const hint = unknown.length > 0 ? ` Không nhận ra các cột: ${unknown.map((u) => `"${u}"`).join(', ')}.` : '';
    throw new AppError(
      'BAD_FILE',
      `Tệp thiếu cột bắt buộc: ${names}. Dòng tiêu đề (dòng ${header.row}) phải có các cột ${REQUIRED_COLUMNS.map((k) => `"${COLUMN_HEADER[k]}"`).join(', ')}; thứ tự không quan trọng.${hint}`,
      missing.map((key) => ({ row: header.row, column: COLUMN_HEADER[key], message: `Thiếu cột bắt buộc "${COLUMN_HEADER[key]}"` })),
    );
  }
  if (unknown.length > 0) warnings.push(`Đã bỏ qua các cột không nhận ra: ${unknown.map((u) => `"${u}"`).join(', ')}.`);
  const dataRows: FileRow[] = [];
  for (const grid of rows.slice(headerIndex + 1)) {
    const cells: FileRow['cells'] = {};
    let hasValue = false;
    for (const [index, column] of columnAt) {
      const cell = grid.cells[index];
      if (!cell || (cell.kind === 'text' && cell.text.trim() === '')) continue;
      cells[column] = cell;
      hasValue = true;
    }
    if (!hasValue) continue;
    dataRows.push({ row: grid.row, cells });
    if (dataRows.length > MAX_ROWS) throw tooManyRows();
  }
  if (dataRows.length === 0) throw new AppError('BAD_FILE', `Tệp không có dòng dữ liệu nào dưới dòng tiêu đề (dòng ${header.row}).`);
  return { format, encoding, headerRow: header.row, headers, rows: dataRows, warnings };
}

function tooManyRows(): AppError {
  return new AppError('BAD_FILE', `Tệp có quá nhiều dòng: tối đa ${formatNumber(MAX_ROWS, 0)} đơn vị mỗi lần nhập. Hãy chia thành nhiều tệp nhỏ hơn.`);
}
