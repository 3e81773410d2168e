/**
 * Plan files for tests, the benchmark and the browser tests, built by hand and
 * deterministic (fixed zip dates, no randomness): the .docx files are minimal
 * WordprocessingML packages zipped with fflate, the PDFs are written object by object
 * with a correct cross-reference table.
 *
 * - `docxFromParagraphs` / `docxFromBody`: a document from paragraphs (runs, bold, italic,
 *   alignment, fonts, Word auto-numbering, tracked changes, fields, hyperlinks) or raw body XML;
 *   `PLAN_LISTS` is the numbering of a Vietnamese plan (I. / 1. / 2.1. / 2.1.1. / a) and "-" "+" "•");
 * - `headerTableXml` / `docxWithHeader`: the official two-column header (issuing body and
 *   number left, national motto and date right) as a table;
 * - `seedDocx(text)`: a seed document (server/db/seed/plans) as Word would hold it;
 * - files to refuse: `macroDocm`, `docxWithVbaProject`, `tcvn3Docx`, `vniDocx`,
 *   `legacyFontDocx`, `truncatedDocx`, `pngImage`, `scannedPdf`, `textPdf`,
 *   `compressedTextPdf`, `oleDoc`, `emptyDocx`, `zipBombDocx`, `lyingSizeDocx`, `textFile`.
 */
import { lieAboutSize } from '../../../lib/files/zip.fixtures.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { zipSync, zlibSync, strToU8, type Zippable } from 'fflate';
import { encodeLegacyVietnamese } from '../../../../common/text/legacy-encoding.ts';

/** Built from local components, so the zip's DOS time is the same in every time zone. */
const FIXED_TIME = new Date(2025, 0, 2, 8, 0, 0);
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const MACRO_MAIN_TYPE = 'application/vnd.ms-word.document.macroEnabled.main+xml';

export type FixtureAlign = 'left' | 'center' | 'right' | 'justify';

export interface FixtureRun {
  /** "\t" becomes w:tab, "\n" w:br. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  font?: string;
  /** A character style (w:rStyle). */
  style?: string;
  /** Tracked deletion / insertion, a field (its result is `text`), a link to a bookmark. */
  kind?: 'deleted' | 'inserted' | 'field' | 'hyperlink';
  /** The field code when kind is 'field' (" PAGE ", " REF _Ref1 \\h "). */
  instruction?: string;
}

export interface FixtureParagraph {
  /** One run holding the text ("\t" → w:tab, "\n" → w:br); ignored when `runs` is given. */
  text?: string;
  runs?: FixtureRun[];
  /** Word auto-numbering: w:numPr. */
  numbering?: { numId: number; level?: number };
  /** A paragraph style (w:pStyle). */
  style?: string;
  bold?: boolean;
  italic?: boolean;
  font?: string;
  align?: FixtureAlign;
}

export interface FixtureLevel {
  format: 'upperRoman' | 'lowerRoman' | 'decimal' | 'decimalZero' | 'upperLetter' | 'lowerLetter' | 'bullet' | 'none';
  /** w:lvlText: "%1.", "%2.%3.", "%5)", "-", "\uF0B7". */
  text: string;
  start?: number;
  /** w:lvlRestart (1-based level; 0: never restarts). */
  restartAfter?: number;
  /** A paragraph style linked to the level (w:pStyle). */
  style?: string;
}

/** A w:num and, unless it reuses one (`abstractId`), its w:abstractNum. */
export interface FixtureList {
  numId: number;
  /** Defaults to numId; give another list's to make a second instance of its definition. */
  abstractId?: number;
  /** Required unless the abstract definition is another list's. */
  levels?: FixtureLevel[];
  /** w:lvlOverride/w:startOverride by level. */
  startOverride?: Record<number, number>;
}

export interface FixtureStyle {
  id: string;
  type?: 'paragraph' | 'character';
  name?: string;
  basedOn?: string;
  isDefault?: boolean;
  bold?: boolean;
  italic?: boolean;
  font?: string;
  align?: FixtureAlign;
  numbering?: { numId: number; level?: number };
}

