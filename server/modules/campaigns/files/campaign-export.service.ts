/**
 * A campaign's results out to a file (xuất kết quả đợt báo cáo), for the unit the viewer
 * chooses within the campaign's scope and their own subtree — the same unit the board and
 * the rollup default to.
 *
 * .xlsx: "Tổng hợp" (the unit's live subtree rollup, then each unit below it level by
 * level: a commune's subtree totals, a school's own counted figures), "Số liệu đơn vị" (one
 * row per expected report with its status and current figures), "Thông tin" (what the
 * file is). .csv: the "Số liệu đơn vị" table alone.
 *
 * A national export is 54,000 reports × 150 figures: the workbook is written with exceljs's
 * streaming writer straight to the reply, and the rows come from the database a chunk at a
 * time, waiting for the client to take what was written — at no moment are all the cells in
 * memory. The chunks are read one after another, not in one transaction (a long read
 * transaction would stall PGlite's single connection for every other user), so a report
 * saved while a large file streams may show in one sheet and not yet in the other.
 */
import { once, type EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database } from '../../../db/client.ts';
import { recordAudit } from '../../../lib/audit.ts';
import type { Actor } from '../../../lib/policy.ts';
import { formatCsvRecord, UTF8_BOM } from '../../../lib/files/csv-write.ts';
import { asciiSlug, CSV_TYPE, safeDisplayName, XLSX_TYPE, type StreamedDownload } from '../../../lib/files/file-transfer.ts';
import { describePeriod } from '../../../../common/campaigns/periods.ts';
import type { ReportStatus } from '../../../../common/campaigns/deadlines.ts';
import { vi } from '../../../../common/i18n/vi.ts';
import { VIETNAM_OFFSET_MS } from '../../../../common/text/calendar-dates.ts';
import { formatDate, formatDateTime, todayInVietnam } from '../../../../common/text/format.ts';
import type { RollupTotals } from '../../../../common/contracts/campaigns.ts';
import type { CampaignRow } from '../campaigns.repo.ts';
import { loadCampaignFor, loadScopedUnit } from '../campaigns.service.ts';
import { definitionOf } from '../definitions.ts';
import { statusOfRow } from '../report-facts.ts';
import { readRollup } from '../rollups.service.ts';
import * as repo from './campaign-files.repo.ts';
import { ROLLUP_BASIS_LABELS, valueColumnsOf, type ValueColumn } from './value-labels.ts';

export type ExportFormat = 'xlsx' | 'csv';

/** Rows read from the database at once: ~150,000 figures, a few MB. */
export const EXPORT_CHUNK = 1000;

export const SHEETS = { summary: 'Tổng hợp', reports: 'Số liệu đơn vị', info: 'Thông tin' } as const;

const UNIT_HEADERS = ['Mã đơn vị', 'Tên đơn vị'];
const REPORT_HEADERS = [...UNIT_HEADERS, 'Đơn vị cấp trên', 'Trạng thái', 'Nộp lúc', 'Lý do nộp muộn'];
const SUMMARY_HEADERS = [...UNIT_HEADERS, 'Cấp', 'Đơn vị cấp trên'];

const statusLabel = (status: ReportStatus) => vi.reportStatus[status];

interface ExportContext {
  campaign: CampaignRow;
  unit: { id: number; code: string; name: string; path: string };
  columns: ValueColumn[];
  reportIds: number[];
  exportedAt: Date;
  exportedBy: string;
}

/**
 * Checks everything (the campaign, the unit, the actor's reach), records the export in the
 * audit log, and answers the file to stream. Nothing is written to the reply before this
 * returns, so a refusal is a clean JSON error.
 */
