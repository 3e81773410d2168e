/**
 * A streaming reader of an .xlsx's worksheets, row by row, for imports of large files.
 *
 * Why not the spreadsheet library's streaming reader: for a 100,000-row roster exceljs
 * spends 7–11 s building objects for every XML node (saxes events, Row and Cell models,
 * styles), more than the whole import's budget, and it decodes each inflated chunk of
 * XML on its own, so a Vietnamese letter split between two chunks turns into "��". An
 * import needs far less: each row's cell values, the sheet names and visibility, the
 * shared strings and which styles are dates. This reader inflates one zip entry at a
 * time with node's zlib, decodes UTF-8 across chunks, cuts the text into whole `<row>`
 * (or `<si>`) elements and reads each with a few regular expressions — about ten times
 * faster, and a 100,000-row sheet is never held whole: only the shared strings are (as
 * exceljs's `sharedStrings: 'cache'` does).
 *
 * Values are those exceljs hands over, so the parsers above do not care which read the
 * file: text (rich text joined, phonetic runs left out), numbers, booleans, a Date for a
 * number in a date format (exceljs's excelToDate, 1904 system included), an error's code
 * as text ("#N/A"), and `{ formula: true }` for a formula: its cached value is never
 * used. The zip's directory must have passed zip-guard.ts's assertXlsxDirectory (sizes
 * declared within limits); each part read is counted as it inflates (inflationCounter),
 * so a part that lies about its size is refused as a bomb before it grows further, and
 * parts the import does not read (themes, pictures) are never inflated at all.
 */
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../errors.ts';
import { entryDataRange, inflateEntry, inflationCounter, ZipRefusal, type ZipEntry } from './zip-guard.ts';

export type XlsxCell = string | number | boolean | Date | { formula: true } | null;

export interface XlsxRow {
  /** 1-based, as Excel numbers it; rows absent from the file (blank) are skipped. */
  number: number;
  /** Index 0 is column A; a column without a cell is null. */
  cells: XlsxCell[];
}

export interface XlsxSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  rows(): AsyncGenerator<XlsxRow>;
}

export interface XlsxWorkbook {
  /** The workbook counts dates from 1904 (old Mac Excel). */
  date1904: boolean;
  /** In the workbook's order, the order of its tabs. */
  sheets: XlsxSheet[];
}

/** A row or a shared string this long is not a spreadsheet's (Excel's cell holds 32,767 characters). */
const MAX_ELEMENT_CHARS = 8 * 1024 * 1024;
const UNREADABLE = 'Không đọc được nội dung tệp Excel: tệp bị hỏng. Hãy mở tệp bằng Excel, lưu lại rồi tải lên lại.';

/** The refusal of a workbook whose content cannot be read (every .xlsx reader says it so). */
export const unreadableWorkbook = (detail?: string): AppError => new AppError('BAD_FILE', detail ? `${UNREADABLE} (${detail})` : UNREADABLE);

/** A formula cell: its cached value is never used. */
export const isFormulaCell = (cell: XlsxCell): cell is { formula: true } => typeof cell === 'object' && cell !== null && !(cell instanceof Date);

// ---------------------------------------------------------------------------------------
// Zip entries as text

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const { start, end } = entryDataRange(bytes, entry);
  return bytes.subarray(start, end);
}

/** A small part (workbook, relationships, styles) whole; no bigger than it declares. */
function wholeEntryText(bytes: Uint8Array, entry: ZipEntry): string {
  return new TextDecoder().decode(inflateEntry(bytes, entry));
}

/**
 * An entry's text in chunks; a character split between two inflated chunks is kept
 * whole. Inflation is counted as it goes: a part that inflates past its declared size is
 * refused as a bomb at that moment, whatever it holds.
 */
async function* entryChunks(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<string> {
  const data = entryData(bytes, entry);
  const decoder = new TextDecoder();
  if (entry.method === 0) {
    yield decoder.decode(data);
    return;
  }
  const counter = inflationCounter(entry);
  const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(data);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      counter.add(chunk.length);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new ZipRefusal('broken');
  } finally {
    inflater.destroy();
  }
  counter.end();
  const rest = decoder.decode();
  if (rest) yield rest;
}

