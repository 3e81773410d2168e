/**
 * Document numbers and symbols (số, ký hiệu) of NĐ 30/2020: "15/KH-PGDĐT" is the number
 * 15 of the unit's plans (KH) issued by the Phòng GD&ĐT (PGDĐT). The symbol of the issuing
 * body is its name's usual abbreviation; numbers under 10 take a leading zero.
 */
import type { DocumentKind } from './plan-document.ts';

/** Type abbreviations of NĐ 30/2020, Phụ lục III. */
export const DOCUMENT_TYPE_SYMBOLS: Record<DocumentKind, string> = { plan: 'KH', report: 'BC', letter: '' };

/** Words of a unit's name and their usual abbreviation, longest first. */
const NAME_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/^sở giáo dục và đào tạo(?=\s|$)/i, 'SGDĐT'],
  [/^phòng giáo dục và đào tạo(?=\s|$)/i, 'PGDĐT'],
  [/^bộ giáo dục và đào tạo(?=\s|$)/i, 'BGDĐT'],
  [/^trường (?:trung học phổ thông|thpt)(?=\s|$)/i, 'THPT'],
  [/^trường (?:trung học cơ sở|thcs)(?=\s|$)/i, 'THCS'],
  [/^trường (?:tiểu học|th)(?=\s|$)/i, 'TH'],
  [/^trường (?:mầm non|mn)(?=\s|$)/i, 'MN'],
  [/^trường (?:mẫu giáo|mg)(?=\s|$)/i, 'MG'],
  [/^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)(?=\s|$)/i, 'UBND'],
];

const FOLD: Record<string, string> = { đ: 'Đ', Đ: 'Đ' };

/** The first letter of each word, upper case, without tone marks but keeping Đ ("Tân Tiến" → "TT"). */
function initials(words: string): string {
  return words
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .map((word) => {
      const first = word[0]!;
      return FOLD[first] ?? first.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    })
    .join('');
}

/** The issuing body's symbol from its name: "Phòng Giáo dục và Đào tạo huyện Thanh Trì" → "PGDĐT"; "Trường Mầm non Tân Tiến" → "MNTT". */
export function issuerSymbolOf(unitName: string): string {
  const name = unitName.normalize('NFC').trim();
  for (const [pattern, abbreviation] of NAME_ABBREVIATIONS) {
    const match = pattern.exec(name);
    if (!match) continue;
    // Offices and departments are known by their kind; a school by its kind and its name.
    if (['SGDĐT', 'PGDĐT', 'BGDĐT', 'UBND'].includes(abbreviation)) return abbreviation;
    return abbreviation + initials(name.slice(match[0].length));
  }
  return initials(name) || 'DV';
}

/** "KH-PGDĐT" for a plan; a letter's symbol is the body's alone ("PGDĐT-TCCB" when written by a division). */
export function documentSymbolOf(kind: DocumentKind, unitName: string): string {
  const type = DOCUMENT_TYPE_SYMBOLS[kind];
  const issuer = issuerSymbolOf(unitName);
  return type ? `${type}-${issuer}` : issuer;
}

/** "15/KH-PGDĐT"; numbers under 10 with a leading zero ("05/KH-PGDĐT"). */
export function formatDocumentNumber(serial: number, symbol: string): string {
  return `${String(serial).padStart(2, '0')}/${symbol}`;
}

/** The symbol of a number as written ("15/KH-PGDĐT" → "KH-PGDĐT"; "/KH-PGDĐT" → "KH-PGDĐT"); null when there is none. */
export function symbolOfNumber(number: string | null | undefined): string | null {
  if (!number) return null;
  const slash = number.indexOf('/');
  const symbol = slash >= 0 ? number.slice(slash + 1).trim() : '';
  return symbol.length > 0 ? symbol : null;
}

/** The serial of a number ("05/KH-PGDĐT" → 5); null when it is blank or not a number. */
export function serialOfNumber(number: string | null | undefined): number | null {
  const match = /^\s*(\d{1,6})\s*\//.exec(number ?? '');
  return match ? Number(match[1]) : null;
}

const ROMAN: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** 14 → "XIV": section numbers of plans, and Word's upperRoman numbering. */
export function romanNumeral(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}
