/**
 * Roster .xlsx files for tests and the benchmark, as units really send them:
 *
 * - `xlsxOfRows` builds a small sheet from rows of cells, with merges and formulas;
 * - `messyRosterXlsx` is the sector's typical file: title rows, a two-row merged header
 *   ("Ngày sinh" over "Nam" | "Nữ"), a column the import does not recognise ("ĐV"),
 *   sex written as a date column, names in capitals or NFD, dates as text, Excel dates
 *   and bare years, "Tay" for Tày;
 * - `writeRosterXlsx` streams N rows of a plain one-row-header roster to a file or
 *   stream with exceljs's streaming writer (the benchmark writes 100,000 rows with it),
 *   and `generateRosterRows` makes those rows, deterministically.
 */
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../../../common/roster/cell-text.ts';
import { addDays } from '../../../../common/text/calendar-dates.ts';

export type FixtureCell = CellValue | { formula: string };

/** A one-sheet workbook from rows of cells (row 1 first); `merges` like "C3:D3". */
export async function xlsxOfRows(rows: readonly (readonly FixtureCell[])[], options: { merges?: string[]; sheetName?: string; sheetsBefore?: { name: string; rows: CellValue[][]; state?: 'hidden' }[] } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const before of options.sheetsBefore ?? []) {
    const sheet = workbook.addWorksheet(before.name, before.state ? { state: before.state } : {});
    for (const row of before.rows) sheet.addRow(row);
  }
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Danh sách');
  rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = sheet.getCell(r + 1, c + 1);
      if (typeof value === 'object' && !(value instanceof Date)) cell.value = { formula: value.formula } as ExcelJS.CellFormulaValue;
      else cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A UTC-midnight Date, as Excel date cells are read. */
export const excelDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Row 6 onwards of `messyRosterXlsx`: [STT, name, birth male, birth female, ethnic, position, training, ĐV]. */
export const MESSY_PEOPLE: readonly FixtureCell[][] = [
  [1, 'NGUYỄN VĂN AN', '12/03/1975', null, 'Kinh', 'Hiệu trưởng', 'Thạc sĩ QLGD', 'x'],
  [2, 'Trần Thị Bình'.normalize('NFD'), null, excelDate('1982-07-20'), 'Tay', 'Phó hiệu trưởng', 'Đại học sư phạm', 'x'],
  [3, 'Lê Thị Cúc', null, 1990, 'Mường', 'Giáo viên', 'Cao đẳng', ''],
  [4, 'Phạm Văn Dũng', '05/11/1988', null, 'kinh', 'GV', 'ĐHSP Toán', ''],
  [5, 'Hoàng Thị Én', null, '30/04/1995', 'Thái', 'Kế toán', 'Đại học', 'x'],
];

/**
 * The typical file: two title rows, a blank row, a two-row header with "Họ và tên" merged
 * down and "Ngày sinh" merged across "Nam" | "Nữ", and an "ĐV" column (Đảng viên) the
 * import does not recognise, which the person maps. `people` replaces the rows.
 */
export async function messyRosterXlsx(people: readonly FixtureCell[][] = MESSY_PEOPLE): Promise<Buffer> {
  const rows: FixtureCell[][] = [
    ['UBND XÃ QUẢNG XƯƠNG'],
    ['DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN NĂM HỌC 2025-2026'],
    [],
    ['STT', 'Họ và tên', 'Ngày sinh', null, 'Dân tộc', 'Chức vụ', 'Trình độ đào tạo', 'ĐV'],
    [null, null, 'Nam', 'Nữ'],
    ...people,
  ];
  return xlsxOfRows(rows, { merges: ['A1:H1', 'A2:H2', 'A4:A5', 'B4:B5', 'C4:D4', 'E4:E5', 'F4:F5', 'G4:G5', 'H4:H5'] });
}

// ---------------------------------------------------------------------------------------
// Many rows, streamed

export interface RosterFileRow {
  fullName: string;
  /** dd/mm/yyyy text, an Excel date, or a bare year: all three occur in real files. */
  birth: string | Date | number;
  sex: 'Nam' | 'Nữ';
  ethnicGroup: string;
  position: string;
  trainingLevel: string;
  politicalTheory: string;
  partyMember: string;
  planningPool: string;
  genderTraining: string;
}

export const ROSTER_FILE_HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Chức vụ', 'Trình độ đào tạo', 'Lý luận chính trị', 'Đảng viên', 'Quy hoạch', 'Năm tập huấn về bình đẳng giới'] as const;

/** The cells of one row under ROSTER_FILE_HEADER; `index` is the STT. */
export function rosterRowCells(row: RosterFileRow, index: number): CellValue[] {
  return [index, row.fullName, row.birth, row.sex, row.ethnicGroup, row.position, row.trainingLevel, row.politicalTheory, row.partyMember, row.planningPool, row.genderTraining];
}

