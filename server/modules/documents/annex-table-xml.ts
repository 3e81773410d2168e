/**
 * Annex tables written as WordprocessingML directly. A report's annex may list every
 * school of a province (2,000 rows × 14 cells): as `docx` objects that alone takes
 * ~0.8 s to build and pack, as strings ~20 ms. The cells refer to six paragraph styles
 * (text, number, header × 11 and 12 pt) defined once in styles.xml, so a cell is a few
 * dozen bytes. The table has single black borders, a fixed layout, header rows repeated
 * on every page (w:tblHeader) and rows that never split across pages.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';
import { formatNumber } from '../../../common/text/format.ts';

export type AnnexCell = string | number | null;

export interface AnnexColumn {
  header: string;
  /** Right-aligned, numbers written the Vietnamese way (1.234,5). */
  numeric?: boolean;
  /** Share of the table's width in per cent; columns without one share what is left (text columns twice a number's share). */
  width?: number;
  /** Decimal places shown for numbers (default 1: 72,5). */
  fractionDigits?: number;
}

/** A cell of a grouped header row; it spans `colSpan` columns and `rowSpan` header rows (HTML rules). */
export interface AnnexHeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface AnnexTable {
  /** A line above the table ("Biểu 1. …"), bold and centred. */
  title?: string;
  columns: AnnexColumn[];
  /**
   * Header rows above the row of column headers, for grouped headers:
   * [[{ text: 'TT', rowSpan: 2 }, { text: 'Đơn vị', rowSpan: 2 }, { text: 'Cán bộ quản lý', colSpan: 2 }]]
   * over columns [TT, Đơn vị, 'Tổng số', 'Nữ']. As in HTML, a row lists only the cells not
   * covered from above; the column headers a rowSpan reaches down to are not printed.
   */
  headerRows?: AnnexHeaderCell[][];
  rows: AnnexCell[][];
  /** A last row in bold ("Tổng cộng"). */
  totalRow?: AnnexCell[];
}

const STYLE_SIZES = [11, 12] as const;
export type TableFontSize = (typeof STYLE_SIZES)[number];

const styleId = (role: 'Text' | 'Number' | 'Head', size: TableFontSize) => `BDTable${role}${size}`;

/** The paragraph styles the spliced tables refer to; the writer passes them to the document. */
export const ANNEX_TABLE_STYLES: IParagraphStyleOptions[] = STYLE_SIZES.flatMap((size) => {
  const paragraph = { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO }, indent: { left: 0, right: 0, firstLine: 0 } };
  const run = { size: size * 2 };
  return [
    { id: styleId('Text', size), name: `BinhDang table text ${size}`, quickFormat: false, paragraph: { ...paragraph, alignment: AlignmentType.LEFT }, run },
    { id: styleId('Number', size), name: `BinhDang table number ${size}`, quickFormat: false, paragraph: { ...paragraph, alignment: AlignmentType.RIGHT }, run },
    { id: styleId('Head', size), name: `BinhDang table header ${size}`, quickFormat: false, paragraph: { ...paragraph, alignment: AlignmentType.CENTER, keepNext: true }, run: { ...run, bold: true } },
  ];
});

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function runsXml(text: string, bold: boolean): string {
  if (text === '') return '';
  const properties = bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  return text
    .split('\n')
    .map((part, index) => `<w:r>${properties}${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`)
    .join('');
}