export interface DocxOptions {
  /** word/numbering.xml; none when absent. */
  lists?: FixtureList[];
  /** word/styles.xml (always written, with a Normal style); these are added. */
  styles?: FixtureStyle[];
  /** The document default font (w:docDefaults). */
  defaultFont?: string;
  /** word/fontTable.xml's fonts; defaults to Times New Roman. */
  fonts?: string[];
  /** The main part's content type: the macro-enabled one makes a .docm. */
  mainContentType?: string;
  /** More files, by path in the zip. */
  extraFiles?: Record<string, string | Uint8Array>;
  /** Paths not to write (e.g. "word/document.xml"). */
  omit?: string[];
}

/** The outline and bullet lists of a Vietnamese plan: numId 1 (I. / 1. / 2.1. / 2.1.1. / a)), 2 ("-"), 3 ("+"), 4 (Symbol "•"). */
export const PLAN_LISTS: readonly FixtureList[] = [
  {
    numId: 1,
    levels: [
      { format: 'upperRoman', text: '%1.' },
      { format: 'decimal', text: '%2.' },
      { format: 'decimal', text: '%2.%3.' },
      { format: 'decimal', text: '%2.%3.%4.' },
      { format: 'lowerLetter', text: '%5)' },
    ],
  },
  { numId: 2, levels: [{ format: 'bullet', text: '-' }] },
  { numId: 3, levels: [{ format: 'bullet', text: '+' }] },
  { numId: 4, levels: [{ format: 'bullet', text: '\uf0b7' }] },
];

// ---------------------------------------------------------------------------------------
// WordprocessingML

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const JC: Record<FixtureAlign, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

function fontXml(font: string | undefined): string {
  return font ? `<w:rFonts w:ascii="${escapeXml(font)}" w:hAnsi="${escapeXml(font)}" w:cs="${escapeXml(font)}"/>` : '';
}

function runPropertiesXml(run: { style?: string; font?: string; bold?: boolean; italic?: boolean }): string {
  const inner = `${run.style ? `<w:rStyle w:val="${escapeXml(run.style)}"/>` : ''}${fontXml(run.font)}${run.bold ? '<w:b/>' : run.bold === false ? '<w:b w:val="0"/>' : ''}${run.italic ? '<w:i/>' : run.italic === false ? '<w:i w:val="0"/>' : ''}`;
  return inner ? `<w:rPr>${inner}</w:rPr>` : '';
}

/** The run's text as w:t, w:tab and w:br (w:delText inside a deletion). */
function textXml(text: string, element = 'w:t'): string {
  return text
    .split(/(\t|\n)/)
    .filter((part) => part !== '')
    .map((part) => (part === '\t' ? '<w:tab/>' : part === '\n' ? '<w:br/>' : `<${element} xml:space="preserve">${escapeXml(part)}</${element}>`))
    .join('');
}

/** A revision id from the run itself, so the same run always gives the same bytes. */
function revisionId(text: string): number {
  let hash = 5381;
  for (const c of text) hash = ((hash * 33) ^ c.codePointAt(0)!) >>> 0;
  return (hash % 900_000) + 1;
}

export function runXml(run: FixtureRun): string {
  const properties = runPropertiesXml(run);
  const plain = (text: string, element?: string) => `<w:r>${properties}${textXml(text, element)}</w:r>`;
  const stamp = () => `w:id="${revisionId(`${run.kind}:${run.text}`)}" w:author="Tổ văn thư" w:date="2025-01-02T08:00:00Z"`;
  switch (run.kind) {
    case 'deleted':
      return `<w:del ${stamp()}>${plain(run.text, 'w:delText')}</w:del>`;
    case 'inserted':
      return `<w:ins ${stamp()}>${plain(run.text)}</w:ins>`;
    case 'hyperlink':
      return `<w:hyperlink w:anchor="muc_lien_ket" w:history="1">${plain(run.text)}</w:hyperlink>`;
    case 'field':
      return (
        `<w:r>${properties}<w:fldChar w:fldCharType="begin"/></w:r>` +
        `<w:r>${properties}<w:instrText xml:space="preserve">${escapeXml(run.instruction ?? ' PAGE ')}</w:instrText></w:r>` +
        `<w:r>${properties}<w:fldChar w:fldCharType="separate"/></w:r>${plain(run.text)}<w:r>${properties}<w:fldChar w:fldCharType="end"/></w:r>`
      );
    default:
      return plain(run.text);
  }
}

