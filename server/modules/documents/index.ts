/**
 * Official documents out (NĐ 30/2020 layout): plans, guidance letters and reports as .docx.
 * The entry point the plans and campaigns modules call.
 */
export { renderPlanDocx } from './plan-docx.ts';
export { renderLetterDocx } from './letter-docx.ts';
export { renderReportDocx, annexCaption, type Annex, type AnnexCell, type AnnexColumn, type AnnexHeaderCell, type AnnexTable, type OfficialReport } from './report-docx.ts';
export { formatDateLine, formatDayMonthYear, formatNumberLine, formatRecipientLines } from './official-format.ts';