export async function prepareCampaignExport(database: Database, actor: Actor, campaignId: number, options: { format: ExportFormat; unitId?: number | undefined }): Promise<StreamedDownload> {
  const { db } = database;
  const campaign = await loadCampaignFor(db, actor, campaignId);
  const unit = await loadScopedUnit(db, actor, campaign, options.unitId);
  const [definition, reportIds, fullName] = await Promise.all([definitionOf(database, campaign.templateVersionId), repo.listReportIds(db, campaign.id, unit.path), repo.findUserFullName(db, actor.userId)]);
  const context: ExportContext = {
    campaign,
    unit,
    columns: valueColumnsOf(definition),
    reportIds,
    exportedAt: new Date(),
    exportedBy: fullName ? `${fullName} (${actor.username})` : actor.username,
  };
  await recordAudit(db, actor, {
    action: 'campaign.export',
    entityType: 'campaign',
    entityId: campaign.id,
    unitId: unit.id,
    after: { format: options.format, unitCode: unit.code, reports: reportIds.length },
  });
  const stamp = todayInVietnam(context.exportedAt).replace(/-/g, '');
  const name = { fileName: `Kết quả ${safeDisplayName(campaign.name)} - ${safeDisplayName(unit.name)} - ${stamp}.${options.format}`, asciiFileName: `ket-qua-dot-${campaign.id}-${asciiSlug(unit.code) || 'don-vi'}-${stamp}.${options.format}` };
  if (options.format === 'csv') return { ...name, contentType: CSV_TYPE, write: (output) => unlessAborted(() => writeCsv(database, context, output)) };
  return { ...name, contentType: XLSX_TYPE, write: (output) => unlessAborted(() => writeXlsx(database, context, output)) };
}

/** The client went away mid-download: stop reading and writing. */
class DownloadAborted extends Error {
  constructor() {
    super('the client closed the download');
  }
}

/** Waits for `event`, or for the output to close (a client that leaves must not leave a wait behind). */
async function waitFor(emitter: EventEmitter, event: string, output: Writable): Promise<void> {
  if (output.destroyed) throw new DownloadAborted();
  const controller = new AbortController();
  try {
    await Promise.race([once(emitter, event, { signal: controller.signal }), once(output, 'close', { signal: controller.signal })]);
  } finally {
    controller.abort();
  }
  if (output.destroyed) throw new DownloadAborted();
}

/** Waits until the client has taken what was written: the backpressure that bounds memory. */
async function drained(output: Writable): Promise<void> {
  if (output.destroyed) throw new DownloadAborted();
  if (output.writableNeedDrain) await waitFor(output, 'drain', output);
}

interface ZipInput extends EventEmitter {
  writableLength?: number;
  _writableState?: { length?: number; needDrain?: boolean };
}

/** XML a sheet may have waiting for deflate: enough to keep both busy, little enough to bound memory. */
const MAX_SHEET_BACKLOG = 16 * 1024 * 1024;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The same for a sheet being written. exceljs's streaming writer hands each committed row
 * to the zip without waiting (its StreamBuf ignores what write() answers), so when deflate
 * or the client is slower than the rows — always, at national scale — the sheet's XML
 * would pile up in memory (600 MB for the whole country). After each chunk, a backlog past
 * MAX_SHEET_BACKLOG waits until the zip has taken it; a new sheet waits until the zip starts reading it.
 * This reads exceljs internals defensively: if they change, it only waits for the client.
 */
async function sheetDrained(sheet: ExcelJS.Worksheet, output: Writable): Promise<void> {
  const stream = (sheet as unknown as { stream?: { pipes?: ZipInput[] } }).stream;
  if (!Array.isArray(stream?.pipes)) return drained(output);
  while (stream.pipes.length === 0) {
    if (output.destroyed) throw new DownloadAborted();
    await pause(5);
  }
  const input = stream.pipes[0]!;
  const backlog = input.writableLength ?? input._writableState?.length ?? 0;
  // Past the limit the input has reported it is full, so it will say 'drain' once emptied.
  if (backlog > MAX_SHEET_BACKLOG && (input._writableState?.needDrain ?? true)) await waitFor(input, 'drain', output);
  await drained(output);
}

/** Runs a writer; a client that left ends it quietly (there is nobody to tell). */
async function unlessAborted(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof DownloadAborted)) throw error;
  }
}

function* chunks<T>(list: readonly T[], size = EXPORT_CHUNK): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/** An instant as an Excel date-time showing Vietnam's wall clock (Excel dates have no zone). */
function vietnamWallClock(instant: string | null): Date | null {
  return instant ? new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS) : null;
}

function reportCells(context: ExportContext, row: repo.ExportReportRow, now: Date) {
  return {
    unitCode: row.unitCode,
    unitName: row.unitName,
    parentName: row.parentName ?? '',
    status: statusLabel(statusOfRow(row, context.campaign, now)),
    lateReason: row.lateReason ?? '',
    values: context.columns.map((c) => (typeof row.values[c.key] === 'number' ? row.values[c.key]! : null)),
  };
}