export function paragraphXml(paragraph: FixtureParagraph): string {
  const numPr = paragraph.numbering ? `<w:numPr><w:ilvl w:val="${paragraph.numbering.level ?? 0}"/><w:numId w:val="${paragraph.numbering.numId}"/></w:numPr>` : '';
  const pPrInner = `${paragraph.style ? `<w:pStyle w:val="${escapeXml(paragraph.style)}"/>` : ''}${numPr}${paragraph.align ? `<w:jc w:val="${JC[paragraph.align]}"/>` : ''}`;
  const runs = paragraph.runs ?? (paragraph.text !== undefined && paragraph.text !== '' ? [{ text: paragraph.text }] : []);
  const body = runs.map((run) => runXml({ ...run, bold: run.bold ?? paragraph.bold, italic: run.italic ?? paragraph.italic, font: run.font ?? paragraph.font })).join('');
  return `<w:p>${pPrInner ? `<w:pPr>${pPrInner}</w:pPr>` : ''}${body}</w:p>`;
}

/** A table from rows of cells, each cell its paragraphs. */
export function tableXml(rows: readonly (readonly (readonly FixtureParagraph[])[])[], columnWidths: readonly number[] = []): string {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) => columnWidths[i] ?? Math.floor(9000 / columns));
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const body = rows
    .map((row) => `<w:tr>${row.map((cell, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr>${cell.length > 0 ? cell.map(paragraphXml).join('') : '<w:p/>'}</w:tc>`).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>${grid}${body}</w:tbl>`;
}

export interface OfficialHeader {
  /** Issuing body (cơ quan ban hành), number, "V/v …": left column. */
  left: string[];
  /** National motto (Quốc hiệu, tiêu ngữ) and place-date line: right column. */
  right: string[];
}

export const OFFICIAL_HEADER: OfficialHeader = {
  left: ['UBND HUYỆN THANH TRÌ', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 45/KH-PGDĐT'],
  right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Thanh Trì, ngày 15 tháng 3 năm 2025'],
};

/** The header table: one row, two centred cells, the names and motto in bold, the date in italics. */
export function headerTableXml(header: OfficialHeader = OFFICIAL_HEADER): string {
  const cell = (lines: string[]): FixtureParagraph[] =>
    lines.map((line) => ({ text: line, align: 'center', bold: line === line.toUpperCase() || /^Độc lập/.test(line) || undefined, italic: /\bngày\b/.test(line) || undefined }));
  return tableXml([[cell(header.left), cell(header.right)]], [3600, 5400]);
}

function levelXml(level: FixtureLevel, ilvl: number): string {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${level.start ?? 1}"/><w:numFmt w:val="${level.format}"/>` +
    `${level.restartAfter !== undefined ? `<w:lvlRestart w:val="${level.restartAfter}"/>` : ''}${level.style ? `<w:pStyle w:val="${escapeXml(level.style)}"/>` : ''}` +
    `<w:lvlText w:val="${escapeXml(level.text)}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="${360 * (ilvl + 1)}" w:hanging="360"/></w:pPr>${level.format === 'bullet' && level.text.charCodeAt(0) >= 0xf000 ? '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' : ''}</w:lvl>`
  );
}

