/**
 * The blocks every official document of NĐ 30/2020 shares, as `docx` objects: the header
 * table (issuing body and number left, national title, motto and date right, each with
 * its rule), the document type and title, the body (legal bases, preamble, the numbered
 * outline, closing), the recipients and signature table, the page (A4, margins, page
 * number centred in the top margin from page 2) and the packing.
 *
 * Rules are empty paragraphs with a top border, narrowed by their indents to the length
 * the decree asks for (as long as the motto; 1/3–1/2 of the issuing body's name and of the
 * title): Word and LibreOffice both draw paragraph borders the same, where a drawn shape
 * would float differently in each.
 *
 * Annex tables are too big for `docx` objects (2,000 rows × 14 cells take ~0.8 s there):
 * the writer leaves a placeholder paragraph and `packDocument` splices the table XML
 * written by annex-table-xml.ts into word/document.xml.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IParagraphStyleOptions,
  type ISectionOptions,
} from 'docx';
import { randomBytes } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Citation, PlanDocument, PlanItem, PlanSection } from '../../../common/plans/plan-document.ts';
import {
  A4,
  BODY_AFTER,
  BODY_INDENT,
  BODY_LINE,
  FONT,
  MARGINS,
  MOTTO,
  NATIONAL_TITLE,
  SIZE,
  TEXT_WIDTH,
  formatDateLine,
  formatNumberLine,
  formatRecipientLines,
  formatShortDate,
  signerTitleLines,
  textWidth,
  upperCase,
} from './official-format.ts';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/** Runs of a text; a line break in it ("\n") becomes a w:br, as in a title typed on two lines. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const lines = text.split('\n');
  return lines.map((line, index) => new TextRun({ text: line, ...style, ...(index > 0 ? { break: 1 } : {}) }));
}

interface LineOptions extends RunStyle {
  align?: Align;
  before?: number;
  after?: number;
  keepNext?: boolean;
  indentLeft?: number;
}

/** A paragraph of the header, titles, signature: no first-line indent, single spacing. */
export function line(text: string, options: LineOptions = {}): Paragraph {
  const { align = AlignmentType.CENTER, before = 0, after = 0, keepNext, indentLeft, ...style } = options;
  return new Paragraph({
    alignment: align,
    spacing: { before, after, line: 240, lineRule: LineRuleType.AUTO },
    ...(indentLeft ? { indent: { left: indentLeft } } : {}),
    ...(keepNext ? { keepNext: true } : {}),
    children: textRuns(text, style),
  });
}

/** A paragraph of the body: justified, first line indented 1.27 cm, 6 pt after, 1.15 lines. */
export function bodyParagraph(children: TextRun[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    spacing: { before: 0, after: BODY_AFTER, line: BODY_LINE, lineRule: LineRuleType.AUTO },
    ...(options.keepNext ? { keepNext: true, keepLines: true } : {}),
    children,
  });
}

/** An empty paragraph with a top border `length` twips long, centred in a box `container` wide. */
export function rule(length: number, container: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((container - length) / 2));
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, space: 1, color: '000000' } },
    indent: { left: side, right: side },
    // 3 pt above the line, clear of the descenders and dots below (Ụ, Ạ) of the text over it.
    spacing: { before: 60, after, line: 120, lineRule: LineRuleType.EXACT },
    children: [],
  });
}

/** Empty lines of body size (the room for the signature and seal). */
function blankLines(count: number): Paragraph[] {
  return Array.from({ length: count }, () => line('', { size: SIZE.body }));
}

// ---------------------------------------------------------------------------------------
// The header

/** The header table hangs 1 cm into the left margin so "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" and the national title fit on one line each at 13 pt. */
const HEADER_INDENT = -567;
export const HEADER_COLUMNS = [4395, 5670] as const;
/** Left and right cell margins of the layout tables. */
const CELL_MARGIN = 85;

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
} as const;