// ---------------------------------------------------------------------------------------
// .csv

async function writeCsv(database: Database, context: ExportContext, output: Writable): Promise<void> {
  const now = context.exportedAt;
  output.write(UTF8_BOM);
  output.write(formatCsvRecord([...REPORT_HEADERS, ...context.columns.map((c) => c.header)]));
  for (const ids of chunks(context.reportIds)) {
    const lines: string[] = [];
    for (const row of await repo.readReports(database.db, ids)) {
      const cells = reportCells(context, row, now);
      lines.push(formatCsvRecord([cells.unitCode, cells.unitName, cells.parentName, cells.status, formatDateTime(row.submittedAt), cells.lateReason, ...cells.values]));
    }
    output.write(lines.join(''));
    await drained(output);
  }
}

// ---------------------------------------------------------------------------------------
// .xlsx

// Styles are shared objects, assigned whole and never mutated: exceljs caches a style's id by
// object identity, so a national export renders a handful of styles instead of 16 million.
type CellStyle = Partial<ExcelJS.Style>;
const HEADER_STYLE: CellStyle = Object.freeze({
  font: { bold: true },
  alignment: { wrapText: true, vertical: 'top' },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
}) as CellStyle;
const PLAIN: Record<'text' | 'whole' | 'number' | 'dateTime', CellStyle> = {
  text: Object.freeze({}),
  whole: Object.freeze({ numFmt: '#,##0' }),
  number: Object.freeze({}),
  dateTime: Object.freeze({ numFmt: 'dd/mm/yyyy hh:mm' }),
};
const BOLD: Record<'text' | 'whole' | 'number', CellStyle> = {
  text: Object.freeze({ font: { bold: true } }),
  whole: Object.freeze({ numFmt: '#,##0', font: { bold: true } }),
  number: Object.freeze({ font: { bold: true } }),
};

const isWhole = (column: ValueColumn) => column.element.valueType === 'integer' || column.element.valueType === 'money';

/** One style per column of a table: the leading text (or date) columns, then a style per figure. */
function columnStyles(leading: readonly CellStyle[], columns: ValueColumn[], styles: { whole: CellStyle; number: CellStyle }): CellStyle[] {
  return [...leading, ...columns.map((c) => (isWhole(c) ? styles.whole : styles.number))];
}

function addStyledRow(sheet: ExcelJS.Worksheet, values: unknown[], styles: readonly CellStyle[]) {
  const row = sheet.addRow(values);
  row.eachCell((cell, column) => {
    cell.style = styles[column - 1] ?? PLAIN.text;
  });
  row.commit();
}

/** A sheet whose header row and first two columns (code, name) stay in view. */
function addTableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, headers: string[], widths: number[], columns: ValueColumn[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = [...widths, ...columns.map(() => 16)].map((width) => ({ width }));
  const header = sheet.addRow([...headers, ...columns.map((c) => c.header)]);
  header.height = 75;
  header.eachCell((cell) => (cell.style = HEADER_STYLE));
  header.commit();
  return sheet;
}

const totalsValues = (context: ExportContext, totals: Record<string, number> | undefined) => context.columns.map((c) => (totals && typeof totals[c.key] === 'number' ? totals[c.key]! : null));
const rollupSums = (rollup: RollupTotals) => Object.fromEntries(Object.entries(rollup).map(([key, cell]) => [key, cell.sum]));

/**
 * Each unit's live totals from its stripes, by the rule of rollups.repo.ts `readTotals`
 * (a cell whose sum and count both cancel out is no cell). Counts and money are whole
 * numbers far below 2^53, so adding them as doubles gives exactly the SQL sum.
 */
export function sumStripes(stripes: readonly { unitId: number; totals: repo.StoredTotals }[]): Map<number, Record<string, number>> {
  const acc = new Map<number, Map<string, [number, number]>>();
  for (const { unitId, totals } of stripes) {
    let cells = acc.get(unitId);
    if (!cells) acc.set(unitId, (cells = new Map()));
    for (const key in totals) {
      const [sum, units] = totals[key]!;
      const cell = cells.get(key);
      if (cell) (cell[0] += sum), (cell[1] += units);
      else cells.set(key, [sum, units]);
    }
  }
  const sums = new Map<number, Record<string, number>>();
  for (const [unitId, cells] of acc) {
    const out: Record<string, number> = {};
    for (const [key, [sum, units]] of cells) if (units !== 0 || sum !== 0) out[key] = sum;
    sums.set(unitId, out);
  }
  return sums;
}

