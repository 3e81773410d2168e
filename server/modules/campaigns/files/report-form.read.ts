/**
 * Reads an uploaded offline report form back into report content, or refuses it with
 * a Vietnamese message naming the row, the column and the reason. Nothing is trusted
 * that the server did not sign or cannot check against the layout: the metadata sheet
 * must carry a valid signature, the hidden markers and header rows must be exactly as
 * written, and every input cell is checked as the web form checks it (report-content.ts).
 */
import type ExcelJS from 'exceljs';
import { checkValue, type DefinitionLike, type ReportAnswers } from '../../../../common/campaigns/report-content.ts';
import { reportAnswersInput } from '../../../../common/contracts/campaigns.ts';
import type { TargetAssessment } from '../../../../common/contracts/templates.ts';
import type { ErrorDetail } from '../../../../common/errors.ts';
import { formatDate, formatNumber } from '../../../../common/text/format.ts';
import { normalizeText, toSearchKey } from '../../../../common/text/vietnamese.ts';
import { AppError } from '../../../lib/errors.ts';
import { hasValidSignature } from '../../../lib/file-signing.ts';
import { readCell, type SheetCell } from '../../../lib/files/xlsx-read.ts';
import { ASSESSMENT_LABELS, valueKeyLabel } from './value-labels.ts';
import { COL, columnLetter, FORM_FORMAT, FORM_FORMAT_VERSION, FORM_SHEET, formLayoutOf, META_FIELDS, META_SHEET, SIGNING_PURPOSE, TARGET_COL, type FormMetadataText, type FormRow } from './report-form.layout.ts';

export const NOT_OUR_FORM = 'Tệp không phải biểu mẫu BinhDang hoặc đã bị sửa phần thông tin';
export const FORMULA_CELL = 'Ô chứa công thức; hãy nhập giá trị';
const LAYOUT_CHANGED =
  'Cột ẩn chứa mã chỉ tiêu hoặc các dòng tiêu đề của biểu mẫu đã bị thay đổi (có dòng bị chèn, xóa hoặc sửa), nên không biết ô nào là chỉ tiêu nào. Hãy tải biểu mẫu mới và nhập lại số liệu.';

export interface FormMetadata {
  reportId: number;
  campaignId: number;
  campaignName: string;
  unitCode: string;
  unitName: string;
  templateVersionId: number;
  reportVersion: number;
  createdAt: string;
}

function invalid(message: string, details?: ErrorDetail[]): AppError {
  return new AppError('IMPORT_INVALID', message, details);
}

/** A cell as plain text (markers, metadata, headers): numbers as written, blanks as ''. */
function plainText(cell: SheetCell | null): string {
  if (!cell) return '';
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'number') return String(cell.value);
  if (cell.kind === 'date') return cell.date;
  if (cell.kind === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return '';
}

const isNonNegativeInteger = (text: string) => /^(0|[1-9][0-9]{0,14})$/.test(text);

/** The signed metadata, or NOT_OUR_FORM when the sheet is missing, incomplete or its signature does not match. */
export function readFormMetadata(workbook: ExcelJS.Workbook, secret: string): FormMetadata {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) throw invalid(NOT_OUR_FORM);
  const found = new Map<string, string>();
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const key = plainText(readCell(row.getCell(1)));
    if (key && !found.has(key)) found.set(key, plainText(readCell(row.getCell(2))));
  });
  const text = Object.fromEntries(META_FIELDS.map((field) => [field, found.get(field)])) as Partial<FormMetadataText>;
  const signature = found.get('signature') ?? '';
  if (META_FIELDS.some((field) => text[field] === undefined)) throw invalid(NOT_OUR_FORM);
  const fields = META_FIELDS.map((field) => text[field]!);
  if (!hasValidSignature(secret, SIGNING_PURPOSE, fields, signature)) throw invalid(NOT_OUR_FORM);
  // Signed by us, so well formed, unless the format itself is another one.
  if (text.format !== FORM_FORMAT || text.formatVersion !== FORM_FORMAT_VERSION) throw invalid(NOT_OUR_FORM);
  const numbers = [text.reportId!, text.campaignId!, text.templateVersionId!, text.reportVersion!];
  if (!numbers.every(isNonNegativeInteger)) throw invalid(NOT_OUR_FORM);
  return {
    reportId: Number(text.reportId),
    campaignId: Number(text.campaignId),
    campaignName: text.campaignName!,
    unitCode: text.unitCode!,
    unitName: text.unitName!,
    templateVersionId: Number(text.templateVersionId),
    reportVersion: Number(text.reportVersion),
    createdAt: text.createdAt!,
  };
}