function layoutCell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, verticalAlign: VerticalAlignTable.TOP, children: children.length > 0 ? children : [new Paragraph({})] });
}

function layoutTable(columns: readonly number[], rows: Paragraph[][][], indent = 0): Table {
  return new Table({
    width: { size: columns.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: CELL_MARGIN, right: CELL_MARGIN },
    ...(indent !== 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
    rows: rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((children, index) => layoutCell(columns[index]!, children)) })),
  });
}

/**
 * The two blocks at the top of every document, in two rows so the number and the date
 * line start on the same line whatever the names' lengths:
 *
 *   UBND HUYỆN THANH TRÌ            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   PHÒNG GIÁO DỤC VÀ ĐÀO TẠO             Độc lập - Tự do - Hạnh phúc
 *          ─────                         ───────────────────────────
 *   Số: 15/KH-PGDĐT               Thanh Trì, ngày 05 tháng 3 năm 2025
 *   (V/v … for a letter)
 */
export function headerTable(doc: PlanDocument, options: { subject?: string | null } = {}): Table {
  const [leftWidth, rightWidth] = HEADER_COLUMNS;
  const leftContent = leftWidth - 2 * CELL_MARGIN;
  const rightContent = rightWidth - 2 * CELL_MARGIN;
  const left: Paragraph[] = [];
  if (doc.issuer.parent?.trim()) left.push(line(upperCase(doc.issuer.parent.trim()), { size: SIZE.header }));
  const name = doc.issuer.name?.trim();
  if (name) {
    const issuer = upperCase(name);
    left.push(line(issuer, { size: SIZE.header, bold: true }));
    left.push(rule(Math.round(Math.min(textWidth(issuer, SIZE.header, true), leftContent) * 0.4), leftContent));
  }
  const right = [
    line(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true }),
    line(MOTTO, { size: SIZE.motto, bold: true }),
    rule(Math.min(textWidth(MOTTO, SIZE.motto, true), rightContent), rightContent),
  ];
  const numberCell = [line(formatNumberLine(doc.number), { size: SIZE.header, before: 120 })];
  if (options.subject?.trim()) numberCell.push(line(`V/v ${options.subject.trim().replace(/^V\/v\s*/i, '')}`, { size: SIZE.subject, before: 60 }));
  const dateCell = [line(formatDateLine(doc.place, doc.date, doc.year), { size: SIZE.dateLine, italics: true, before: 120 })];
  return layoutTable(HEADER_COLUMNS, [
    [left, right],
    [numberCell, dateCell],
  ], HEADER_INDENT);
}