export function numberingXml(lists: readonly FixtureList[]): string {
  const abstracts = lists
    .filter((list) => list.levels && (list.abstractId === undefined || list.abstractId === list.numId))
    .map((list) => `<w:abstractNum w:abstractNumId="${list.numId}"><w:multiLevelType w:val="hybridMultilevel"/>${list.levels!.map(levelXml).join('')}</w:abstractNum>`)
    .join('');
  const nums = lists
    .map((list) => {
      const overrides = Object.entries(list.startOverride ?? {})
        .map(([ilvl, start]) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
        .join('');
      return `<w:num w:numId="${list.numId}"><w:abstractNumId w:val="${list.abstractId ?? list.numId}"/>${overrides}</w:num>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${abstracts}${nums}</w:numbering>`;
}

export function stylesXml(styles: readonly FixtureStyle[] = [], defaultFont = 'Times New Roman'): string {
  const style = (s: FixtureStyle) => {
    const type = s.type ?? 'paragraph';
    const pPr =
      type === 'paragraph' && (s.numbering || s.align)
        ? `<w:pPr>${s.numbering ? `<w:numPr>${s.numbering.level !== undefined ? `<w:ilvl w:val="${s.numbering.level}"/>` : ''}<w:numId w:val="${s.numbering.numId}"/></w:numPr>` : ''}${s.align ? `<w:jc w:val="${JC[s.align]}"/>` : ''}</w:pPr>`
        : '';
    return (
      `<w:style w:type="${type}"${s.isDefault ? ' w:default="1"' : ''} w:styleId="${escapeXml(s.id)}"><w:name w:val="${escapeXml(s.name ?? s.id)}"/>` +
      `${s.basedOn ? `<w:basedOn w:val="${escapeXml(s.basedOn)}"/>` : ''}<w:qFormat/>${pPr}${runPropertiesXml(s)}</w:style>`
    );
  };
  const all: FixtureStyle[] = styles.some((s) => s.isDefault && (s.type ?? 'paragraph') === 'paragraph') ? [...styles] : [{ id: 'Normal', isDefault: true }, ...styles];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fontXml(defaultFont)}<w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `${all.map(style).join('')}</w:styles>`
  );
}

export function fontTableXml(fonts: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}">${fonts.map((name) => `<w:font w:name="${escapeXml(name)}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`).join('')}</w:fonts>`;
}

function zip(files: Record<string, string | Uint8Array>): Buffer {
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files)) entries[name] = typeof content === 'string' ? strToU8(content) : content;
  return Buffer.from(zipSync(entries, { level: 6, mtime: FIXED_TIME }));
}

/** A .docx whose body is the given XML (paragraphs and tables, without w:body). */
export function docxFromBody(bodyXml: string, options: DocxOptions = {}): Buffer {
  const hasNumbering = (options.lists?.length ?? 0) > 0;
  const isMacro = options.mainContentType === MACRO_MAIN_TYPE;
  const overrides = [
    ['/word/document.xml', options.mainContentType ?? MAIN_TYPE],
    ['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
    ['/word/fontTable.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml'],
    ...(hasNumbering ? [['/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml']] : []),
  ];
  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `${isMacro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : ''}` +
    `${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`;
  const rels = (list: [string, string][]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${R}/${type}" Target="${target}"/>`).join('')}</Relationships>`;
  const documentRels: [string, string][] = [['styles', 'styles.xml'], ['fontTable', 'fontTable.xml'], ...(hasNumbering ? ([['numbering', 'numbering.xml']] as [string, string][]) : [])];
  if (isMacro) documentRels.push(['vbaProject', 'vbaProject.bin']);
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>';
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': rels([['officeDocument', 'word/document.xml']]),
    'word/document.xml': document,
    'word/_rels/document.xml.rels': rels(documentRels),
    'word/styles.xml': stylesXml(options.styles, options.defaultFont),
    'word/fontTable.xml': fontTableXml(options.fonts ?? [options.defaultFont ?? 'Times New Roman']),
  };
  if (hasNumbering) files['word/numbering.xml'] = numberingXml(options.lists!);
  Object.assign(files, options.extraFiles ?? {});
  for (const path of options.omit ?? []) delete files[path];
  return zip(files);
}

/** A .docx of the given paragraphs. */
export function docxFromParagraphs(paragraphs: readonly FixtureParagraph[], options: DocxOptions = {}): Buffer {
  return docxFromBody(paragraphs.map(paragraphXml).join(''), options);
}

/** The official header table followed by the paragraphs. */
export function docxWithHeader(paragraphs: readonly FixtureParagraph[], header: OfficialHeader = OFFICIAL_HEADER, options: DocxOptions = {}): Buffer {
  return docxFromBody(headerTableXml(header) + paragraphs.map(paragraphXml).join(''), options);
}

// ---------------------------------------------------------------------------------------
// The seed documents

const SEED_FOLDER = new URL('../../../db/seed/plans/', import.meta.url);

/** The five seed documents (server/db/seed/plans/*.txt), by file name. */
export function seedPlanTexts(): { name: string; text: string }[] {
  return readdirSync(SEED_FOLDER)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, SEED_FOLDER), 'utf8') }));
}