/** Exactly the two sheets the form was made with, under their names. */
function assertSheets(workbook: ExcelJS.Workbook) {
  const names = workbook.worksheets.map((s) => s.name);
  const extra = names.filter((name) => name !== FORM_SHEET && name !== META_SHEET);
  if (!names.includes(FORM_SHEET)) {
    throw invalid(`Không thấy trang tính "${FORM_SHEET}"${extra.length > 0 ? ` (tệp có trang ${extra.map((n) => `"${n}"`).join(', ')}: trang đã bị đổi tên?)` : ''}. Hãy giữ nguyên tên trang tính, hoặc tải biểu mẫu mới.`);
  }
  if (extra.length > 0) {
    throw invalid(`Tệp có thêm trang tính ${extra.map((n) => `"${n}"`).join(', ')}: biểu mẫu chỉ có trang "${FORM_SHEET}". Hãy xóa trang thêm vào (hoặc chép số liệu sang biểu mẫu mới) rồi tải lên lại.`);
  }
}

interface Problem extends ErrorDetail {
  row: number;
  column: string;
}

const byPosition = (a: Problem, b: Problem) => a.row - b.row || a.column.length - b.column.length || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0);

/** Formula cells anywhere in the form: never evaluated, always refused with their position. */
function findFormulas(sheet: ExcelJS.Worksheet): Problem[] {
  const problems: Problem[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (readCell(cell)?.kind === 'formula' && cell.master === cell) problems.push({ row: rowNumber, column: columnLetter(column), message: FORMULA_CELL });
    });
  });
  return problems;
}

/** The hidden markers of every row and the texts of every header row, as written. */
function assertLayout(sheet: ExcelJS.Worksheet, layout: FormRow[]) {
  const lastRow = Math.max(layout.length, sheet.actualRowCount === 0 ? 0 : sheet.lastRow?.number ?? 0);
  for (let r = 1; r <= lastRow; r += 1) {
    const expected = layout[r - 1]?.marker ?? '';
    const actual = plainText(readCell(sheet.getRow(r).getCell(COL.marker)));
    if (actual !== expected) throw invalid(LAYOUT_CHANGED, [{ row: r, column: columnLetter(COL.marker), message: `Dòng ${r}: mã ẩn ở cột ${columnLetter(COL.marker)} không khớp biểu mẫu` }]);
  }
  const problems: Problem[] = [];
  layout.forEach((row, i) => {
    if (row.kind !== 'header') return;
    row.texts.forEach((text, j) => {
      const column = COL.label + j;
      const actual = normalizeText(plainText(readCell(sheet.getRow(i + 1).getCell(column))));
      if (actual !== text) problems.push({ row: i + 1, column: columnLetter(column), message: `Tiêu đề cột đã bị sửa: "${actual}" (đúng là "${text}")` });
    });
  });
  if (problems.length > 0) throw invalid(LAYOUT_CHANGED, problems);
}

const ASSESSMENT_BY_WORD = new Map<string, TargetAssessment>(Object.entries(ASSESSMENT_LABELS).map(([assessment, label]) => [toSearchKey(label), assessment as TargetAssessment]));

/** A text cell's content: NFC, Windows line ends made plain; a number or date typed there is kept as it reads. */
function answerText(cell: SheetCell | null): string {
  if (!cell) return '';
  if (cell.kind === 'number') return formatNumber(cell.value, 10);
  if (cell.kind === 'date') return formatDate(cell.date);
  return plainText(cell).normalize('NFC').replace(/\r\n?/g, '\n');
}

/** What a cell that should hold a number holds instead, for the message. */
function describeNonNumber(cell: SheetCell): string {
  if (cell.kind === 'text') return `ô đang chứa chữ "${cell.text.length > 40 ? `${cell.text.slice(0, 40)}…` : cell.text}"`;
  if (cell.kind === 'date') return `ô đang chứa ngày ${formatDate(cell.date)}`;
  if (cell.kind === 'error') return `ô đang báo lỗi ${cell.text}`;
  return 'ô không chứa số';
}

