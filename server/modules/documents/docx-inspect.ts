/**
 * For tests: a written .docx read back — its parts, and word/document.xml as paragraphs
 * (alignment, indent, spacing, borders, runs with bold / italic / size), tables and
 * sections — parsed with saxes, so a malformed splice fails loudly and assertions do not
 * depend on attribute order or on how `docx` happens to print its XML.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { strFromU8, unzipSync } from 'fflate';

export interface InspectedRun {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Half-points; null when the run inherits the size. */
  size: number | null;
}

export interface InspectedParagraph {
  text: string;
  style: string | null;
  align: string | null;
  firstLine: number | null;
  left: number | null;
  before: number | null;
  after: number | null;
  line: number | null;
  lineRule: string | null;
  hasTopBorder: boolean;
  keepNext: boolean;
  runs: InspectedRun[];
  /** Index of the top-level table holding it, or null in the body. */
  table: number | null;
  /** Index of the section it belongs to (0 for the first). */
  section: number;
}

export interface InspectedTable {
  /** w:tblBorders side → w:val ("none", "single", …). */
  borders: Record<string, string>;
  /** Every w:tcBorders side value found in its cells. */
  cellBorders: string[];
  gridColumns: number[];
  rows: number;
  headerRows: number;
  indent: number | null;
  section: number;
}

export interface InspectedSection {
  width: number;
  height: number;
  orientation: string | null;
  margins: Record<string, number>;
  titlePage: boolean;
  type: string | null;
  /** Header reference type ("default", "first") → part path ("word/header1.xml"). */
  headers: Record<string, string>;
}

export interface InspectedDocx {
  files: Record<string, string>;
  paragraphs: InspectedParagraph[];
  tables: InspectedTable[];
  sections: InspectedSection[];
}

const attr = (node: SaxesTagPlain, name: string): string | undefined => node.attributes[name] as string | undefined;
const num = (value: string | undefined): number | null => (value === undefined ? null : Number(value));
const on = (node: SaxesTagPlain) => {
  const value = attr(node, 'w:val');
  return value === undefined || !['false', '0', 'off'].includes(value);
};