/**
 * Streams a roster (one title row, the header, the rows) to a path or a stream without
 * holding the sheet: each row is committed as it is written. Resolves with the row count.
 */
export async function writeRosterXlsx(target: string | Writable, rows: Iterable<RosterFileRow> | AsyncIterable<RosterFileRow>, options: { title?: string } = {}): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === 'string' ? { filename: target } : { stream: target }),
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow([options.title ?? 'DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN']).commit();
  sheet.addRow([...ROSTER_FILE_HEADER]).commit();
  let count = 0;
  for await (const row of rows) {
    count += 1;
    const added = sheet.addRow(rosterRowCells(row, count));
    if (row.birth instanceof Date) added.getCell(3).numFmt = 'dd/mm/yyyy';
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Lương', 'Trịnh', 'Mai'];
const MIDDLE_F = ['Thị', 'Thị Thu', 'Thị Ngọc', 'Ngọc', 'Thị Minh', 'Thị Hồng', 'Thị Thanh', 'Thùy', 'Kim', 'Thị Kim'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Xuân', 'Thành', 'Ngọc', 'Văn Minh'];
const GIVEN_F = ['Hoa', 'Lan', 'Hương', 'Mai', 'Hà', 'Thủy', 'Nga', 'Linh', 'Trang', 'Yến', 'Hạnh', 'Phương', 'Thảo', 'Huyền', 'Ngân', 'Vân', 'Oanh', 'Liên', 'Dung', 'Hằng'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Hải', 'Long', 'Nam', 'Sơn', 'Tuấn', 'Thắng', 'Trung', 'Việt', 'Quân', 'Khánh', 'Phúc', 'Tài', 'Toàn', 'Đạt', 'Hiếu'];
const ETHNIC = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', 'Nùng', 'HMông', 'Dao', 'Tay', 'Ê-đê'];
const POSITIONS = ['Giáo viên', 'Giáo viên', 'Giáo viên', 'Giáo viên', 'GV', 'Tổ trưởng chuyên môn', 'Tổ phó', 'Nhân viên kế toán', 'Văn thư', 'Phó hiệu trưởng', 'Hiệu trưởng'];
const TRAINING = ['Đại học', 'Đại học sư phạm', 'ĐHSP', 'Cao đẳng', 'Thạc sĩ', 'Trung cấp', 'Đại học', 'Tiến sĩ'];
const POLITICAL = ['', '', '', 'Sơ cấp', 'Trung cấp', 'Cao cấp'];
const NAME_COUNT = FAMILY.length * MIDDLE_F.length * GIVEN_F.length * 2;

/**
 * `count` distinct people (name + birth date never repeat), the same for the same
 * `seed`. Birth dates are spread over 1965–1990 and written as text, Excel dates or —
 * one row in fifteen — a bare year.
 */
export function* generateRosterRows(count: number, seed = 1): Generator<RosterFileRow> {
  for (let i = 0; i < count; i += 1) {
    const n = (i * 7 + seed * 13) % NAME_COUNT;
    const isFemale = n % 2 === 0;
    const m = Math.floor(n / 2);
    const family = FAMILY[m % FAMILY.length]!;
    const middle = (isFemale ? MIDDLE_F : MIDDLE_M)[Math.floor(m / FAMILY.length) % MIDDLE_F.length]!;
    const given = (isFemale ? GIVEN_F : GIVEN_M)[Math.floor(m / (FAMILY.length * MIDDLE_F.length)) % GIVEN_F.length]!;
    // The same name comes back every NAME_COUNT rows, each time with a later birth date.
    const date = addDays('1965-01-01', ((n * 37) % 9000) + Math.floor(i / NAME_COUNT) * 3);
    const style = i % 15;
    const birth = style === 0 && Math.floor(i / NAME_COUNT) === 0 ? Number(date.slice(0, 4)) : style % 2 === 0 ? excelDate(date) : `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
    yield {
      fullName: `${family} ${middle} ${given}`,
      birth,
      sex: isFemale ? 'Nữ' : 'Nam',
      ethnicGroup: ETHNIC[(i * 5 + seed) % ETHNIC.length]!,
      position: POSITIONS[(i * 3 + seed) % POSITIONS.length]!,
      trainingLevel: TRAINING[(i * 11 + seed) % TRAINING.length]!,
      politicalTheory: POLITICAL[(i * 13 + seed) % POLITICAL.length]!,
      partyMember: (i + seed) % 3 === 0 ? 'x' : '',
      planningPool: (i + seed) % 17 === 0 ? 'Phó hiệu trưởng' : '',
      genderTraining: (i + seed) % 4 === 0 ? '2024' : '',
    };
  }
}

/** A roster of `count` generated rows as an .xlsx in memory, through the streaming writer. */
export async function generatedRosterXlsx(count: number, seed = 1): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => sink.on('end', resolve));
  await writeRosterXlsx(sink, generateRosterRows(count, seed));
  await done;
  return Buffer.concat(chunks);
}
