/**
 * CSV as we write it, for every export: UTF-8 with a BOM so Excel shows Vietnamese right,
 * comma-separated, CRLF line ends and RFC 4180 quoting, and no cell a spreadsheet would
 * run as a formula (CSV/formula injection). Readers of our own exports strip the
 * apostrophe again (units-file.read.ts).
 */

/** Characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The byte-order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A text field as Excel must read it: quoted when needed, a formula-looking text prefixed with '. */
export function formatCsvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One record with its CRLF. Texts go through formatCsvField; numbers are written as
 * they are (a figure is never negative or a formula), blanks as empty fields.
 */
export function formatCsvRecord(fields: readonly (string | number | null | undefined)[]): string {
  return `${fields.map((field) => (field === null || field === undefined ? '' : typeof field === 'number' ? String(field) : formatCsvField(field))).join(',')}\r\n`;
}

/** A whole small file at once: the BOM, then the records. */
export function formatCsv(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.concat([UTF8_BOM, Buffer.from(rows.map(formatCsvRecord).join(''), 'utf8')]);
}
