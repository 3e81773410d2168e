/**
 * Units out to a file — the same columns the import reads, parents before children, so
 * an export imports back cleanly — and the blank template with a guide sheet.
 *
 * Nothing leaves as a formula: text that starts like one (= + - @ tab CR) is a plain
 * string in .xlsx and gets a leading apostrophe in .csv, which the import strips again.
 */
import ExcelJS from 'exceljs';
import type { Database } from '../../../db/client.ts';
import { authorize, type Actor } from '../../../lib/policy.ts';
import { UNIT_FILE_COLUMNS, type UnitFileColumn } from '../../../../common/contracts/units.ts';
import { formatDate, todayInVietnam } from '../../../../common/text/format.ts';
import { asciiSlug, CSV_TYPE, safeDisplayName, XLSX_TYPE, type FileDownload } from '../../../lib/files/file-transfer.ts';
import { formatCsv } from '../../../lib/files/csv-write.ts';
import { findUnitById, listKinds, listLevels, listSubtreeForExport } from '../units.repo.ts';
import { loadUnitFor } from '../units.service.ts';

export interface ExportedFile extends FileDownload {
  /** Units in the file (0 for the template). */
  unitCount: number;
}

const WIDTHS: Record<UnitFileColumn, number> = {
  code: 16,
  name: 48,
  kind: 12,
  parentCode: 20,
  shortName: 22,
  validFrom: 13,
  validTo: 13,
  successorCode: 20,
  address: 40,
  email: 30,
  phone: 16,
};

type ExportRow = Awaited<ReturnType<typeof listSubtreeForExport>>[number];

function toCells(row: ExportRow): string[] {
  const values: Record<UnitFileColumn, string> = {
    code: row.code,
    name: row.name,
    kind: row.kindCode,
    parentCode: row.parentCode ?? '',
    shortName: row.shortName ?? '',
    validFrom: formatDate(row.validFrom),
    validTo: formatDate(row.validTo),
    successorCode: row.successorCode ?? '',
    address: row.address ?? '',
    email: row.email ?? '',
    phone: row.phone ?? '',
  };
  return UNIT_FILE_COLUMNS.map((c) => values[c.key]);
}

