/**
 * Reads an uploaded roster .xlsx as a stream: the zip's directory is checked (zip guard)
 * before anything is inflated, then ../../../lib/files/xlsx-rows.ts hands over one row at
 * a time (counting each part as it inflates). Only the first HEADER_SEARCH_ROWS rows are kept, to find the header
 * (common/roster/header-detection.ts); every later row is parsed into a compact record as
 * it arrives, so a 100,000-row file is never held as a workbook.
 *
 * Merged cells: a streaming reader does not know of merges (they come after the rows in
 * the sheet's XML). A merged cell holds its text in its first cell only, so for the header
 * search a non-empty cell's text is carried right over the empty cells of its row when
 * the row below has sub-headers there ("Ngày sinh" over "Nam" | "Nữ"). A cell merged down
 * over two header rows needs nothing: the detector reads a blank bottom cell as "the top
 * one alone".
 *
 * Formulas are never evaluated: a formula in a column the import reads is an error at
 * its row and column; one in a column it ignores (an STT column numbered =A5+1) is left
 * alone, since its value is not used.
 */
import { cellText } from '../../../../common/roster/cell-text.ts';
import { detectHeader, recogniseHeader, remapColumns } from '../../../../common/roster/header-detection.ts';
import type { HeaderDetection, RosterField, SavedMapping } from '../../../../common/roster/header-detection.ts';
import type { SchoolLevel } from '../../../../common/roster/roster-record.ts';
import type { CalendarDate } from '../../../../common/text/calendar-dates.ts';
import { formatNumber } from '../../../../common/text/format.ts';
import { AppError } from '../../../lib/errors.ts';
import { isFormulaCell, openXlsx, unreadableWorkbook, type XlsxCell, type XlsxSheet } from '../../../lib/files/xlsx-rows.ts';
import { assertXlsxDirectory, isZip, type ZipEntry } from '../../../lib/files/zip-guard.ts';
import { columnLetter, fieldColumnsOf, isBlankRow, ParseMemo, parseRosterRow, ProblemLog, type FieldColumns, type ParsedRosterRow } from './roster-import.rows.ts';

/**
 * Data rows accepted in one file: a large province's whole roster is ~100,000, so twice
 * that (roster-import.test.ts holds it to its message). A file this long in the usual
 * eleven-column layout is ~13 MB (under MAX_UPLOAD_MB's default 20) and inflates to
 * ~96 MB, close to the zip guard's 100 MB: a much wider sheet meets that limit first.
 */
export const MAX_ROWS = 200_000;
/** The header is looked for in the first rows (title rows above it are common). */
export const HEADER_SEARCH_ROWS = 30;

export interface ReadRosterOptions {
  /** The unit's remembered mapping (header key → field). */
  savedMapping: SavedMapping;
  /** The person's choices on the mapping screen: column index → field (null: not used). */
  choices: Readonly<Record<number, RosterField | null>>;
  today: CalendarDate;
  schoolLevel: SchoolLevel;
  /** For tests; MAX_ROWS otherwise. */
  maxRows?: number;
}

export interface RosterFile {
  sheetName: string;
  /** The Excel row number of the (first) header row. */
  headerRow: number;
  detection: HeaderDetection & { found: true };
  /** Non-blank data rows read. */
  rowsRead: number;
  /** The rows without errors; empty when required columns are missing. */
  rows: ParsedRosterRow[];
  log: ProblemLog;
}

const XLSX_HINT = 'Hãy chọn tệp Excel (.xlsx) danh sách cán bộ, giáo viên, nhân viên.';

