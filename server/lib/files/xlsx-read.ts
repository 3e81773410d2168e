/**
 * Opens an uploaded .xlsx safely and reads its cells as what they are. The zip is checked
 * (zip-guard.ts) before exceljs sees a byte; a cell is text, a number, a truth value, a
 * date, an error — or a formula, which is never evaluated and whose cached result is
 * ignored, so every reader can refuse it with the cell's position.
 */
import ExcelJS from 'exceljs';
import { unreadableWorkbook } from './xlsx-rows.ts';
import { assertSafeXlsx } from './zip-guard.ts';

export type SheetCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** A calendar date, yyyy-mm-dd. */
  | { kind: 'date'; date: string }
  | { kind: 'formula' }
  | { kind: 'error'; text: string };

/** A checked, parsed workbook, or BAD_FILE with a message a person can act on. */
export async function loadXlsx(content: Uint8Array, hint?: string): Promise<ExcelJS.Workbook> {
  assertSafeXlsx(content, hint);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(content.buffer, content.byteOffset, content.byteLength) as never);
  } catch {
    throw unreadableWorkbook();
  }
  return workbook;
}

function isoFromDate(value: Date): string {
  // exceljs turns an Excel serial date into a Date at UTC midnight: read it in UTC.
  return `${String(value.getUTCFullYear()).padStart(4, '0')}-${String(value.getUTCMonth() + 1).padStart(2, '0')}-${String(value.getUTCDate()).padStart(2, '0')}`;
}

function richText(value: unknown): string {
  if (typeof value === 'string') return value;
  const rich = (value as { richText?: { text: string }[] } | null)?.richText;
  return rich ? rich.map((r) => r.text).join('') : '';
}

function textCell(text: string): SheetCell | null {
  return text === '' ? null : { kind: 'text', text };
}

/** A cell's content; null when it is empty. The part of a merged range that is not its top-left cell reads as that cell. */
export function readCell(cell: ExcelJS.Cell): SheetCell | null {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
      return null;
    case ExcelJS.ValueType.Merge:
      return cell.master === cell ? null : readCell(cell.master);
    case ExcelJS.ValueType.Formula:
      return { kind: 'formula' };
    case ExcelJS.ValueType.Error:
      return { kind: 'error', text: String((cell.value as { error?: string }).error ?? '#ERROR') };
    case ExcelJS.ValueType.Date: {
      const value = cell.value as Date;
      return Number.isNaN(value.getTime()) ? { kind: 'error', text: String(cell.value) } : { kind: 'date', date: isoFromDate(value) };
    }
    case ExcelJS.ValueType.Number:
      return { kind: 'number', value: cell.value as number };
    case ExcelJS.ValueType.Boolean:
      return { kind: 'boolean', value: Boolean(cell.value) };
    case ExcelJS.ValueType.RichText:
      return textCell(richText(cell.value));
    case ExcelJS.ValueType.Hyperlink:
      return textCell(richText((cell.value as { text?: unknown }).text));
    default:
      return textCell(typeof cell.value === 'string' ? cell.value : String(cell.value ?? ''));
  }
}