async function writeXlsx(database: Database, context: ExportContext, output: Writable): Promise<void> {
  const { db } = database;
  const { campaign } = context;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'BinhDang';
  workbook.created = context.exportedAt;

  // Tổng hợp: the chosen unit's live rollup first, then every unit below it by level.
  const summary = addTableSheet(workbook, SHEETS.summary, SUMMARY_HEADERS, [16, 40, 24, 36], context.columns);
  const units = await repo.listRollupUnits(db, campaign.id, context.unit);
  const [root, ...below] = units;
  const rootStyles = columnStyles(Array(SUMMARY_HEADERS.length).fill(BOLD.text), context.columns, BOLD);
  const unitStyles = columnStyles(Array(SUMMARY_HEADERS.length).fill(PLAIN.text), context.columns, PLAIN);
  addStyledRow(summary, [root!.code, root!.name, root!.levelName, root!.parentName ?? '', ...totalsValues(context, rollupSums(await readRollup(db, campaign.id, root!.id)))], rootStyles);
  for (const chunk of chunks(below)) {
    const sums = sumStripes(await repo.readRollupStripes(db, campaign.id, chunk.map((u) => u.id)));
    for (const unit of chunk) addStyledRow(summary, [unit.code, unit.name, unit.levelName, unit.parentName ?? '', ...totalsValues(context, sums.get(unit.id))], unitStyles);
    await sheetDrained(summary, output);
  }
  summary.commit();

  // Số liệu đơn vị: one row per expected report, whatever its status.
  const reports = addTableSheet(workbook, SHEETS.reports, REPORT_HEADERS, [16, 40, 36, 14, 17, 30], context.columns);
  const reportStyles = columnStyles([PLAIN.text, PLAIN.text, PLAIN.text, PLAIN.text, PLAIN.dateTime, PLAIN.text], context.columns, PLAIN);
  for (const ids of chunks(context.reportIds)) {
    for (const row of await repo.readReports(db, ids)) {
      const cells = reportCells(context, row, context.exportedAt);
      addStyledRow(reports, [cells.unitCode, cells.unitName, cells.parentName, cells.status, vietnamWallClock(row.submittedAt), cells.lateReason, ...cells.values], reportStyles);
    }
    await sheetDrained(reports, output);
  }
  reports.commit();

  // Thông tin: what this file is.
  const info = workbook.addWorksheet(SHEETS.info);
  info.columns = [{ width: 28 }, { width: 90 }];
  const facts: [string, string | number][] = [
    ['Đợt báo cáo', campaign.name],
    ['Đơn vị ban hành', `${campaign.issuerName} (${campaign.issuerCode})`],
    ['Kỳ báo cáo', describePeriod(campaign.period)],
    ['Số liệu tính đến ngày', formatDate(campaign.asOf)],
    ['Hạn nộp', formatDate(campaign.deadline)],
    ['Mẫu báo cáo', `${campaign.templateName} (phiên bản ${campaign.templateVersion})`],
    ['Cách tổng hợp', ROLLUP_BASIS_LABELS[campaign.rollupBasis]],
    ['Phạm vi xuất', `${context.unit.name} (${context.unit.code}) và các đơn vị trực thuộc`],
    ['Số báo cáo', context.reportIds.length],
    ['Xuất lúc', formatDateTime(context.exportedAt)],
    ['Người xuất', context.exportedBy],
    ['Ghi chú', `Trang "${SHEETS.summary}" chỉ cộng các báo cáo được tính theo cách tổng hợp của đợt; trang "${SHEETS.reports}" ghi số liệu hiện có của từng đơn vị, kèm trạng thái.`],
  ];
  const infoStyles = [BOLD.text, Object.freeze({ alignment: { wrapText: true, vertical: 'top' } }) as CellStyle];
  for (const [label, value] of facts) addStyledRow(info, [label, value], infoStyles);
  info.commit();
  // commit() resolves when the output finishes, which a client that left never lets happen.
  const committed = workbook.commit();
  committed.catch(() => undefined); // a failure after the client left has nobody to tell
  await Promise.race([committed, once(output, 'close')]);
}