function romanOf(value: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [amount, letters] of table) while (rest >= amount) (out += letters), (rest -= amount);
  return out;
}

const HEADER_RIGHT = /^(CỘNG HÒA|CỘNG HOÀ|Độc lập)|\bngày\b.*\btháng\b.*\bnăm\b/;

/**
 * A seed text as its .docx would be: the lines before the title ("KẾ HOẠCH", "Kính gửi")
 * in the two-column header table (motto and date right, the rest left) when they read in
 * that order, "KẾ HOẠCH" centred and bold, and — with `autoNumbering` (default) — the
 * headings "I.", "1.", "2.1.", "2.1.1.", "a)" and the "-" / "+" items as Word
 * auto-numbering, wherever Word's counters give the very label the text has (elsewhere
 * the label stays typed). Each other line is a paragraph; tabs are w:tab.
 */
export function seedDocx(text: string, options: { autoNumbering?: boolean } = {}): Buffer {
  const autoNumbering = options.autoNumbering ?? true;
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  const titleAt = lines.slice(0, 15).findIndex((line) => /^(KẾ HOẠCH|Kính gửi)/.test(line.trim()));
  let body = '';
  let start = 0;
  if (titleAt > 0) {
    const header = lines.slice(0, titleAt).map((line) => line.trim());
    const isRight = header.map((line) => HEADER_RIGHT.test(line));
    const firstRight = isRight.indexOf(true);
    // The table reads left cell then right cell: only a header already in that order becomes one.
    if (firstRight >= 0 && isRight.slice(firstRight).every(Boolean)) {
      body += headerTableXml({ left: header.slice(0, firstRight), right: header.slice(firstRight) });
      start = titleAt;
    }
  }
  // Word's counters for the outline list (numId 1), simulated to keep only labels Word would show.
  const counters: (number | undefined)[] = [];
  const use = (level: number) => {
    counters[level] = (counters[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper < 9; deeper += 1) counters[deeper] = undefined;
  };
  const labelAt = (level: number): string => {
    const value = (i: number) => counters[i] ?? 1;
    if (level === 0) return `${romanOf(value(0))}.`;
    if (level === 4) return `${String.fromCharCode(96 + value(4))})`;
    return `${Array.from({ length: level }, (_, i) => value(i + 1)).join('.')}.`;
  };
  for (const line of lines.slice(start)) {
    const trimmed = line.trim();
    if (/^KẾ HOẠCH$/.test(trimmed)) {
      body += paragraphXml({ text: trimmed, align: 'center', bold: true });
      continue;
    }
    const match = autoNumbering ? /^\s*(?:([IVX]+\.)|(\d+(?:\.\d+){0,2}\.)|([a-z]\))|([-+]))\s+(\S.*)$/.exec(line) : null;
    if (match) {
      const [, romanLabel, decimalLabel, letterLabel, bulletLabel, rest] = match;
      if (bulletLabel) {
        body += paragraphXml({ text: rest!, numbering: { numId: bulletLabel === '-' ? 2 : 3 }, align: 'justify' });
        continue;
      }
      const level = romanLabel ? 0 : letterLabel ? 4 : decimalLabel!.split('.').length - 1;
      const saved = [...counters];
      use(level);
      if (labelAt(level) === (romanLabel ?? decimalLabel ?? letterLabel)) {
        body += paragraphXml({ text: rest!, numbering: { numId: 1, level }, bold: level < 2 || undefined, align: 'justify' });
        continue;
      }
      counters.splice(0, counters.length, ...saved);
    }
    body += paragraphXml({ text: line, align: 'justify' });
  }
  return docxFromBody(body, { lists: [...PLAN_LISTS] });
}

// ---------------------------------------------------------------------------------------
// Files to refuse

