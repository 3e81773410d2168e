/**
 * Writes the offline report form: sheet "Báo cáo" laid out like the web form
 * (report-form.layout.ts), protected so that only the yellow input cells can be typed in,
 * prefilled with the report's figures; and the very hidden sheet "_binhdang" naming the
 * report, campaign, unit, template version and report version the form was made from,
 * signed (HMAC-SHA256) so an upload can prove it is this form, unaltered.
 */
import ExcelJS from 'exceljs';
import type { DefinitionLike, ReportAnswers } from '../../../../common/campaigns/report-content.ts';
import type { ValueType } from '../../../../common/contracts/templates.ts';
import { formatDate } from '../../../../common/text/format.ts';
import { signFields } from '../../../lib/file-signing.ts';
import { ASSESSMENT_LABELS } from './value-labels.ts';
import {
  COL,
  FORM_FORMAT,
  FORM_FORMAT_VERSION,
  FORM_SHEET,
  formLayoutOf,
  LAST_COL,
  META_FIELDS,
  META_SHEET,
  SIGNING_PURPOSE,
  TARGET_COL,
  type FormMetadataText,
  type FormRow,
} from './report-form.layout.ts';

export interface FormSource {
  reportId: number;
  reportVersion: number;
  campaign: { id: number; name: string; templateVersionId: number; periodLabel: string; asOf: string; issuerName: string };
  unit: { code: string; name: string };
  deadline: string;
  definition: DefinitionLike;
  values: Readonly<Record<string, number>>;
  answers: ReportAnswers;
  /** Where prefilled values came from, when the report was not started: told to the person. */
  prefillNote: string | null;
  createdAt: Date;
}

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFBDD7EE' } };
const GREY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const NUMBER_FORMAT: Record<ValueType, string> = { integer: '#,##0', money: '#,##0', decimal: 'General', percent: 'General' };

/** Excel's own check as the person types; the upload checks again, whatever Excel let through. */
function numberValidation(valueType: ValueType): ExcelJS.DataValidation {
  const isWhole = valueType === 'integer' || valueType === 'money';
  const isPercent = valueType === 'percent';
  return {
    type: isWhole ? 'whole' : 'decimal',
    operator: isPercent ? 'between' : 'greaterThanOrEqual',
    allowBlank: true,
    formulae: isPercent ? [0, 100] : [0],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Số liệu không hợp lệ',
    error: isWhole ? 'Nhập số nguyên không âm.' : isPercent ? 'Nhập tỷ lệ % từ 0 đến 100.' : 'Nhập số không âm.',
  };
}

const ASSESSMENT_VALIDATION: ExcelJS.DataValidation = {
  type: 'list',
  allowBlank: true,
  formulae: [`"${Object.values(ASSESSMENT_LABELS).join(',')}"`],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Đánh giá',
  error: `Chọn một trong: ${Object.values(ASSESSMENT_LABELS).join(', ')}.`,
};

function input(cell: ExcelJS.Cell) {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  cell.border = BOX;
}

function infoLines(source: FormSource): string[] {
  return [
    source.campaign.name,
    `Đơn vị báo cáo: ${source.unit.name} (${source.unit.code}) — đơn vị ban hành: ${source.campaign.issuerName}`,
    `Kỳ báo cáo: ${source.campaign.periodLabel} — số liệu tính đến ngày ${formatDate(source.campaign.asOf)}`,
    `Hạn nộp: ${formatDate(source.deadline)}`,
    [
      'Nhập vào các ô màu vàng: số liệu là số (không dùng công thức), chọn đánh giá trong danh sách, ghi lý do.',
      source.prefillNote ? `${source.prefillNote}: kiểm tra và sửa nếu cần.` : null,
      'Lưu tệp rồi tải lên tại trang báo cáo trên BinhDang; sau khi tải lên, vào trang báo cáo để nộp.',
    ]
      .filter(Boolean)
      .join(' '),
    '',
  ];
}