/** Refuses what is not an .xlsx by its bytes, whatever its name says; the zip's entries otherwise. */
function assertXlsxBytes(content: Uint8Array, fileName: string): ZipEntry[] {
  if (content.length === 0) throw new AppError('BAD_FILE', `Tệp "${fileName}" rỗng (0 byte). ${XLSX_HINT}`);
  if (isZip(content)) return assertXlsxDirectory(content, XLSX_HINT);
  if (content[0] === 0xd0 && content[1] === 0xcf && content[2] === 0x11 && content[3] === 0xe0) {
    throw new AppError('BAD_FILE', `Tệp "${fileName}" là tệp Excel 97-2003 (.xls) hoặc tệp có đặt mật khẩu: chưa được hỗ trợ. Hãy mở bằng Excel, bỏ mật khẩu (nếu có) và lưu lại dạng .xlsx.`);
  }
  if (content[0] === 0x25 && content[1] === 0x50 && content[2] === 0x44 && content[3] === 0x46) {
    throw new AppError('BAD_FILE', `Tệp "${fileName}" là tệp PDF, không phải tệp Excel. ${XLSX_HINT}`);
  }
  throw new AppError('BAD_FILE', `Tệp "${fileName}" không phải tệp Excel .xlsx (có thể là tệp văn bản, CSV hoặc tệp bị đổi đuôi). Hãy mở bằng Excel và lưu lại dạng .xlsx.`);
}

/**
 * The header search's view of the first rows: merged cells the streaming reader cannot
 * see are approximated by carrying a group header right over its empty neighbours, where
 * the row below names sub-headers.
 */
export function expandHeaderRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((top, r) => {
    const bottom = rows[r + 1] ?? [];
    const cells = [...top];
    if (!bottom.some((text) => text !== '' && recogniseHeader(text) !== null)) return cells;
    for (let i = 1; i < Math.max(cells.length, bottom.length); i += 1) {
      if ((cells[i] ?? '') === '' && (bottom[i] ?? '') !== '' && (cells[i - 1] ?? '') !== '' && (bottom[i - 1] ?? '') !== '') cells[i] = cells[i - 1]!;
    }
    return cells;
  });
}

/** The refusal of a file with more than `maxRows` data rows (MAX_ROWS unless a test sets another). */
export function tooManyRows(maxRows: number = MAX_ROWS): AppError {
  return new AppError(
    'BAD_FILE',
    `Tệp có hơn ${formatNumber(maxRows, 0)} dòng dữ liệu: quá lớn cho một lần nhập. Hãy kiểm tra tệp (có thể có nhiều dòng thừa ở cuối trang tính) hoặc tách thành nhiều tệp.`,
  );
}

interface SheetState {
  name: string;
  buffered: XlsxCell[][];
  detection: (HeaderDetection & { found: true }) | null;
  notFound: string | null;
}

/**
 * Streams the first visible worksheet whose header is recognised, parsing its rows as
 * they come. Throws BAD_FILE for a file that is not a sound .xlsx, a sheet without a
 * recognisable header, a formula in a header, or more than `maxRows` data rows.
 */
