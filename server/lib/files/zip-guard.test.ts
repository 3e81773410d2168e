import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assertSafeXlsx, isZip, readZipDirectory, ZIP_LIMITS } from './zip-guard.ts';
import { lieAboutSize } from './zip.fixtures.ts';

/** A real one-sheet workbook, built in memory. */
async function smallWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Trang 1');
  sheet.addRow(['Mã', 'Tên']);
  sheet.addRow(['A', 'Trường B']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const MINIMAL = {
  '[Content_Types].xml': strToU8('<Types/>'),
  'xl/workbook.xml': strToU8('<workbook/>'),
};

describe('assertSafeXlsx', () => {
  it('accepts a real workbook', async () => {
    const bytes = await smallWorkbook();
    expect(isZip(bytes)).toBe(true);
    expect(assertSafeXlsx(bytes).some((e) => e.name === 'xl/worksheets/sheet1.xml')).toBe(true);
  });

  it('refuses a zip bomb by its declared size, before inflating anything', () => {
    const big = new Uint8Array(ZIP_LIMITS.maxTotalBytes + 1024 * 1024); // zeros: compresses ~1000:1
    const bomb = zipSync({ ...MINIMAL, 'xl/worksheets/sheet1.xml': big }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => assertSafeXlsx(bomb)).toThrow(/zip bomb/);
  });

  it('refuses an absurd compression ratio even below the total limit', () => {
    const bomb = zipSync({ ...MINIMAL, 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(() => assertSafeXlsx(bomb)).toThrow(/zip bomb/);
  });

  it('refuses a zip that lies about its sizes, stopping as soon as an entry inflates past what it declared', () => {
    const honest = zipSync({ ...MINIMAL, 'xl/worksheets/sheet1.xml': new Uint8Array(4 * 1024 * 1024).fill(65) }, { level: 9 });
    const liar = lieAboutSize(honest, 'xl/worksheets/sheet1.xml', 1000);
    expect(() => assertSafeXlsx(liar)).toThrow(/zip bomb/);
  });

  it('refuses a truncated zip', async () => {
    const bytes = await smallWorkbook();
    expect(() => assertSafeXlsx(bytes.subarray(0, Math.floor(bytes.length / 2)))).toThrow(/bị hỏng hoặc tải lên không đầy đủ/);
  });

  it('refuses a zip without a worksheet', () => {
    const zip = zipSync({ 'readme.txt': strToU8('không phải Excel') });
    expect(() => assertSafeXlsx(zip)).toThrow(/không chứa trang tính Excel/);
  });

  it('refuses an entry whose data is corrupt', async () => {
    const bytes = await smallWorkbook();
    const sheet = readZipDirectory(bytes).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const dataStart = sheet.localHeaderOffset + 30 + bytes.readUInt16LE(sheet.localHeaderOffset + 26) + bytes.readUInt16LE(sheet.localHeaderOffset + 28);
    bytes.fill(0xff, dataStart, dataStart + Math.min(40, sheet.compressedSize));
    expect(() => assertSafeXlsx(bytes)).toThrow(/bị hỏng/);
  });
});
