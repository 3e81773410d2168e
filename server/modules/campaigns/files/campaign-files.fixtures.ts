/**
 * Test helpers for the campaign files: filling a downloaded form with exceljs as a person
 * fills it in Excel (typing into cells, saving), uploading it through the real app, and
 * snapshots that prove a refused upload changed nothing.
 */
import ExcelJS from 'exceljs';
import type { Database } from '../../../db/client.ts';
import type { App } from '../../../lib/http.ts';
import type { SignedIn } from '../../../test/harness.ts';
import { multipartBody } from '../../../test/multipart.ts';
import { COL, FORM_SHEET, TARGET_COL } from './report-form.layout.ts';

export async function openWorkbook(content: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(content) as never);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The row whose hidden marker is `marker` (or starts with it, for value rows: "value:staff.total"). */
export function rowOfMarker(sheet: ExcelJS.Worksheet, marker: string): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const text = String(sheet.getRow(r).getCell(COL.marker).value ?? '');
    if (text === marker || text.startsWith(`${marker} `) || text.split(/[: ]/).includes(marker)) return r;
  }
  throw new Error(`no row holds ${marker}`);
}

const SEX_COLUMN: Record<string, number> = { total: COL.total, female: COL.female, male: COL.male };

/** Where a value key is typed: its row, and the column of its sex (or "Tổng số" for an undivided element). */
export function cellOfKey(sheet: ExcelJS.Worksheet, key: string): ExcelJS.Cell {
  const row = rowOfMarker(sheet, key);
  const sex = key.split('.')[1];
  return sheet.getRow(row).getCell(sex ? SEX_COLUMN[sex]! : COL.total);
}

export interface FormInput {
  values?: Record<string, ExcelJS.CellValue>;
  texts?: Record<string, string>;
  targets?: Record<string, { assessment?: string; reason?: string }>;
}

/** Types into the form sheet what a person would type, and saves. */
export async function fillForm(content: Buffer | Uint8Array, input: FormInput, edit?: (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = await openWorkbook(content);
  const sheet = workbook.getWorksheet(FORM_SHEET)!;
  for (const [key, value] of Object.entries(input.values ?? {})) cellOfKey(sheet, key).value = value;
  for (const [code, text] of Object.entries(input.texts ?? {})) sheet.getRow(rowOfMarker(sheet, `text:${code}`)).getCell(COL.label).value = text;
  for (const [code, answer] of Object.entries(input.targets ?? {})) {
    const row = sheet.getRow(rowOfMarker(sheet, `target:${code}`));
    if (answer.assessment !== undefined) row.getCell(TARGET_COL.assessment).value = answer.assessment;
    if (answer.reason !== undefined) row.getCell(TARGET_COL.reason).value = answer.reason;
  }
  edit?.(workbook, sheet);
  return saveWorkbook(workbook);
}

/** POST /api/reports/:id/form.xlsx with a file, as a signed-in person. */
export function uploadForm(app: App, who: SignedIn, reportId: number, content: Buffer | string, fileName = 'bao-cao.xlsx') {
  const { payload, contentType } = multipartBody(fileName, content);
  return app.inject({ method: 'POST', url: `/api/reports/${reportId}/form.xlsx`, payload, headers: { 'content-type': contentType, cookie: who.cookie, 'x-csrf-token': who.csrfToken } });
}

export function download(app: App, who: SignedIn, url: string) {
  return app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
}

/** Everything a refused upload must leave as it was: the report row, its rollups, and the audit log. */
export async function snapshotReport(database: Database, reportId: number) {
  const [report] = await database.query(`select state, values, answers, responses, version, updated_at::text as "updatedAt" from campaign_reports where id = ${Math.trunc(reportId)}`);
  const rollups = await database.query(`select unit_id, stripe, totals from campaign_rollups where campaign_id = (select campaign_id from campaign_reports where id = ${Math.trunc(reportId)}) order by unit_id, stripe`);
  const [audit] = await database.query<{ n: number }>('select count(*)::int as n from audit_log');
  return { report, rollups, auditEntries: audit!.n };
}