const SAMPLE_PLAN: readonly FixtureParagraph[] = [
  { text: 'KẾ HOẠCH', align: 'center', bold: true },
  { text: 'Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025', align: 'center', bold: true },
  { text: 'Căn cứ Luật Bình đẳng giới năm 2006; Phòng Giáo dục và Đào tạo Hà Nội xây dựng kế hoạch như sau:', align: 'justify' },
  { text: 'Mục đích, yêu cầu', numbering: { numId: 1, level: 0 }, bold: true },
  { text: 'Nâng cao nhận thức của cán bộ, giáo viên, nhân viên về bình đẳng giới trong trường học.', numbering: { numId: 1, level: 1 } },
  { text: 'Phấn đấu tỷ lệ nữ tham gia cấp ủy, lãnh đạo quản lý đạt chỉ tiêu được giao.', numbering: { numId: 1, level: 1 } },
];

/** A .docm: the macro-enabled main part and a vbaProject.bin. */
export function macroDocm(): Buffer {
  return docxFromParagraphs(SAMPLE_PLAN, { lists: [...PLAN_LISTS], mainContentType: MACRO_MAIN_TYPE, extraFiles: { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) } });
}

/** A plain .docx content type, but a vbaProject.bin inside (a .docm renamed and patched). */
export function docxWithVbaProject(): Buffer {
  return docxFromParagraphs(SAMPLE_PLAN, { lists: [...PLAN_LISTS], extraFiles: { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) } });
}

function legacyPlan(encoding: 'TCVN3' | 'VNI', font: string, headingFont: string): Buffer {
  const paragraphs = SAMPLE_PLAN.map((p) => ({ ...p, text: encodeLegacyVietnamese(p.text!, encoding), font: p.bold ? headingFont : font }));
  return docxFromParagraphs(paragraphs, { lists: [...PLAN_LISTS], defaultFont: font, fonts: [font, headingFont] });
}

/** A plan typed with the ABC keyboard in .VnTime (headings in .VnTimeH): TCVN3 codes read as Latin-1. */
export function tcvn3Docx(): Buffer {
  return legacyPlan('TCVN3', '.VnTime', '.VnTimeH');
}

/** A plan typed with the VNI keyboard in VNI-Times. */
export function vniDocx(): Buffer {
  return legacyPlan('VNI', 'VNI-Times', 'VNI-Times');
}

/**
 * Mostly unaccented text with one legacy word ("Hµ Néi" / "Haø Noäi"), too little for the
 * statistics alone: only the font (`font`, default .VnTime / VNI-Times) gives it away.
 * With `font: 'Times New Roman'` the same text is accepted.
 */
export function legacyFontDocx(encoding: 'TCVN3' | 'VNI', font = encoding === 'TCVN3' ? '.VnTime' : 'VNI-Times'): Buffer {
  const paragraphs: FixtureParagraph[] = [
    { text: 'KE HOACH SO 12/KH-PGDDT', font },
    { text: 'Trien khai cong tac binh dang gioi nam hoc 2024 - 2025 tai cac truong', font },
    { text: `${encodeLegacyVietnamese('Hà Nội', encoding)}, 15/3/2025`, font },
    { text: 'I. Muc dich yeu cau cua ke hoach nay la nang cao nhan thuc cho giao vien', font },
    { text: 'II. Noi dung thuc hien trong nam hoc theo huong dan cua So va Phong', font },
  ];
  return docxFromParagraphs(paragraphs, { defaultFont: font, fonts: [font] });
}

