import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, implausibleShare, parseCsv } from './csv.ts';
import { toWindows1258Form } from './units-import.fixtures.ts';

const parse = (text: string) => parseCsv(text, { maxRecords: 1000 }).records;

describe('parseCsv', () => {
  it('reads RFC 4180: quoted fields with delimiters, doubled quotes and line breaks; rows as Excel numbers them', () => {
    const records = parse('Mã,Tên\r\nA1,"Trường ""Hoa Sen"", cơ sở 2"\r\nA2,"Dòng 1\nDòng 2"\r\nA3,x\r\n');
    expect(records).toEqual([
      { row: 1, fields: ['Mã', 'Tên'] },
      { row: 2, fields: ['A1', 'Trường "Hoa Sen", cơ sở 2'] },
      { row: 3, fields: ['A2', 'Dòng 1\nDòng 2'] },
      { row: 4, fields: ['A3', 'x'] },
    ]);
  });

  it('detects the semicolon Excel writes in a Vietnamese locale, and tabs', () => {
    expect(parse('Mã;Tên;Loại\nA;B, C;TH')[1]!.fields).toEqual(['A', 'B, C', 'TH']);
    expect(parse('Mã\tTên\nA\tB')[1]!.fields).toEqual(['A', 'B']);
  });

  it('honours an Excel "sep=" line without counting it as a row', () => {
    const records = parse('sep=;\r\nMã;Tên\r\nA;B,C\r\n');
    expect(records).toEqual([
      { row: 1, fields: ['Mã', 'Tên'] },
      { row: 2, fields: ['A', 'B,C'] },
    ]);
  });

  it('keeps empty fields and handles a last line without a line break, and bare CR line ends', () => {
    expect(parse('a,,c\rd,e,')).toEqual([
      { row: 1, fields: ['a', '', 'c'] },
      { row: 2, fields: ['d', 'e', ''] },
    ]);
  });

  it('refuses an unclosed quote, naming the row where it opened', () => {
    expect(() => parse('Mã,Tên\nA,"không đóng\nB,x')).toThrow(/dòng 2/);
  });

  it('stops at the record limit', () => {
    expect(parseCsv('a\nb\nc\nd\n', { maxRecords: 2 }).isTruncated).toBe(true);
  });
});

describe('decodeCsvBytes', () => {
  const sample = 'Mã đơn vị,Tên đơn vị\nTH1,Trường Tiểu học Nguyễn Trãi — Thượng Đình\nTH2,Trường Mầm non Hướng Dương\n';

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsvBytes(Buffer.from(sample, 'utf8'))).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    expect(decodeCsvBytes(bytes).text).toBe(sample);
  });

  it('reads Windows-1258 (Vietnamese Windows) into NFC text', () => {
    const bytes = iconv.encode(toWindows1258Form(sample), 'windows-1258');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeCsvBytes(bytes)).toEqual({ text: sample, encoding: 'windows-1258' });
  });

  it('reads TCVN3 (ABC) when Windows-1258 gives nonsense', () => {
    const text = 'Mã đơn vị,Tên đơn vị\nTH1,Trường tiểu học Thượng Đình\n';
    const bytes = iconv.encode(text, 'tcvn');
    expect(implausibleShare(iconv.decode(bytes, 'windows-1258'))).toBeGreaterThan(0.1);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('tcvn3');
    expect(decoded.text).toBe(text);
  });

  it('refuses bytes no Vietnamese encoding makes sense of, asking for CSV UTF-8', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xa4, 0xbf, 0x41][i % 8]!));
    expect(() => decodeCsvBytes(bytes)).toThrow(/CSV UTF-8/);
  });

  it('refuses binary content', () => {
    expect(() => decodeCsvBytes(Buffer.from([0x41, 0x00, 0x42, 0x00]))).toThrow(/không phải là tệp Excel/);
  });
});