/** Every part of the package as text (XML parts only). */
export function docxParts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).filter(([path]) => /\.(xml|rels)$/.test(path)).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** Throws when the XML is not well-formed. */
export function assertWellFormed(xml: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

export function inspectDocx(docx: Uint8Array): InspectedDocx {
  const files = docxParts(docx);
  const rels = files['word/_rels/document.xml.rels'] ?? '';
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(match[0])?.[1];
    const target = /Target="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, `word/${target.replace(/^\/?word\//, '')}`);
  }

  const paragraphs: InspectedParagraph[] = [];
  const tables: InspectedTable[] = [];
  const sections: InspectedSection[] = [];
  let paragraph: InspectedParagraph | null = null;
  let run: InspectedRun | null = null;
  let inRunProperties = false;
  let inParagraphProperties = false;
  let inText = false;
  let tableDepth = 0;
  let table: InspectedTable | null = null;
  let inTableBorders = false;
  let inCellBorders = false;
  let inRowProperties = false;
  let inParagraphBorder = false;
  let section: InspectedSection | null = null;
  const newSection = (): InspectedSection => ({ width: 0, height: 0, orientation: null, margins: {}, titlePage: false, type: null, headers: {} });

  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (node) => {
    switch (node.name) {
      case 'w:tbl':
        tableDepth += 1;
        if (tableDepth === 1) {
          table = { borders: {}, cellBorders: [], gridColumns: [], rows: 0, headerRows: 0, indent: null, section: sections.length };
          tables.push(table);
        }
        break;
      case 'w:tblBorders':
        inTableBorders = true;
        break;
      case 'w:tcBorders':
        inCellBorders = true;
        break;
      case 'w:tblInd':
        if (table && tableDepth === 1) table.indent = num(attr(node, 'w:w'));
        break;
      case 'w:gridCol':
        if (table && tableDepth === 1) table.gridColumns.push(Number(attr(node, 'w:w')));
        break;
      case 'w:tr':
        if (table && tableDepth === 1) table.rows += 1;
        break;
      case 'w:trPr':
        inRowProperties = true;
        break;
      case 'w:tblHeader':
        if (table && inRowProperties && on(node)) table.headerRows += 1;
        break;
      case 'w:p':
        paragraph = { text: '', style: null, align: null, firstLine: null, left: null, before: null, after: null, line: null, lineRule: null, hasTopBorder: false, keepNext: false, runs: [], table: tableDepth > 0 ? tables.length - 1 : null, section: sections.length };
        break;
      case 'w:pPr':
        inParagraphProperties = true;
        break;
      case 'w:pBdr':
        inParagraphBorder = true;
        break;
      case 'w:pStyle':
        if (paragraph && inParagraphProperties) paragraph.style = attr(node, 'w:val') ?? null;
        break;
      case 'w:jc':
        if (paragraph && inParagraphProperties && !inRunProperties) paragraph.align = attr(node, 'w:val') ?? null;
        break;
      case 'w:ind':
        if (paragraph && inParagraphProperties) {
          paragraph.firstLine = num(attr(node, 'w:firstLine'));
          paragraph.left = num(attr(node, 'w:left') ?? attr(node, 'w:start'));
        }
        break;
      case 'w:spacing':
        if (paragraph && inParagraphProperties && !inRunProperties) {
          paragraph.before = num(attr(node, 'w:before'));
          paragraph.after = num(attr(node, 'w:after'));
          paragraph.line = num(attr(node, 'w:line'));
          paragraph.lineRule = attr(node, 'w:lineRule') ?? null;
        }
        break;
      case 'w:keepNext':
        if (paragraph && inParagraphProperties && !inRunProperties) paragraph.keepNext = on(node);
        break;
      case 'w:r':
        run = { text: '', bold: false, italic: false, size: null };
        break;
      case 'w:rPr':
        inRunProperties = true;
        break;
      case 'w:b':
        if (run && inRunProperties) run.bold = on(node);
        break;
      case 'w:i':
        if (run && inRunProperties) run.italic = on(node);
        break;
      case 'w:sz':
        if (run && inRunProperties) run.size = num(attr(node, 'w:val'));
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        if (run && !inRunProperties) run.text += '\t';
        break;
      case 'w:sectPr':
        section = newSection();
        break;
      case 'w:pgSz':
        if (section) {
          section.width = Number(attr(node, 'w:w'));
          section.height = Number(attr(node, 'w:h'));
          section.orientation = attr(node, 'w:orient') ?? null;
        }
        break;
      case 'w:pgMar':
        if (section) for (const side of ['top', 'bottom', 'left', 'right', 'header', 'footer']) section.margins[side] = Number(attr(node, `w:${side}`));
        break;
      case 'w:titlePg':
        if (section) section.titlePage = on(node);
        break;
      case 'w:type':
        if (section) section.type = attr(node, 'w:val') ?? null;
        break;
      case 'w:headerReference':
        if (section) section.headers[attr(node, 'w:type') ?? 'default'] = targets.get(attr(node, 'r:id') ?? '') ?? '';
        break;
      default:
        if (inTableBorders && table && tableDepth === 1 && !inCellBorders) table.borders[node.name.replace(/^w:/, '')] = attr(node, 'w:val') ?? '';
        else if (inCellBorders && table) table.cellBorders.push(attr(node, 'w:val') ?? '');
        else if (inParagraphBorder && paragraph && node.name === 'w:top') paragraph.hasTopBorder = (attr(node, 'w:val') ?? 'none') !== 'none';
    }
  });
  parser.on('text', (text) => {
    if (inText && run) run.text += text;
  });
  parser.on('closetag', (node) => {
    switch (node.name) {
      case 'w:tbl':
        tableDepth -= 1;
        if (tableDepth === 0) table = null;
        break;
      case 'w:tblBorders':
        inTableBorders = false;
        break;
      case 'w:tcBorders':
        inCellBorders = false;
        break;
      case 'w:trPr':
        inRowProperties = false;
        break;
      case 'w:pPr':
        inParagraphProperties = false;
        break;
      case 'w:pBdr':
        inParagraphBorder = false;
        break;
      case 'w:rPr':
        inRunProperties = false;
        break;
      case 'w:t':
        inText = false;
        break;
      case 'w:r':
        if (run && paragraph) {
          paragraph.runs.push(run);
          paragraph.text += run.text;
        }
        run = null;
        break;
      case 'w:p':
        if (paragraph) paragraphs.push(paragraph);
        paragraph = null;
        break;
      case 'w:sectPr':
        if (section) sections.push(section);
        section = null;
        break;
    }
  });
  parser.write(files['word/document.xml'] ?? '').close();
  return { files, paragraphs, tables, sections };
}