export async function readRosterFile(content: Uint8Array, fileName: string, options: ReadRosterOptions): Promise<RosterFile> {
  const entries = assertXlsxBytes(content, fileName);
  const maxRows = options.maxRows ?? MAX_ROWS;
  let firstProblem: string | null = null;
  try {
    const workbook = await openXlsx(content, entries);
    for (const sheet of workbook.sheets) {
      if (sheet.state !== 'visible') continue;
      const result = await readSheet(sheet, options, maxRows, workbook.date1904);
      if (result.file) return result.file;
      firstProblem ??= result.problem;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadableWorkbook();
  }
  throw new AppError('BAD_FILE', firstProblem ?? 'Tệp Excel không có trang tính nào có dữ liệu.');
}

async function readSheet(
  worksheet: XlsxSheet,
  options: ReadRosterOptions,
  maxRows: number,
  date1904: boolean,
): Promise<{ file: RosterFile; problem?: undefined } | { file?: undefined; problem: string | null }> {
  const state: SheetState = { name: worksheet.name, buffered: [], detection: null, notFound: null };
  const log = new ProblemLog();
  const rows: ParsedRosterRow[] = [];
  const context = { today: options.today, date1904, schoolLevel: options.schoolLevel, memo: new ParseMemo() };
  let fields: FieldColumns = {};
  let readColumns = new Set<number>();
  let isMissing = false;
  let rowsRead = 0;

  const detect = (): boolean => {
    const texts = expandHeaderRows(state.buffered.map((cells) => cells.map((c) => (isFormulaCell(c) ? '' : cellText(c)))));
    const found = detectHeader(texts, { savedMapping: options.savedMapping, maxRows: HEADER_SEARCH_ROWS });
    if (!found.found) {
      state.notFound = `Trang tính "${state.name}": ${found.message}.`;
      return false;
    }
    state.detection = Object.keys(options.choices).length > 0 ? remapColumns(found, options.choices) : found;
    fields = fieldColumnsOf(state.detection.columns);
    readColumns = new Set(Object.values(fields));
    isMissing = state.detection.missing.length > 0;
    return true;
  };

  const onDataRow = (rowNumber: number, raw: XlsxCell[]) => {
    const cells = raw.map((c) => (isFormulaCell(c) ? null : c));
    if (isBlankRow(cells, fields) && !raw.some((c, i) => isFormulaCell(c) && readColumns.has(i))) return;
    rowsRead += 1;
    if (rowsRead > maxRows) throw tooManyRows(maxRows);
    if (isMissing) return;
    let hasFormula = false;
    raw.forEach((c, i) => {
      if (isFormulaCell(c) && readColumns.has(i)) {
        hasFormula = true;
        log.error({ row: rowNumber, column: columnLetter(i), message: 'Ô chứa công thức: hệ thống không tính công thức. Hãy sao chép và dán dạng giá trị (Paste Values) rồi tải lên lại' });
      }
    });
    if (hasFormula) return;
    const parsed = parseRosterRow(rowNumber, cells, fields, context, log);
    if (parsed) rows.push(parsed);
  };

  for await (const row of worksheet.rows()) {
    const { cells } = row;
    if (!state.detection) {
      // Rows are 1-based and a blank row is absent from the stream: keep positions true.
      while (state.buffered.length < row.number - 1 && state.buffered.length < HEADER_SEARCH_ROWS) state.buffered.push([]);
      if (state.buffered.length < HEADER_SEARCH_ROWS) {
        state.buffered.push(cells);
        continue;
      }
      if (!detect()) return { problem: state.notFound };
      replayBuffered(state, onDataRow);
    }
    onDataRow(row.number, cells);
  }
  if (!state.detection) {
    if (state.buffered.every((cells) => cells.every((c) => c === null || c === ''))) return { problem: null };
    if (!detect()) return { problem: state.notFound };
    replayBuffered(state, onDataRow);
  }
  const detection = state.detection!;
  const headerCells = state.buffered.slice(detection.headerRowIndex, detection.headerRowIndex + detection.headerRowCount);
  headerCells.forEach((cells, offset) =>
    cells.forEach((c, i) => {
      if (isFormulaCell(c)) log.error({ row: detection.headerRowIndex + offset + 1, column: columnLetter(i), message: 'Ô tiêu đề chứa công thức: hãy ghi tên cột dạng chữ' });
    }),
  );
  return { file: { sheetName: state.name, headerRow: detection.headerRowIndex + 1, detection, rowsRead, rows: isMissing ? [] : rows, log } };
}

/** The buffered rows below the header are data rows: parse them, then free the buffer's data part. */
function replayBuffered(state: SheetState, onDataRow: (rowNumber: number, cells: XlsxCell[]) => void): void {
  const detection = state.detection!;
  for (let index = detection.dataRowIndex; index < state.buffered.length; index += 1) onDataRow(index + 1, state.buffered[index]!);
  state.buffered.length = Math.min(state.buffered.length, detection.dataRowIndex);
}