/** The units sheet: bold, frozen header; every cell a text cell, so Excel neither computes nor reformats it. */
function addUnitsSheet(workbook: ExcelJS.Workbook, rows: string[][]) {
  const sheet = workbook.addWorksheet('Đơn vị', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = UNIT_FILE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: WIDTHS[c.key], style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (const cells of rows) {
    // A string value is always written as a string, never as a formula: "=1+1" stays text.
    sheet.addRow(cells.map((value) => (value === '' ? null : value)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: UNIT_FILE_COLUMNS.length } };
  return sheet;
}

async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function exportUnits(
  database: Database,
  actor: Actor,
  options: { format: 'xlsx' | 'csv'; rootId?: number | undefined; includeClosed: boolean },
): Promise<ExportedFile> {
  const { db } = database;
  const today = todayInVietnam();
  // A unit outside the actor's subtree does not exist for them (404), then the import right is needed.
  const root = options.rootId ? await loadUnitFor(db, actor, options.rootId) : await findUnitById(db, actor.unitId, today);
  if (!root) throw new Error(`actor unit ${actor.unitId} missing`);
  authorize(actor, 'unit:import', root, 'Bạn không có quyền xuất danh sách đơn vị (chỉ quản trị đơn vị được xuất)');
  const units = await listSubtreeForExport(db, root.path, today, options.includeClosed);
  const rows = units.map(toCells);
  const stamp = today.replace(/-/g, '');
  const fileName = `Danh sách đơn vị - ${safeDisplayName(root.name)} - ${stamp}.${options.format}`;
  const asciiFileName = `don-vi-${asciiSlug(root.code) || 'export'}-${stamp}.${options.format}`;
  if (options.format === 'csv') {
    return { fileName, asciiFileName, contentType: CSV_TYPE, body: formatCsv([UNIT_FILE_COLUMNS.map((c) => c.header), ...rows]), unitCount: rows.length };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BinhDang';
  workbook.created = new Date();
  addUnitsSheet(workbook, rows);
  return { fileName, asciiFileName, contentType: XLSX_TYPE, body: await workbookBuffer(workbook), unitCount: rows.length };
}

const GUIDE: Record<UnitFileColumn, string> = {
  code: 'Bắt buộc. Mã duy nhất của đơn vị: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới; tối đa 40 ký tự; không phân biệt hoa thường. Mã đã có trong hệ thống thì dòng đó cập nhật đơn vị; mã mới thì thêm đơn vị.',
  name: 'Bắt buộc. Tên đầy đủ của đơn vị, tối đa 300 ký tự.',
  kind: 'Bắt buộc. Mã hoặc tên loại hình (xem bảng bên dưới), ví dụ TH, THCS, "Trường mầm non". Loại hình phải ở cấp thấp hơn đơn vị cấp trên.',
  parentCode: 'Bắt buộc. Mã của đơn vị cấp trên: đơn vị đã có trong hệ thống hoặc có ở một dòng khác trong tệp (thứ tự dòng không quan trọng). Đổi mã này với đơn vị đã có là chuyển đơn vị sang đơn vị cấp trên mới.',
  shortName: 'Không bắt buộc. Tên viết tắt, tối đa 100 ký tự.',
  validFrom: 'Không bắt buộc. Ngày bắt đầu hoạt động (dd/mm/yyyy). Với đơn vị được chuyển sang đơn vị cấp trên mới: ngày việc chuyển có hiệu lực (để trống = hôm nay).',
  validTo: 'Không bắt buộc. Ngày ngừng hoạt động (dd/mm/yyyy), ví dụ 01/07/2025 khi giải thể hoặc sáp nhập. Đơn vị còn đơn vị trực thuộc đang hoạt động thì phải chuyển chúng đi hoặc ghi đơn vị kế thừa.',
  successorCode: 'Không bắt buộc. Mã đơn vị kế thừa khi đơn vị ngừng hoạt động; các đơn vị trực thuộc còn lại sẽ chuyển sang đơn vị này.',
  address: 'Không bắt buộc. Địa chỉ, tối đa 300 ký tự.',
  email: 'Không bắt buộc. Địa chỉ thư điện tử.',
  phone: 'Không bắt buộc. Số điện thoại, tối đa 30 ký tự.',
};

/** The blank file to fill: the header row, one example row, and a guide sheet listing the kinds. */
export async function buildUnitImportTemplate(database: Database, actor: Actor): Promise<ExportedFile> {
  authorize(actor, 'unit:import', { path: actor.unitPath }, 'Bạn không có quyền nhập danh sách đơn vị (chỉ quản trị đơn vị được nhập)');
  const { db } = database;
  const own = await findUnitById(db, actor.unitId, todayInVietnam());
  const [levels, kinds] = [await listLevels(db), await listKinds(db)];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BinhDang';
  const example: Record<UnitFileColumn, string> = {
    code: 'VD-TH-001',
    name: 'Trường Tiểu học Ví Dụ',
    kind: 'TH',
    parentCode: own?.code ?? '',
    shortName: 'TH Ví Dụ',
    validFrom: '01/09/2025',
    validTo: '',
    successorCode: '',
    address: 'Thôn 1, xã Ví Dụ',
    email: 'thvidu@example.edu.vn',
    phone: '0200 3888 888',
  };
  addUnitsSheet(workbook, [UNIT_FILE_COLUMNS.map((c) => example[c.key])]);

  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.columns = [{ width: 24 }, { width: 44 }, { width: 22 }, { width: 36 }];
  const title = guide.addRow(['Hướng dẫn nhập danh sách đơn vị']);
  title.font = { bold: true, size: 14 };
  guide.addRow([
    'Điền mỗi đơn vị một dòng ở trang "Đơn vị", giữ nguyên dòng tiêu đề, xóa dòng ví dụ. Hệ thống nhận tệp .xlsx hoặc .csv (UTF-8), nhận cột theo tên tiêu đề (không phân biệt thứ tự, hoa thường, dấu). Ngày ghi dạng dd/mm/yyyy. Không dùng công thức. Tải tệp lên để xem trước: mọi lỗi được báo theo dòng và cột; chỉ khi không còn lỗi mới áp dụng được, và tệp được áp dụng toàn bộ hoặc không áp dụng gì.',
  ]).alignment = { wrapText: true };
  guide.mergeCells(2, 1, 2, 4);
  guide.getRow(2).height = 75;
  guide.addRow([]);
  const columnsHeader = guide.addRow(['Cột', 'Ý nghĩa']);
  columnsHeader.font = { bold: true };
  for (const column of UNIT_FILE_COLUMNS) {
    const row = guide.addRow([column.header, GUIDE[column.key]]);
    row.alignment = { wrapText: true, vertical: 'top' };
    guide.mergeCells(row.number, 2, row.number, 4);
    row.height = Math.max(18, Math.ceil(GUIDE[column.key].length / 90) * 16);
  }
  guide.addRow([]);
  const kindsTitle = guide.addRow(['Loại hình (cột "Loại hình")']);
  kindsTitle.font = { bold: true };
  const kindsHeader = guide.addRow(['Mã loại hình', 'Tên loại hình', 'Tên viết tắt', 'Cấp']);
  kindsHeader.font = { bold: true };
  const levelName = new Map(levels.map((l) => [l.id, l.name]));
  for (const kind of kinds) guide.addRow([kind.code, kind.name, kind.shortName, levelName.get(kind.levelId) ?? '']);
  return {
    fileName: 'Mẫu nhập danh sách đơn vị.xlsx',
    asciiFileName: 'mau-nhap-don-vi.xlsx',
    contentType: XLSX_TYPE,
    body: await workbookBuffer(workbook),
    unitCount: 0,
  };
}