// ---------------------------------------------------------------------------------------
// XML, as much of it as a workbook needs

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(value: number): string {
  return value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff) ? String.fromCodePoint(value) : '\ufffd';
}

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, hex: string | undefined, decimal: string | undefined, name: string | undefined) =>
    hex ? codePoint(parseInt(hex, 16)) : decimal ? codePoint(Number(decimal)) : NAMED[name!]!,
  );
}

/**
 * A text value that holds its own characters. V8 keeps a piece cut out of a longer string
 * (13 characters or more) as a slice that holds the whole string alive: a cell's text cut
 * from the sheet's decoded XML kept that XML in memory for as long as the value lived, and
 * a roster's 100,000 kept names kept about 85 MB of it. Concatenation flattens into a new
 * string, which the slice after it then refers to instead.
 */
const ownText = (text: string): string => (text.length < 13 ? text : (' ' + text).slice(1));

/** An attribute of an opening tag's text (`<c r="B5" t="s">`), decoded; undefined when absent. */
const attributePatterns = new Map<string, RegExp>();
function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(tag);
  return match ? decodeXml(match[1] ?? match[2]!) : undefined;
}

/** The namespace prefix the part writes its elements with ("x:" from some generators), '' for none. */
function prefixOf(text: string, root: string): string {
  return new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>/]`).exec(text)?.[1] ?? '';
}

const isTagBoundary = (code: number) => code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;

/**
 * Cuts a stream of XML text into the whole elements `<tag …>…</tag>` (or `<tag …/>`) it
 * holds, wherever the chunks break. Elements of this kind are never nested in the parts
 * read here (rows, shared strings). The search for an element's end resumes where the
 * last chunk's search stopped, so a long element costs linear time.
 */
async function* elementsOf(chunks: AsyncIterable<string>, tag: string): AsyncGenerator<string> {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  let buffer = '';
  let closeFrom = -1; // where to look for the close of the element begun at buffer[0], once known
  for await (const chunk of chunks) {
    buffer += chunk;
    let pos = 0;
    for (;;) {
      let start = closeFrom >= 0 ? 0 : buffer.indexOf(open, pos);
      while (start >= 0 && closeFrom < 0 && start + open.length < buffer.length && !isTagBoundary(buffer.charCodeAt(start + open.length))) start = buffer.indexOf(open, start + 1);
      if (start < 0) {
        pos = Math.max(pos, buffer.length - open.length);
        break;
      }
      const tagEnd = buffer.indexOf('>', start + open.length);
      if (tagEnd < 0 || start + open.length >= buffer.length) {
        pos = start;
        break;
      }
      if (buffer.charCodeAt(tagEnd - 1) === 47) {
        yield buffer.slice(start, tagEnd + 1);
        pos = tagEnd + 1;
        continue;
      }
      const end = buffer.indexOf(close, closeFrom >= 0 ? closeFrom : tagEnd);
      if (end < 0) {
        if (buffer.length - start > MAX_ELEMENT_CHARS) throw unreadableWorkbook('một dòng hoặc một ô dài bất thường');
        pos = start;
        closeFrom = Math.max(tagEnd, buffer.length - close.length) - start;
        break;
      }
      closeFrom = -1;
      yield buffer.slice(start, end + close.length);
      pos = end + close.length;
    }
    buffer = buffer.slice(pos);
  }
}

/** The text of the `<t>` elements of a string item or inline string, phonetic runs (`<rPh>`) left out. */
function textRuns(p: string): (xml: string) => string {
  const phonetic = new RegExp(`<${p}rPh[\\s>][\\s\\S]*?</${p}rPh>`, 'g');
  const run = new RegExp(`<${p}t(?:\\s[^>]*)?>([\\s\\S]*?)</${p}t>`, 'g');
  return (xml) => {
    const source = xml.includes('rPh') ? xml.replace(phonetic, '') : xml;
    let text = '';
    run.lastIndex = 0;
    for (let m = run.exec(source); m; m = run.exec(source)) text += m[1];
    return ownText(decodeXml(text));
  };
}

// ---------------------------------------------------------------------------------------
// Workbook, relationships, styles, shared strings

interface Relationship {
  type: string;
  target: string;
}

/** `xl/_rels/workbook.xml.rels`: id → relationship, targets resolved against `xl/`. */
function readRelationships(xml: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\s[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (!id || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    relationships.set(id, { type: attribute(m[0], 'Type') ?? '', target: normalisePath(path) });
  }
  return relationships;
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** exceljs's rule: a date format has y, m, d, h, s or b outside brackets and quotes. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The indexes of the cell formats (`s="…"` of a cell) that show a number as a date. */
function readDateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\s[^>]*>/g)) {
    const id = Number(attribute(m[0], 'numFmtId'));
    const code = attribute(m[0], 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const dates = new Set<number>();
  const cellXfs = /<(?:[\w.-]+:)?cellXfs[\s>][\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? '';
  let index = 0;
  for (const m of cellXfs.matchAll(/<(?:[\w.-]+:)?xf[\s>/][^>]*>/g)) {
    const id = Number(attribute(m[0], 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id)) dates.add(index);
    index += 1;
  }
  return dates;
}

/** A part's chunks and the namespace prefix of its root element, read from the first chunk. */
async function prefixedChunks(bytes: Uint8Array, entry: ZipEntry, root: string): Promise<{ prefix: string; chunks: AsyncIterable<string> }> {
  const rest = entryChunks(bytes, entry);
  const first = await rest.next();
  if (first.done) return { prefix: '', chunks: rest };
  async function* chunks(): AsyncGenerator<string> {
    yield first.value as string;
    yield* rest;
  }
  return { prefix: prefixOf(first.value, root), chunks: chunks() };
}

async function readSharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string[]> {
  if (!entry) return [];
  const { prefix, chunks } = await prefixedChunks(bytes, entry, 'sst');
  const text = textRuns(prefix);
  const strings: string[] = [];
  for await (const item of elementsOf(chunks, `${prefix}si`)) strings.push(text(item));
  return strings;
}

// ---------------------------------------------------------------------------------------
// Rows

/** "AB12" → 27 (column AB, 0-based); -1 when the reference has no letters. */
function columnOfReference(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return i === 0 ? -1 : column - 1;
}

/** exceljs's excelToDate: the serial day number as a moment, UTC. */
function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

interface CellAttributes {
  /** 0-based; -1 when the cell gives no reference (it follows the one before). */
  column: number;
  type: string;
  style: number;
}

/** How Excel and most writers spell a cell's attributes: r, then s, then t, double-quoted. */
const USUAL_CELL_ATTRIBUTES = /^\s+r="([A-Z]{1,3})[0-9]+"(?:\s+s="([0-9]+)")?(?:\s+t="([a-zA-Z]+)")?\s*$/;

/** A cell's reference, type and style; the usual spelling read in one match (2 million cells in a large roster). */
function cellAttributes(attributes: string): CellAttributes {
  const usual = USUAL_CELL_ATTRIBUTES.exec(attributes);
  if (usual) return { column: columnOfReference(usual[1]!), type: usual[3] ?? 'n', style: usual[2] === undefined ? 0 : Number(usual[2]) };
  const reference = attribute(attributes, 'r');
  return { column: reference === undefined ? -1 : columnOfReference(reference), type: attribute(attributes, 't') ?? 'n', style: Number(attribute(attributes, 's') ?? 0) };
}

interface RowContext {
  prefix: string;
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

function rowReader(context: RowContext): (xml: string, previousNumber: number) => XlsxRow {
  const p = context.prefix;
  const cellPattern = new RegExp(`<${p}c(?=[\\s>/])([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, 'g');
  const valuePattern = new RegExp(`<${p}v(?:\\s[^>]*)?>([\\s\\S]*?)</${p}v>`);
  const formulaPattern = new RegExp(`<${p}f[\\s>/]`);
  const inline = textRuns(p);

  const valueOf = (cell: CellAttributes, content: string | undefined): XlsxCell => {
    if (content === undefined || content === '') return null;
    if (formulaPattern.test(content)) return { formula: true };
    const type = cell.type;
    if (type === 'inlineStr') return inline(content);
    const raw = valuePattern.exec(content)?.[1];
    if (raw === undefined) return null;
    const value = decodeXml(raw);
    switch (type) {
      case 's':
        return context.sharedStrings[Number(value)] ?? null;
      case 'str':
      case 'e':
        return ownText(value);
      case 'b':
        return value === '1' || value === 'true';
      case 'd': {
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? value : date;
      }
      default: {
        if (value.trim() === '') return null;
        const number = Number(value);
        if (!Number.isFinite(number)) return ownText(value);
        return context.dateStyles.has(cell.style) ? excelToDate(number, context.date1904) : number;
      }
    }
  };

  return (xml, previousNumber) => {
    const openEnd = xml.indexOf('>');
    const declared = Number(attribute(xml.slice(0, openEnd + 1), 'r'));
    const number = Number.isInteger(declared) && declared > 0 ? declared : previousNumber + 1;
    const cells: XlsxCell[] = [];
    if (xml.charCodeAt(openEnd - 1) === 47) return { number, cells };
    cellPattern.lastIndex = openEnd;
    let column = -1;
    for (let m = cellPattern.exec(xml); m; m = cellPattern.exec(xml)) {
      const cell = cellAttributes(m[1]!);
      column = cell.column >= 0 ? cell.column : column + 1;
      const value = valueOf(cell, m[2]);
      if (value === null) continue;
      while (cells.length < column) cells.push(null);
      cells[column] = value;
    }
    return { number, cells };
  };
}