/** "KẾ HOẠCH" / "BÁO CÁO" and the summary line under it, with its rule. */
export function documentTitle(typeWord: string, title: string): Paragraph[] {
  const blocks = [line(typeWord, { size: SIZE.documentType, bold: true, before: 360, keepNext: true })];
  const text = title.trim();
  if (text) {
    blocks.push(line(text, { size: SIZE.title, bold: true, keepNext: true }));
    const longest = Math.max(...text.split('\n').map((part) => textWidth(part, SIZE.title, true)));
    blocks.push(rule(Math.max(1134, Math.round(Math.min(longest, TEXT_WIDTH) * 0.4)), TEXT_WIDTH, 240));
  } else {
    blocks.push(line('', { after: 120 }));
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------
// The body

/**
 * A legal basis as the document prints it: its own text, or, when that is empty, rebuilt
 * from its parts ("Căn cứ Quyết định số 383/QĐ-BGDĐT ngày 26/01/2022 của Bộ Giáo dục và
 * Đào tạo về việc …;"; a law by its name: "Căn cứ Luật Bình đẳng giới số 73/2006/QH11 …").
 */
export function citationText(citation: Citation): string {
  const written = citation.text.trim();
  if (written) return /[;.:,]$/.test(written) ? written : `${written};`;
  const lead = citation.lead ?? 'Căn cứ';
  const type = citation.type?.trim() ?? '';
  const title = citation.title?.trim() ?? '';
  const isLaw = /^(bộ\s+)?luật$/i.test(type);
  const parts: string[] = [lead];
  if (type) parts.push(type);
  if (isLaw && title) parts.push(title);
  if (citation.number) parts.push(`số ${citation.number}`);
  if (citation.date) parts.push(`ngày ${formatShortDate(citation.date)}`);
  if (citation.issuer && !isLaw) parts.push(`của ${citation.issuer}`);
  if (title && !isLaw) parts.push(/^(về|v\/v)\s/i.test(title) ? title : `về việc ${title}`);
  return `${parts.join(' ')};`;
}

const KIND_PREFIXES: Partial<Record<PlanItem['kind'], string>> = { form: 'Hình thức', audience: 'Đối tượng' };

function itemDetails(item: PlanItem): string {
  const parts: [string, string | null | undefined][] = [
    ['chủ trì', item.responsible],
    ['phối hợp', item.coResponsible],
    ['thời gian', item.timeframe],
    ['kinh phí', item.budget],
  ];
  const shown = parts.filter(([, value]) => value?.trim() && !item.text.includes(value.trim())).map(([name, value]) => `${name}: ${value!.trim()}`);
  return shown.length > 0 ? ` (${shown.join('; ')})` : '';
}

/** "- Tổ chức …", "a) …", "- Hình thức: tọa đàm, …" (the block's name in italics, as the Lào Cai plan writes it). */
function itemParagraph(item: PlanItem): Paragraph {
  const runs: TextRun[] = [];
  const label = item.label?.trim();
  const text = item.text.trim();
  const prefix = KIND_PREFIXES[item.kind];
  const hasPrefix = prefix !== undefined && !text.toLocaleLowerCase('vi').startsWith(prefix.toLocaleLowerCase('vi'));
  if (label) runs.push(new TextRun({ text: `${label} ` }));
  if (hasPrefix) runs.push(new TextRun({ text: `${prefix}:`, italics: true }), new TextRun({ text: ' ' }));
  runs.push(...textRuns(text + itemDetails(item)));
  return bodyParagraph(runs);
}

/** Level 1 ("I. MỤC ĐÍCH, YÊU CẦU") and 2 ("1. Mục đích") bold, 3 bold italic, deeper italic. */
function headingStyle(level: number): RunStyle {
  if (level <= 2) return { bold: true };
  if (level === 3) return { bold: true, italics: true };
  return { italics: true };
}

function sectionParagraphs(section: PlanSection, level: number, out: FileChild[]): void {
  const heading = [section.label?.trim(), section.title.trim()].filter(Boolean).join(' ');
  if (heading) out.push(bodyParagraph(textRuns(heading, headingStyle(level)), { keepNext: true }));
  for (const item of section.items) out.push(itemParagraph(item));
  for (const child of section.sections) sectionParagraphs(child, level + 1, out);
}

/** Legal bases (in italics, NĐ 30 Phụ lục I, II.6.a), preamble, the numbered outline, closing. */
export function bodyBlocks(doc: PlanDocument): FileChild[] {
  const out: FileChild[] = [];
  for (const citation of doc.legalBases) out.push(bodyParagraph(textRuns(citationText(citation), { italics: true })));
  for (const paragraph of doc.preamble) if (paragraph.trim()) out.push(bodyParagraph(textRuns(paragraph.trim())));
  for (const section of doc.sections) sectionParagraphs(section, 1, out);
  const closing = doc.closing.filter((paragraph) => paragraph.trim());
  // The last paragraph stays on the page of the signature: a signature never stands alone.
  closing.forEach((paragraph, index) => out.push(bodyParagraph(textRuns(paragraph.trim()), { keepNext: index === closing.length - 1 })));
  return out;
}

// ---------------------------------------------------------------------------------------
// Recipients and signature

export const FOOTER_COLUMNS = [4252, 5103] as const;

/**
 *   Nơi nhận:                               KT. TRƯỞNG PHÒNG
 *   - Sở GD&ĐT;                             PHÓ TRƯỞNG PHÒNG
 *   - Lưu: VT, TCCB.                        (signature and seal)
 *                                           Nguyễn Văn A
 */
export function signatureTable(doc: PlanDocument): Table {
  const recipients = formatRecipientLines(doc.recipients);
  const left =
    recipients.length > 0
      ? [line('Nơi nhận:', { align: AlignmentType.LEFT, size: SIZE.recipientsHeading, bold: true, italics: true, before: 120 }), ...recipients.map((item) => line(item, { align: AlignmentType.LEFT, size: SIZE.recipients }))]
      : [];
  const right = [
    ...signerTitleLines(doc.signer).map((title, index) => line(title, { size: SIZE.signerTitle, bold: true, before: index === 0 ? 120 : 0 })),
    ...blankLines(4),
    ...(doc.signer.name?.trim() ? [line(doc.signer.name.trim(), { size: SIZE.signerName, bold: true })] : []),
  ];
  return layoutTable(FOOTER_COLUMNS, [[left, right]]);
}

// ---------------------------------------------------------------------------------------
// The page and the package

export type Orientation = 'portrait' | 'landscape';

function pageNumberHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber })] })] });
}

