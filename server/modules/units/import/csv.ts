/**
 * CSV as offices actually produce it: UTF-8 with or without a BOM, UTF-16 ("Unicode
 * text" from Excel), or a legacy Vietnamese code page (Windows-1258, TCVN3) from old
 * machines; comma, semicolon (Excel in a Vietnamese locale) or tab separated; quoted
 * fields with embedded quotes and line breaks (RFC 4180). Writing CSV is
 * server/lib/files/csv-write.ts, shared by every export.
 */
import iconv from 'iconv-lite';
import { AppError } from '../../../lib/errors.ts';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in, for the user when it was not UTF-8. */
  encoding: 'utf-8' | 'utf-16' | 'windows-1258' | 'tcvn3';
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TYPOGRAPHIC = /^[–—“”‘’…•°€«»·§©®™ºª±×÷\u00a0]+$/u;

/**
 * Share of the non-ASCII "words" that cannot be Vietnamese. A Vietnamese syllable has
 * Latin letters (or đ), at most one tone mark and at most 7 letters; TCVN3 read as
 * Windows-1258 gives µ ¸ ¶ inside words, and bytes that are no Vietnamese encoding give
 * runs of capitals with a tone on every letter.
 */
export function implausibleShare(text: string): number {
  let words = 0;
  let bad = 0;
  for (const word of text.normalize('NFC').split(/[\s,;"'()\[\]/.:!?0-9\-_=+*&%$#@<>|\\]+/u)) {
    if (!/[^\x00-\x7f]/.test(word)) {
      if (/[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(word)) (words += 1), (bad += 1);
      continue;
    }
    words += 1;
    if (TYPOGRAPHIC.test(word)) continue;
    const letters = word.replace(/^[–—“”‘’…•«»]+|[–—“”‘’…•«»]+$/gu, '');
    const decomposed = letters.normalize('NFD');
    const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
    const bases = decomposed.replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
    const isVietnamese = /^[A-Za-z]+$/.test(bases) && !/^[\u0300-\u036f]/.test(decomposed) && tones <= 1 && [...letters].length <= 7;
    if (!isVietnamese) bad += 1;
  }
  return words === 0 ? 0 : bad / words;
}

const PLAUSIBLE = 0.1;

/** Bytes → text, or a clear rejection asking for "CSV UTF-8". */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)) ?? rejectEncoding(), encoding: 'utf-8' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return { text, encoding: 'utf-16' };
  }
  if (bytes.includes(0)) {
    throw new AppError('BAD_FILE', 'Tệp không phải là tệp Excel (.xlsx) hay tệp CSV. Hãy chọn tệp .xlsx hoặc lưu dưới dạng "CSV UTF-8".');
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // Not UTF-8: an old Vietnamese code page. Windows-1258 first (what Excel on a
  // Vietnamese Windows writes), then TCVN3 (ABC fonts, .VnTime), keeping whichever reads as Vietnamese.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cp1258 = iconv.decode(buffer, 'windows-1258').normalize('NFC');
  const cp1258Share = implausibleShare(cp1258);
  if (cp1258Share <= PLAUSIBLE) return { text: cp1258, encoding: 'windows-1258' };
  const tcvn = iconv.decode(buffer, 'tcvn').normalize('NFC');
  const tcvnShare = implausibleShare(tcvn);
  if (tcvnShare <= PLAUSIBLE) return { text: tcvn, encoding: 'tcvn3' };
  return rejectEncoding();
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function rejectEncoding(): never {
  throw new AppError(
    'BAD_FILE',
    'Không đọc được bảng mã của tệp CSV. Hãy mở tệp bằng Excel và lưu lại với định dạng "CSV UTF-8 (Comma delimited)" rồi tải lên lại.',
  );
}

export interface CsvRecord {
  /** 1-based record number: the row Excel shows, even when a field spans lines. */
  row: number;
  fields: string[];
}

/** Picks the delimiter from the header line: the most frequent of , ; and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/**
 * RFC 4180 records. `maxRecords` stops early on an oversized file; an unclosed quote
 * is an error pointing at the row where it opened.
 */
export function parseCsv(input: string, options: { maxRecords: number }): { records: CsvRecord[]; isTruncated: boolean } {
  let text = input;
  let row = 1;
  let delimiter: string;
  // Excel's "sep=;" hint line: honour it; Excel hides it, so it is not a row.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    delimiter = hint[1]!;
    text = text.slice(hint[0].length);
  } else {
    delimiter = detectDelimiter(text);
  }
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let i = 0;
  let recordStart = row;
  const length = text.length;
  const endRecord = () => {
    fields.push(field);
    records.push({ row: recordStart, fields });
    fields = [];
    field = '';
    row += 1;
    recordStart = row;
  };
  while (i < length) {
    if (records.length >= options.maxRecords) return { records, isTruncated: true };
    const ch = text[i]!;
    if (ch === '"' && field.length === 0) {
      // A quoted field: runs to the closing quote, "" is a literal quote.
      let j = i + 1;
      let value = '';
      for (;;) {
        const next = text.indexOf('"', j);
        if (next === -1) {
          throw new AppError('BAD_FILE', `Tệp CSV bị lỗi: dấu ngoặc kép mở ở dòng ${recordStart} không được đóng.`, [
            { row: recordStart, message: 'Dấu ngoặc kép (") không được đóng' },
          ]);
        }
        value += text.slice(j, next);
        if (text[next + 1] === '"') {
          value += '"';
          j = next + 2;
          continue;
        }
        j = next + 1;
        break;
      }
      field = value;
      i = j;
      // Tolerate stray characters between the closing quote and the delimiter.
      while (i < length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        field += text[i];
        i += 1;
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    i += 1;
  }
  if (field.length > 0 || fields.length > 0) endRecord();
  return { records, isTruncated: false };
}