function writeRow(sheet: ExcelJS.Worksheet, rowNumber: number, layout: FormRow, source: FormSource, info: string[]) {
  const row = sheet.getRow(rowNumber);
  row.getCell(COL.marker).value = layout.marker;
  const label = row.getCell(COL.label);
  switch (layout.kind) {
    case 'info': {
      label.value = info[rowNumber - 1] ?? '';
      sheet.mergeCells(rowNumber, COL.label, rowNumber, LAST_COL);
      label.alignment = { wrapText: true, vertical: 'top' };
      if (rowNumber === 1) label.font = { bold: true, size: 14 };
      if (rowNumber === 5) row.height = 45;
      return;
    }
    case 'section':
      label.value = layout.title;
      sheet.mergeCells(rowNumber, COL.label, rowNumber, LAST_COL);
      label.font = { bold: true };
      label.fill = SECTION_FILL;
      label.alignment = { wrapText: true, vertical: 'middle' };
      row.height = Math.max(20, Math.ceil(layout.title.length / 95) * 16);
      return;
    case 'header': {
      layout.texts.forEach((text, i) => {
        const cell = row.getCell(COL.label + i);
        cell.value = text;
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
        cell.border = BOX;
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      });
      // The reason header spans the three number columns, as the reasons below it do.
      if (layout.texts.length === 3) sheet.mergeCells(rowNumber, TARGET_COL.reason, rowNumber, LAST_COL);
      return;
    }
    case 'values': {
      label.value = layout.label;
      label.alignment = { wrapText: true, vertical: 'middle', indent: layout.isSub ? 2 : 0 };
      label.border = BOX;
      if (!layout.isSub) label.font = { bold: true };
      const unit = row.getCell(COL.unit);
      unit.value = layout.element.unit;
      unit.alignment = { horizontal: 'center', vertical: 'middle' };
      unit.border = BOX;
      for (let column = COL.total; column <= COL.male; column += 1) {
        const value = layout.cells.find((c) => c.column === column);
        const cell = row.getCell(column);
        if (!value) {
          cell.fill = GREY_FILL;
          cell.border = BOX;
          continue;
        }
        input(cell);
        cell.numFmt = NUMBER_FORMAT[layout.element.valueType];
        cell.dataValidation = numberValidation(layout.element.valueType);
        const current = source.values[value.key];
        if (typeof current === 'number') cell.value = current;
      }
      row.height = Math.max(18, Math.ceil(layout.label.length / 60) * 15);
      return;
    }
    case 'question':
      label.value = layout.question.hint ? `${layout.question.label}${layout.question.required ? ' (bắt buộc)' : ''}\n${layout.question.hint}` : `${layout.question.label}${layout.question.required ? ' (bắt buộc)' : ''}`;
      label.font = { bold: true };
      label.alignment = { wrapText: true, vertical: 'top' };
      sheet.mergeCells(rowNumber, COL.label, rowNumber, LAST_COL);
      row.height = layout.question.hint ? 32 : 18;
      return;
    case 'text':
      input(label);
      label.value = source.answers.texts[layout.question.code] ?? null;
      label.alignment = { wrapText: true, vertical: 'top' };
      sheet.mergeCells(rowNumber, COL.label, rowNumber, LAST_COL);
      row.height = 120;
      return;
    case 'targets':
      label.value = layout.label;
      label.font = { bold: true };
      label.alignment = { wrapText: true, vertical: 'top' };
      sheet.mergeCells(rowNumber, COL.label, rowNumber, LAST_COL);
      row.height = Math.max(18, Math.ceil(layout.label.length / 95) * 16);
      return;
    case 'target': {
      const answer = source.answers.targets[layout.target.code];
      label.value = `${layout.target.label}\nCăn cứ: ${layout.target.source}`;
      label.alignment = { wrapText: true, vertical: 'top' };
      label.border = BOX;
      const assessment = row.getCell(TARGET_COL.assessment);
      input(assessment);
      assessment.dataValidation = ASSESSMENT_VALIDATION;
      assessment.alignment = { vertical: 'top', wrapText: true };
      assessment.value = answer?.assessment ? ASSESSMENT_LABELS[answer.assessment] : null;
      const reason = row.getCell(TARGET_COL.reason);
      input(reason);
      reason.value = answer?.reason || null;
      reason.alignment = { wrapText: true, vertical: 'top' };
      sheet.mergeCells(rowNumber, TARGET_COL.reason, rowNumber, LAST_COL);
      row.height = Math.max(60, Math.ceil((layout.target.label.length + layout.target.source.length) / 55) * 15);
      return;
    }
  }
}

/** The metadata as written and signed: every field a string, so what is read back is what was signed. */
export function formMetadataOf(source: Pick<FormSource, 'reportId' | 'reportVersion' | 'campaign' | 'unit' | 'createdAt'>): FormMetadataText {
  return {
    format: FORM_FORMAT,
    formatVersion: FORM_FORMAT_VERSION,
    reportId: String(source.reportId),
    campaignId: String(source.campaign.id),
    campaignName: source.campaign.name,
    unitCode: source.unit.code,
    unitName: source.unit.name,
    templateVersionId: String(source.campaign.templateVersionId),
    reportVersion: String(source.reportVersion),
    createdAt: source.createdAt.toISOString(),
  };
}

/** Adds the very hidden, signed metadata sheet (also used by tests to forge a form signed with the right key). */
export function addMetadataSheet(workbook: ExcelJS.Workbook, metadata: FormMetadataText, secret: string) {
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const field of META_FIELDS) sheet.addRow([field, metadata[field]]);
  sheet.addRow(['signature', signFields(secret, SIGNING_PURPOSE, META_FIELDS.map((f) => metadata[f]))]);
  return sheet;
}

export async function writeReportForm(source: FormSource, secret: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BinhDang';
  workbook.created = source.createdAt;
  const sheet = workbook.addWorksheet(FORM_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 4, hidden: true }, { width: 62 }, { width: 18 }, { width: 14 }, { width: 14 }, { width: 14 }];
  const info = infoLines(source);
  formLayoutOf(source.definition).forEach((layout, i) => writeRow(sheet, i + 1, layout, source, info));
  // No password: protection keeps the layout from being broken by accident, the upload
  // checks everything anyway. Rows may be resized (long answers), columns may not (column A stays hidden).
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatCells: false, formatColumns: false, formatRows: true, insertRows: false, deleteRows: false, insertColumns: false, deleteColumns: false, sort: false, autoFilter: false });
  addMetadataSheet(workbook, formMetadataOf(source), secret);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