/**
 * A section of the document. The first has a title page (titlePg) with an empty first
 * header, so page 1 has no number and pages 2… show theirs centred in the top margin;
 * later sections (annexes) start on a new page and go on numbering.
 */
export function pageSection(children: readonly FileChild[], options: { first: boolean; orientation?: Orientation }): ISectionOptions {
  return {
    properties: {
      ...(options.first ? { titlePage: true } : { type: SectionType.NEXT_PAGE }),
      page: {
        size: { width: A4.width, height: A4.height, orientation: options.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...MARGINS },
      },
    },
    headers: options.first ? { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) } : { default: pageNumberHeader() },
    children,
  };
}

/** Times New Roman 14, black, Vietnamese, no spacing unless a paragraph asks — the document defaults (docDefaults). */
export function officialDocument(doc: PlanDocument, sections: ISectionOptions[], paragraphStyles: readonly IParagraphStyleOptions[] = []): Document {
  return new Document({
    creator: 'BinhDang',
    lastModifiedBy: 'BinhDang',
    title: doc.title.slice(0, 250),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: '000000', language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
      paragraphStyles,
    },
    sections,
  });
}

/** A key no document text contains: a fixed prefix and a random part per document. */
export function placeholderKey(index: number): string {
  return `BDSPLICE${randomBytes(6).toString('hex')}N${index}X`;
}

/** A placeholder paragraph whose place a spliced table takes (see packDocument). */
export function placeholder(key: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: key })] });
}

/**
 * The .docx bytes. `splices` maps placeholder keys to the XML that replaces their
 * paragraph in word/document.xml (annex tables).
 */
export async function packDocument(document: Document, splices: ReadonlyMap<string, string> = new Map()): Promise<Buffer> {
  const packed = await Packer.toBuffer(document);
  if (splices.size === 0) return packed;
  const files = unzipSync(packed);
  let xml = strFromU8(files['word/document.xml']!);
  for (const [key, replacement] of splices) {
    const at = xml.indexOf(`>${key}<`);
    if (at < 0) throw new Error(`placeholder ${key} not found in document.xml`);
    const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    // A section's last paragraph carries its w:sectPr: replacing it would lose the section.
    if (xml.slice(start, end).includes('<w:sectPr')) throw new Error(`placeholder ${key} ends a section; put a paragraph after it`);
    xml = xml.slice(0, start) + replacement + xml.slice(end);
  }
  files['word/document.xml'] = strToU8(xml);
  // Level 1: the spliced XML is large and repetitive, so it still shrinks ~35× (4.8 MB → 130 KB for 2,000 rows), in a fraction of the time of level 6.
  return Buffer.from(zipSync(files, { level: 1 }));
}