// ---------------------------------------------------------------------------------------
// The workbook

/**
 * Opens a workbook whose zip directory is `entries` (from assertXlsxDirectory): reads its
 * sheet list, relationships, date styles and shared strings; each sheet's rows are then
 * streamed on demand. Throws BAD_FILE when a part the workbook names is missing.
 */
export async function openXlsx(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<XlsxWorkbook> {
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const entry = (path: string) => byName.get(path.toLowerCase());
  const workbookEntry = entry('xl/workbook.xml');
  if (!workbookEntry) throw unreadableWorkbook();
  const workbook = wholeEntryText(bytes, workbookEntry);
  const relationshipsEntry = entry('xl/_rels/workbook.xml.rels');
  const relationships = relationshipsEntry ? readRelationships(wholeEntryText(bytes, relationshipsEntry)) : new Map<string, Relationship>();
  const partOfType = (type: string, fallback: string) => entry([...relationships.values()].find((r) => r.type.endsWith(`/${type}`))?.target ?? fallback);

  const properties = /<(?:[\w.-]+:)?workbookPr\s[^>]*>/.exec(workbook)?.[0] ?? '';
  const date1904 = ['1', 'true'].includes(attribute(properties, 'date1904') ?? '');
  const stylesEntry = partOfType('styles', 'xl/styles.xml');
  const dateStyles = stylesEntry ? readDateStyles(wholeEntryText(bytes, stylesEntry)) : new Set<number>();
  const sharedStrings = await readSharedStrings(bytes, partOfType('sharedStrings', 'xl/sharedStrings.xml'));

  const sheets: XlsxSheet[] = [];
  for (const [index, m] of [...workbook.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)].entries()) {
    const tag = m[0];
    const relationshipId = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const target = relationshipId === undefined ? undefined : relationships.get(relationshipId)?.target;
    const sheetEntry = entry(target ?? `xl/worksheets/sheet${index + 1}.xml`);
    if (!sheetEntry) continue;
    const state = attribute(tag, 'state');
    sheets.push({
      name: attribute(tag, 'name') ?? `Sheet${index + 1}`,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      rows: () => streamRows(bytes, sheetEntry, { sharedStrings, dateStyles, date1904 }),
    });
  }
  return { date1904, sheets };
}

async function* streamRows(bytes: Uint8Array, entry: ZipEntry, context: Omit<RowContext, 'prefix'>): AsyncGenerator<XlsxRow> {
  const { prefix, chunks } = await prefixedChunks(bytes, entry, 'worksheet');
  const read = rowReader({ ...context, prefix });
  let previous = 0;
  for await (const xml of elementsOf(chunks, `${prefix}row`)) {
    const row = read(xml, previous);
    previous = row.number;
    yield row;
  }
}
