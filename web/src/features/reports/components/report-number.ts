/**
 * Numbers as a Vietnamese official types them into a report cell: "." groups thousands and
 * "," marks decimals ("1.234", "12,5", "1.234,5"), spaces may group too, and a number typed
 * the English way ("1,234.5", "12.5") is still understood when it cannot be read otherwise.
 * Whatever is not a number is reported as such — never dropped or read as blank.
 */
import { formatNumber } from '../../../../../common/text/format.ts';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

const GROUPED = (separator: '.' | ',') => new RegExp(`^\\d{1,3}(?:\\${separator}\\d{3})+$`);
const DOT_GROUPED = GROUPED('.');
const COMMA_GROUPED = GROUPED(',');
const PLAIN_DECIMAL = /^\d*\.?\d+$|^\d+\.$/;

/** Reads the digits part (no sign, no spaces, no %): null when it is not a number. */
function readUnsigned(text: string): number | null {
  if (text === '') return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both: the one that comes last is the decimal mark; the other groups thousands.
    const [group, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    const [whole = '', fraction = '', ...rest] = text.split(decimal);
    if (rest.length > 0 || !/^\d+$/.test(fraction)) return null;
    if (!GROUPED(group as '.' | ',').test(whole) && !/^\d+$/.test(whole)) return null;
    normalized = `${whole.split(group).join('')}.${fraction}`;
  } else if (lastComma >= 0) {
    // "1,234,567" groups; a single comma is the Vietnamese decimal mark: "12,5".
    if (COMMA_GROUPED.test(text) && text.indexOf(',') !== lastComma) normalized = text.split(',').join('');
    else if (/^\d*,\d+$/.test(text)) normalized = text.replace(',', '.');
    else return null;
  } else if (lastDot >= 0) {
    // "1.234" and "1.234.567" group thousands (Vietnamese); "12.5" can only be a decimal.
    if (DOT_GROUPED.test(text)) normalized = text.split('.').join('');
    else if (PLAIN_DECIMAL.test(text)) normalized = text;
    else return null;
  } else if (/^\d+$/.test(text)) {
    normalized = text;
  } else {
    return null;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** A cell's text as a number; blank is null (not 0). A trailing % is allowed ("12,5%"). */
export function parseReportNumber(text: string): ParsedNumber {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (compact === '') return { ok: true, value: null };
  const isNegative = /^[-−]/.test(compact);
  const value = readUnsigned(isNegative ? compact.slice(1) : compact);
  if (value === null) return { ok: false };
  return { ok: true, value: isNegative ? -value : value };
}

/** How a stored figure is shown in its cell once the cell is left: 1.234 / 12,5. */
export function formatReportNumber(value: number): string {
  return formatNumber(value, 6);
}
