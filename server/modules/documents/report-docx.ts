/**
 * A report (Báo cáo) as .docx: the plan's layout with "BÁO CÁO", then its annexes, each
 * on a new page ("Phụ lục I", "(Kèm theo Báo cáo số … ngày …)", its title and tables),
 * in a landscape section when a table is too wide for a portrait page.
 */
import type { FileChild } from 'docx';
import type { PlanDocument } from '../../../common/plans/plan-document.ts';
import { annexTableXml, ANNEX_TABLE_STYLES, type AnnexTable } from './annex-table-xml.ts';
import { formatNumberLine, formatShortDate, LANDSCAPE_TEXT_WIDTH, SIZE, TEXT_WIDTH } from './official-format.ts';
import { line, officialDocument, packDocument, pageSection, placeholder, placeholderKey, type Orientation } from './official-layout.ts';
import { DOCUMENT_TYPE_WORDS, planBlocks } from './plan-docx.ts';

export type { AnnexCell, AnnexColumn, AnnexHeaderCell, AnnexTable } from './annex-table-xml.ts';

export interface Annex {
  /** "Phụ lục I". */
  label: string;
  /** "(Kèm theo Báo cáo số 15/BC-PGDĐT ngày 05/3/2025)"; built from the report's number and date when empty. */
  caption: string;
  title: string;
  tables: AnnexTable[];
  /** Defaults to landscape when a table has more than 7 columns. */
  orientation?: Orientation;
}

export interface OfficialReport {
  /** kind 'report': header, title, body sections, recipients, signer. */
  document: PlanDocument;
  annexes: Annex[];
}

/** More columns than this do not fit a portrait page at 11 pt. */
const PORTRAIT_MAX_COLUMNS = 7;

const TYPE_NAMES: Record<PlanDocument['kind'], string> = { plan: 'Kế hoạch', report: 'Báo cáo', letter: 'Công văn' };

/** "(Kèm theo Báo cáo số 15/BC-PGDĐT ngày 05/3/2025)"; blanks left as the document leaves them. */
export function annexCaption(doc: PlanDocument): string {
  const number = formatNumberLine(doc.number).replace(/^Số:\s?/, '');
  const date = doc.date ? `ngày ${formatShortDate(doc.date)}` : `ngày     tháng     năm ${doc.year ?? '     '}`;
  return `(Kèm theo ${TYPE_NAMES[doc.kind]} số ${number.trim() === '' ? '      ' : number} ${date})`;
}

function annexOrientation(annex: Annex): Orientation {
  if (annex.orientation) return annex.orientation;
  return annex.tables.some((table) => table.columns.length > PORTRAIT_MAX_COLUMNS) ? 'landscape' : 'portrait';
}

export async function renderReportDocx(report: OfficialReport): Promise<Buffer> {
  const { document: doc } = report;
  const typeWord = doc.kind === 'plan' ? DOCUMENT_TYPE_WORDS.plan : DOCUMENT_TYPE_WORDS.report;
  const sections = [pageSection(planBlocks(doc, typeWord), { first: true })];
  const splices = new Map<string, string>();
  for (const annex of report.annexes) {
    const orientation = annexOrientation(annex);
    const width = orientation === 'landscape' ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
    const children: FileChild[] = [
      line(annex.label, { size: SIZE.annexLabel, bold: true }),
      line(annex.caption.trim() || annexCaption(doc), { size: SIZE.annexCaption, italics: true }),
      line(annex.title, { size: SIZE.annexTitle, bold: true, before: 120, after: 240 }),
    ];
    annex.tables.forEach((table, index) => {
      if (table.title?.trim()) children.push(line(table.title.trim(), { size: SIZE.tableTitle, bold: true, before: index > 0 ? 240 : 0, after: 120, keepNext: true }));
      else if (index > 0) children.push(line('', { after: 120 }));
      const key = placeholderKey(splices.size);
      splices.set(key, annexTableXml(table, width));
      children.push(placeholder(key));
    });
    // A table may not end a section: Word wants a paragraph after it (and the section break goes in one).
    children.push(line('', { size: 4 }));
    sections.push(pageSection(children, { first: false, orientation }));
  }
  return packDocument(officialDocument(doc, sections, ANNEX_TABLE_STYLES), splices);
}
