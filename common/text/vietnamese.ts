/**
 * Vietnamese text done right: NFC on input, a diacritic-free key for search
 * ("thanh tri" finds "Thanh Trì"), and a sort key that follows the Vietnamese
 * alphabet (A Ă Â B C D Đ E Ê …) and tone order (ngang, huyền, hỏi, ngã, sắc, nặng).
 *
 * The keys are plain strings so PostgreSQL can index and order them with the
 * "C" collation on PGlite and on a server alike: neither needs ICU.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** NFC, trimmed, inner runs of white space folded to one space. Apply to every text input. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Lower-case, without diacritics, đ → d: what search compares. */
export function toSearchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

// Letters in Vietnamese dictionary order; f, j, w, z (loan words) sit where Latin puts them.
const ALPHABET = [
  'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n',
  'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z',
];
const DIGITS = '0123456789';
// Primary weights: word break < digits < letters < anything else.
const WORD_BREAK = '!';
const PRIMARY = new Map<string, string>();
DIGITS.split('').forEach((d, i) => PRIMARY.set(d, String.fromCharCode(0x30 + i)));
ALPHABET.forEach((letter, i) => PRIMARY.set(letter, String.fromCharCode(0x41 + i)));

const TONES: Record<string, number> = {
  '\u0300': 1, // huyền
  '\u0309': 2, // hỏi
  '\u0303': 3, // ngã
  '\u0301': 4, // sắc
  '\u0323': 5, // nặng
};

function baseLetter(base: string, marks: string[]): string {
  if (marks.includes('\u031b')) return base === 'o' ? 'ơ' : base === 'u' ? 'ư' : base; // horn
  if (marks.includes('\u0306') && base === 'a') return 'ă';
  if (marks.includes('\u0302')) {
    if (base === 'a') return 'â';
    if (base === 'e') return 'ê';
    if (base === 'o') return 'ô';
  }
  return base;
}

/**
 * A key whose byte order is Vietnamese dictionary order: letters first (A < Ă < Â),
 * then tones, then case. Compare keys with the "C" collation or plain `<`.
 */
export function vietnameseSortKey(value: string): string {
  const decomposed = normalizeText(value).normalize('NFD');
  let primary = '';
  let tones = '';
  let cases = '';
  let i = 0;
  while (i < decomposed.length) {
    const ch = decomposed[i]!;
    i += 1;
    const marks: string[] = [];
    while (i < decomposed.length && /[\u0300-\u036f]/.test(decomposed[i]!)) {
      marks.push(decomposed[i]!);
      i += 1;
    }
    const lower = ch.toLowerCase();
    if (/\s/.test(ch) || /[-_.,;:()/]/.test(ch)) {
      if (!primary.endsWith(WORD_BREAK)) primary += WORD_BREAK;
      continue;
    }
    const letter = baseLetter(lower, marks);
    const weight = PRIMARY.get(letter);
    primary += weight ?? String.fromCodePoint(0x100 + (letter.codePointAt(0) ?? 0));
    const tone = marks.map((m) => TONES[m]).find((t) => t !== undefined) ?? 0;
    tones += String(tone);
    cases += ch === lower ? '0' : '1';
  }
  return `${primary} ${tones} ${cases}`;
}

/** Comparator for Array.prototype.sort in Vietnamese order. */
export function compareVietnamese(a: string, b: string): number {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