export interface FormContent {
  values: Record<string, number | null>;
  answers: ReportAnswers;
}

/**
 * The content of the form sheet, checked cell by cell. Every problem is collected, each
 * with its row and column; any problem refuses the whole file (IMPORT_INVALID).
 */
export function readFormContent(workbook: ExcelJS.Workbook, definition: DefinitionLike): FormContent {
  assertSheets(workbook);
  const sheet = workbook.getWorksheet(FORM_SHEET)!;
  const layout = formLayoutOf(definition);
  const formulas = findFormulas(sheet);
  assertLayout(sheet, layout);
  const problems: Problem[] = [...formulas];
  const formulaAt = new Set(formulas.map((p) => `${p.row}:${p.column}`));
  const values: Record<string, number | null> = {};
  const answers: ReportAnswers = { texts: {}, targets: {} };
  const rowOf = new Map<string, number>();
  const at = (row: number, column: number) => {
    const cell = readCell(sheet.getRow(row).getCell(column));
    return formulaAt.has(`${row}:${columnLetter(column)}`) ? { skip: true as const } : { skip: false as const, cell };
  };
  layout.forEach((entry, i) => {
    const row = i + 1;
    if (entry.kind === 'values') {
      for (const { column, key } of entry.cells) {
        const read = at(row, column);
        if (read.skip) continue;
        const { cell } = read;
        if (!cell || (cell.kind === 'text' && cell.text.trim() === '')) {
          values[key] = null;
          continue;
        }
        const element = { valueType: entry.element.valueType, label: valueKeyLabel(entry.element, key) };
        if (cell.kind !== 'number') {
          problems.push({ row, column: columnLetter(column), message: `${checkValue(element, plainText(cell))} (${describeNonNumber(cell)})` });
          continue;
        }
        const problem = checkValue(element, cell.value);
        if (problem) problems.push({ row, column: columnLetter(column), message: problem });
        else values[key] = cell.value;
      }
    } else if (entry.kind === 'text') {
      const read = at(row, COL.label);
      if (read.skip) return;
      const text = answerText(read.cell);
      if (text.trim() !== '') answers.texts[entry.question.code] = text;
      rowOf.set(`texts.${entry.question.code}`, row);
    } else if (entry.kind === 'target') {
      const code = entry.target.code;
      rowOf.set(`targets.${code}`, row);
      const assessmentCell = at(row, TARGET_COL.assessment);
      const reasonCell = at(row, TARGET_COL.reason);
      let assessment: TargetAssessment | null = null;
      if (!assessmentCell.skip) {
        const word = normalizeText(plainText(assessmentCell.cell));
        if (word !== '') {
          const found = ASSESSMENT_BY_WORD.get(toSearchKey(word));
          if (found) assessment = found;
          else {
            problems.push({
              row,
              column: columnLetter(TARGET_COL.assessment),
              message: `Đánh giá "${word}" không hợp lệ cho chỉ tiêu "${entry.target.label}": hãy chọn ${Object.values(ASSESSMENT_LABELS).join(', ')}`,
            });
          }
        }
      }
      const reason = reasonCell.skip ? '' : normalizeText(answerText(reasonCell.cell));
      if (assessment || reason) answers.targets[code] = { assessment, reason };
    }
  });
  // Lengths as the web form's contract has them.
  const checked = reportAnswersInput.safeParse(answers);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [kind, code] = issue.path as [string, string];
      const row = rowOf.get(`${kind}.${code}`);
      if (row === undefined) continue;
      const column = columnLetter(kind === 'texts' ? COL.label : TARGET_COL.reason);
      problems.push({ row, column, message: issue.message });
    }
  }
  if (problems.length > 0) {
    problems.sort(byPosition);
    const first = problems[0]!;
    throw invalid(`Tệp có ${problems.length} ô chưa hợp lệ nên chưa lưu gì. Dòng ${first.row}, cột ${first.column}: ${first.message}`, problems);
  }
  return { values, answers };
}
