/**
 * Recognises the columns of a units file by their headers, whatever their order, case,
 * diacritics or spacing: "MÃ ĐƠN VỊ", "ma don vi" and "Mã đơn vị (*)" are the same column.
 */
import { UNIT_FILE_COLUMNS, type UnitFileColumn } from '../../../../common/contracts/units.ts';
import { toSearchKey } from '../../../../common/text/vietnamese.ts';

/** A header reduced to what matters: no diacritics, no case, no punctuation, single spaces. */
export function headerKey(header: string): string {
  return toSearchKey(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ALIASES: Record<UnitFileColumn, string[]> = {
  code: ['ma', 'ma dv', 'ma so', 'ma don vi', 'ma so don vi', 'code', 'unit code'],
  name: ['ten', 'ten dv', 'ten don vi', 'name', 'unit name'],
  kind: ['loai', 'loai hinh', 'loai hinh don vi', 'loai don vi', 'kind', 'type'],
  parentCode: ['ma cap tren', 'ma dv cap tren', 'ma don vi cap tren', 'ma don vi chu quan', 'ma don vi quan ly', 'parent', 'parent code'],
  shortName: ['ten tat', 'ten viet tat', 'viet tat', 'short name'],
  validFrom: ['hieu luc tu', 'tu ngay', 'ngay hieu luc', 'ngay thanh lap', 'valid from'],
  validTo: ['hieu luc den', 'den ngay', 'ngay het hieu luc', 'ngay giai the', 'valid to'],
  successorCode: ['ma ke thua', 'ma don vi ke thua', 'ma dv ke thua', 'don vi ke thua', 'successor', 'successor code'],
  address: ['dia chi', 'address'],
  email: ['email', 'e mail', 'thu dien tu', 'dia chi email'],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'dt', 'phone', 'telephone'],
};

/** Columns offices add that carry nothing to import ("STT" = row number). */
const IGNORED = new Set(['stt', 'so tt', 'so thu tu', 'tt', 'ghi chu']);

const BY_KEY = new Map<string, UnitFileColumn>();
for (const column of UNIT_FILE_COLUMNS) {
  BY_KEY.set(headerKey(column.header), column.key);
  for (const alias of ALIASES[column.key]) BY_KEY.set(alias, column.key);
}

export type HeaderMatch = { column: UnitFileColumn } | { ignored: true } | { unknown: true };

export function matchHeader(header: string): HeaderMatch {
  const key = headerKey(header);
  const column = BY_KEY.get(key);
  if (column) return { column };
  if (key === '' || IGNORED.has(key)) return { ignored: true };
  return { unknown: true };
}

export const REQUIRED_COLUMNS = UNIT_FILE_COLUMNS.filter((c) => c.required).map((c) => c.key);
export const COLUMN_HEADER = Object.fromEntries(UNIT_FILE_COLUMNS.map((c) => [c.key, c.header])) as Record<UnitFileColumn, string>;