/** A sound .docx cut at 60 %: the zip's directory (at its end) is gone. */
export function truncatedDocx(): Buffer {
  const whole = docxWithHeader(SAMPLE_PLAN, OFFICIAL_HEADER, { lists: [...PLAN_LISTS] });
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

/** A real 1×1 PNG (to rename .docx). */
export function pngImage(): Buffer {
  return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
}

/** An old Word 97-2003 .doc: the OLE compound file signature and an empty header sector. */
export function oleDoc(): Buffer {
  const bytes = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  bytes.writeUInt16LE(0x003e, 24); // minor version
  bytes.writeUInt16LE(0x0003, 26); // major version 3
  bytes.writeUInt16LE(0xfffe, 28); // little-endian
  bytes.writeUInt16LE(9, 30); // 512-byte sectors
  return bytes;
}

/** A sound .docx without any text: empty paragraphs, a blank table cell, a picture placeholder. */
export function emptyDocx(): Buffer {
  return docxFromBody(`<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>${tableXml([[[], []]])}<w:p><w:r><w:tab/></w:r></w:p>`);
}

/** document.xml padded to 8 MB of spaces: the declared ratio (> 400) gives it away. */
export function zipBombDocx(): Buffer {
  const padding = ' '.repeat(8 * 1024 * 1024);
  return docxFromBody(`<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p><!--${padding}-->`);
}

/**
 * A zip that lies: document.xml (about 2 MB inflated) declares 1,000 bytes in both its
 * local header and the central directory, so only inflating it shows the truth.
 */
export function lyingSizeDocx(): Buffer {
  const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<w:p><w:r><w:t>Đoạn ${i % 10}</w:t></w:r></w:p>`).join('');
  return Buffer.from(lieAboutSize(docxFromBody(paragraphs), 'word/document.xml', 1000));
}

/** A text file in the given encoding ('tcvn3' and 'vni' are the legacy codes as bytes). */
export function textFile(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin1' | 'tcvn3' | 'vni'): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'tcvn3':
      return Buffer.from(encodeLegacyVietnamese(text, 'TCVN3'), 'latin1');
    case 'vni':
      return Buffer.from(encodeLegacyVietnamese(text, 'VNI'), 'latin1');
  }
}

// ---------------------------------------------------------------------------------------
// PDF

/** A PDF of numbered objects (1 … n) with a classic cross-reference table. */
function pdfOfObjects(objects: readonly (string | Uint8Array)[], version = '1.4'): Buffer {
  const parts: Buffer[] = [Buffer.from(`%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`, 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof object === 'string' ? Buffer.from(object, 'latin1') : Buffer.from(object), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    length += part.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function streamObject(dictionary: string, data: string | Uint8Array): Uint8Array {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

/** A scanned page: one image XObject drawn over the page, no font anywhere. */
export function scannedPdf(): Buffer {
  return pdfOfObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
    streamObject('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode', 'FF00 00FF>'),
    streamObject('', 'q 595 0 0 842 0 0 cm /Im0 Do Q'),
  ]);
}

/** A page of text in Helvetica. */
export function textPdf(): Buffer {
  return pdfOfObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    streamObject('', 'BT /F1 14 Tf 72 770 Td (KE HOACH trien khai cong tac binh dang gioi) Tj ET'),
  ]);
}

/**
 * A text PDF 1.5 whose page, resources and font sit in a compressed object stream and
 * whose content stream is compressed: "/Font" appears nowhere in the raw bytes.
 */
export function compressedTextPdf(): Buffer {
  const inner = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  let offset = 0;
  const header: string[] = [];
  inner.forEach((object, i) => {
    header.push(`${i + 1} ${offset}`);
    offset += object.length + 1;
  });
  const headerText = `${header.join(' ')}\n`;
  const objectStream = zlibSync(strToU8(headerText + inner.map((o) => `${o}\n`).join('')));
  const content = zlibSync(strToU8('BT /F1 14 Tf 72 770 Td (KE HOACH) Tj ET'));
  // Objects: 1-4 in the object stream (6), 5 the content, 6 the object stream, 7 the xref stream.
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: Record<number, number> = {};
  const add = (number: number, body: Uint8Array) => {
    offsets[number] = length;
    const part = Buffer.concat([Buffer.from(`${number} 0 obj\n`, 'latin1'), Buffer.from(body), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    length += part.length;
  };
  add(5, streamObject('/Filter /FlateDecode', content));
  add(6, streamObject(`/Type /ObjStm /N ${inner.length} /First ${headerText.length} /Filter /FlateDecode`, objectStream));
  const xrefOffset = length;
  const rows: [number, number, number][] = [[0, 0, 0xffff], [2, 6, 0], [2, 6, 1], [2, 6, 2], [2, 6, 3], [1, offsets[5]!, 0], [1, offsets[6]!, 0], [1, xrefOffset, 0]];
  const table = Buffer.alloc(rows.length * 7);
  rows.forEach(([type, field2, field3], i) => {
    table.writeUInt8(type, i * 7);
    table.writeUInt32BE(field2, i * 7 + 1);
    table.writeUInt16BE(field3, i * 7 + 5);
  });
  add(7, streamObject(`/Type /XRef /Size ${rows.length} /W [1 4 2] /Root 1 0 R`, table));
  parts.push(Buffer.from(`startxref\n${xrefOffset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
