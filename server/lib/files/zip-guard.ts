/**
 * Looks inside an .xlsx (a zip) before any spreadsheet library opens it: a truncated
 * or fake zip, a zip without a worksheet, and a zip bomb are refused here. Every upload
 * of a workbook goes through it (units import, the offline report form).
 *
 * The central directory's declared sizes are checked first (cheap); then, for readers
 * that hand the file to exceljs (assertSafeXlsx), every entry is inflated in small chunks
 * and counted — the output is thrown away — so a zip that lies about its sizes is caught
 * before exceljs would inflate it in memory. A reader that inflates parts itself
 * (xlsx-rows.ts) takes the directory check alone (assertXlsxDirectory) and counts each
 * part as it inflates it (inflationCounter): the same refusal, one inflation instead of two.
 */
import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import { AppError } from '../errors.ts';

export const ZIP_LIMITS = {
  /** Total uncompressed size of all entries. */
  maxTotalBytes: 100 * 1024 * 1024,
  /** Compression ratio above which a large entry is a bomb, not a spreadsheet. */
  maxRatio: 400,
  /** Entries larger than this are subject to the ratio check. */
  ratioCheckFromBytes: 1024 * 1024,
  maxEntries: 2000,
} as const;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const BROKEN = 'Tệp .xlsx bị hỏng hoặc tải lên không đầy đủ. Hãy mở tệp bằng Excel, lưu lại rồi tải lên lại.';
const BOMB = 'Tệp .xlsx có nội dung giải nén bất thường (nghi là "zip bomb") nên bị từ chối.';
const METHOD = 'Tệp .xlsx dùng kiểu nén không được hỗ trợ. Hãy mở bằng Excel và lưu lại.';

/** What is wrong with a zip, for a reader of another kind of file (.docx) to word its own refusal. */
export type ZipProblem = 'bomb' | 'broken' | 'method';

/** A refusal of the zip guard: worded for a workbook, with its kind for the readers of other files. */
export class ZipRefusal extends AppError {
  readonly problem: ZipProblem;
  constructor(problem: ZipProblem) {
    super('BAD_FILE', problem === 'bomb' ? BOMB : problem === 'broken' ? BROKEN : METHOD);
    this.problem = problem;
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** Reads the central directory; throws BAD_FILE when it is missing or inconsistent. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefusal('broken');
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipRefusal('bomb');
  if (count > ZIP_LIMITS.maxEntries) throw new ZipRefusal('bomb');
  if (directoryOffset + directorySize > eocd) throw new ZipRefusal('broken');
  const entries: ZipEntry[] = [];
  let p = directoryOffset;
  for (let n = 0; n < count; n += 1) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw new ZipRefusal('broken');
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // Zip64 markers: sizes past 4 GB have no place in a spreadsheet.
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) throw new ZipRefusal('bomb');
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The sizes the directory declares, within ZIP_LIMITS: cheap, before anything is inflated. */
export function assertDeclaredSizes(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= ZIP_LIMITS.ratioCheckFromBytes && ratio > ZIP_LIMITS.maxRatio) throw new ZipRefusal('bomb');
  }
  if (total > ZIP_LIMITS.maxTotalBytes) throw new ZipRefusal('bomb');
}

/** Where an entry's data lies in the file; throws BAD_FILE when its local header or data lie outside it, or its compression is unknown. */
export function entryDataRange(bytes: Uint8Array, entry: ZipEntry): { start: number; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offset = entry.localHeaderOffset;
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== 0x04034b50) throw new ZipRefusal('broken');
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipRefusal('broken');
  if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) throw new ZipRefusal('broken');
  if (entry.method !== 0 && entry.method !== 8) throw new ZipRefusal('method');
  return { start, end };
}

/**
 * Counts what an entry inflates to, as it inflates: past its declared size it is a bomb
 * (it lied about its size), short of it at the end the file is broken. For readers that
 * inflate entries themselves (xlsx-rows.ts) instead of asking assertSafeXlsx to do it first.
 */
export function inflationCounter(entry: ZipEntry): { add(bytes: number): void; end(): void } {
  let produced = 0;
  return {
    add(bytes) {
      produced += bytes;
      if (produced > entry.uncompressedSize) throw new ZipRefusal('bomb');
    },
    end() {
      if (produced !== entry.uncompressedSize) throw new ZipRefusal('broken');
    },
  };
}

/**
 * One entry whole, inflated (node's zlib) no further than the size it declares: for the
 * small parts a reader needs whole (a workbook's sheet list and styles, a document's
 * paragraphs). Throws ZipRefusal: 'bomb' past the declared size, 'broken' short of it or
 * for data that does not inflate, 'method' for a compression other than deflate.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const { start, end } = entryDataRange(bytes, entry);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data;
  let inflated: Uint8Array;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    // Output past maxOutputLength: the entry lied about its size.
    throw new ZipRefusal((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'bomb' : 'broken');
  }
  if (inflated.length !== entry.uncompressedSize) throw new ZipRefusal('broken');
  return inflated;
}

/** Inflates one entry in 16 KB steps, counting bytes; stops as soon as it exceeds what it declared. */
function verifyEntry(bytes: Uint8Array, entry: ZipEntry) {
  const { start, end } = entryDataRange(bytes, entry);
  if (entry.method === 0) return;
  const counter = inflationCounter(entry);
  // The counter throws from inside push() as soon as the entry passes its declared size.
  const inflater = new Inflate((chunk) => counter.add(chunk.length));
  const STEP = 16 * 1024;
  try {
    for (let p = start; p < end; p += STEP) {
      const stepEnd = Math.min(end, p + STEP);
      inflater.push(bytes.subarray(p, stepEnd), stepEnd === end);
    }
  } catch (error) {
    if (error instanceof ZipRefusal) throw error;
    throw new ZipRefusal('broken');
  }
  counter.end();
}

const NOT_A_WORKBOOK = 'Tệp nén không chứa trang tính Excel nào: đây không phải tệp .xlsx.';

/**
 * Refuses anything that is not a sound, reasonably sized workbook. Returns the entries
 * so the caller knows which worksheets exist. `hint` ends the "not a workbook" message
 * with what the caller accepts instead ("Hãy chọn tệp Excel (.xlsx) hoặc CSV.").
 */
export function assertSafeXlsx(bytes: Uint8Array, hint = 'Hãy chọn tệp Excel (.xlsx).'): ZipEntry[] {
  const entries = assertXlsxDirectory(bytes, hint);
  for (const entry of entries) verifyEntry(bytes, entry);
  return entries;
}

/**
 * The cheap half of assertSafeXlsx: the directory, the declared sizes, a workbook and a
 * worksheet present, every entry's data inside the file — nothing inflated. Enough for a
 * reader that inflates only the parts it reads and counts them as it goes
 * (inflationCounter), as xlsx-rows.ts does.
 */
export function assertXlsxDirectory(bytes: Uint8Array, hint = 'Hãy chọn tệp Excel (.xlsx).'): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  assertDeclaredSizes(entries);
  const hasWorksheet = entries.some((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name));
  const hasWorkbook = entries.some((e) => /^xl\/workbook\.xml$/i.test(e.name));
  if (!hasWorksheet || !hasWorkbook) throw new AppError('BAD_FILE', `${NOT_A_WORKBOOK} ${hint}`);
  for (const entry of entries) entryDataRange(bytes, entry);
  return entries;
}