function paragraphXml(style: string, text: string, bold = false): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runsXml(text, bold)}</w:p>`;
}

/** Column widths in twips from the columns' shares of `width`. */
export function columnWidths(columns: readonly AnnexColumn[], width: number): number[] {
  const given = columns.reduce((sum, column) => sum + (column.width ?? 0), 0);
  const weights: number[] = columns.map((column) => (column.width === undefined ? (column.numeric ? 1 : 2) : 0));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const left = Math.max(0, 100 - given);
  const shares = columns.map((column, index) => column.width ?? (totalWeight > 0 ? (left * weights[index]!) / totalWeight : 0));
  const sum = shares.reduce((total, share) => total + share, 0) || 1;
  const twips = shares.map((share) => Math.max(200, Math.floor((share / sum) * width)));
  // Give the rounding remainder to the widest column so the grid adds up to the table's width.
  const widest = twips.indexOf(Math.max(...twips));
  twips[widest]! += width - twips.reduce((total, value) => total + value, 0);
  return twips;
}

export function formatCell(value: AnnexCell, column: AnnexColumn | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, column?.fractionDigits ?? 1) : '';
  return value;
}

interface GridCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** The header rows as a grid: each position holds the cell that starts there, 'covered' (by a cell above or to the left) or nothing. */
function headerGrid(table: AnnexTable): ('covered' | GridCell | undefined)[][] {
  const count = table.columns.length;
  const groups = table.headerRows ?? [];
  const grid: ('covered' | GridCell | undefined)[][] = Array.from({ length: groups.length + 1 }, () => new Array(count).fill(undefined));
  groups.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < count && grid[r]![c] !== undefined) c += 1;
      if (c >= count) break;
      const colSpan = Math.max(1, Math.min(cell.colSpan ?? 1, count - c));
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, groups.length + 1 - r));
      for (let dr = 0; dr < rowSpan; dr += 1) for (let dc = 0; dc < colSpan; dc += 1) grid[r + dr]![c + dc] = 'covered';
      grid[r]![c] = { text: cell.text, colSpan, rowSpan };
      c += colSpan;
    }
  });
  const last = grid[groups.length]!;
  table.columns.forEach((column, c) => {
    if (last[c] === undefined) last[c] = { text: column.header, colSpan: 1, rowSpan: 1 };
  });
  // Positions no group row filled (a short row) get an empty cell, so every row spans the grid.
  for (const row of grid) for (let c = 0; c < count; c += 1) if (row[c] === undefined) row[c] = { text: '', colSpan: 1, rowSpan: 1 };
  return grid;
}

function headerRowsXml(table: AnnexTable, widths: readonly number[], size: TableFontSize): string {
  const grid = headerGrid(table);
  const head = styleId('Head', size);
  // Which started cell covers each position, to write vMerge continuations under a rowSpan.
  const owner: (GridCell & { row: number; col: number })[][] = grid.map(() => []);
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && cell !== 'covered') for (let dr = 0; dr < cell.rowSpan; dr += 1) for (let dc = 0; dc < cell.colSpan; dc += 1) owner[r + dr]![c + dc] = { ...cell, row: r, col: c };
    }),
  );
  let xml = '';
  grid.forEach((row, r) => {
    xml += '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
    let c = 0;
    while (c < row.length) {
      const cell = owner[r]![c]!;
      const span = cell.colSpan;
      const width = widths.slice(c, c + span).reduce((sum, value) => sum + value, 0);
      const starts = cell.row === r && cell.col === c;
      const merge = cell.rowSpan > 1 ? (starts ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
      xml += `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}<w:vAlign w:val="center"/></w:tcPr>`;
      xml += starts ? paragraphXml(head, cell.text) : `<w:p><w:pPr><w:pStyle w:val="${head}"/></w:pPr></w:p>`;
      xml += '</w:tc>';
      c += span;
    }
    xml += '</w:tr>';
  });
  return xml;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/** The table as a w:tbl element `width` twips wide (the page's text width). */
export function annexTableXml(table: AnnexTable, width: number, size: TableFontSize = table.columns.length > 6 ? 11 : 12): string {
  const widths = columnWidths(table.columns, width);
  const text = styleId('Text', size);
  const number = styleId('Number', size);
  const cellOpen = widths.map((w) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>`);
  const styles = table.columns.map((column) => (column.numeric ? number : text));
  const parts: string[] = [
    '<w:tbl><w:tblPr>',
    `<w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>`,
    `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>',
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
    '</w:tblPr><w:tblGrid>',
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join(''),
    '</w:tblGrid>',
    headerRowsXml(table, widths, size),
  ];
  const rowXml = (row: readonly AnnexCell[], bold: boolean) => {
    let xml = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (let c = 0; c < widths.length; c += 1) xml += `${cellOpen[c]}${paragraphXml(styles[c]!, formatCell(row[c] ?? null, table.columns[c]), bold)}</w:tc>`;
    return `${xml}</w:tr>`;
  };
  for (const row of table.rows) parts.push(rowXml(row, false));
  if (table.totalRow) parts.push(rowXml(table.totalRow, true));
  parts.push('</w:tbl>');
  return parts.join('');
}
