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

/** COMBINING_MARKS for one character at a time (a global pattern's test() carries state between calls). */
const COMBINING = new RegExp(COMBINING_MARKS.source);
const SEPARATOR = /[\s\-_.,;:()/]/;

/** What one letter with its marks adds to a key: its primary weight, tone digit and case digit; null for a word break. */
type LetterWeights = readonly [primary: string, tone: string, letterCase: string] | null;

function weighLetter(ch: string, marks: string[]): LetterWeights {
  if (SEPARATOR.test(ch)) return null;
  const lower = ch.toLowerCase();
  const letter = baseLetter(lower, marks);
  const primary = PRIMARY.get(letter) ?? String.fromCodePoint(0x100 + (letter.codePointAt(0) ?? 0));
  const tone = marks.map((m) => TONES[m]).find((t) => t !== undefined) ?? 0;
  return [primary, String(tone), ch === lower ? '0' : '1'];
}

// A staff list repeats the same few hundred letters-with-marks: each is weighed once.
const LETTER_CACHE = new Map<string, LetterWeights>();
const LETTER_CACHE_LIMIT = 10_000;

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
    const start = i;
    i += 1;
    while (i < decomposed.length && COMBINING.test(decomposed[i]!)) i += 1;
    const cluster = decomposed.slice(start, i);
    let weights = LETTER_CACHE.get(cluster);
    if (weights === undefined) {
      weights = weighLetter(cluster[0]!, cluster.slice(1).split(''));
      if (LETTER_CACHE.size < LETTER_CACHE_LIMIT) LETTER_CACHE.set(cluster, weights);
    }
    if (weights === null) {
      if (!primary.endsWith(WORD_BREAK)) primary += WORD_BREAK;
      continue;
    }
    primary += weights[0];
    tones += weights[1];
    cases += weights[2];
  }
  return `${primary} ${tones} ${cases}`;
}

/** Comparator for Array.prototype.sort in Vietnamese order. */
export function compareVietnamese(a: string, b: string): number {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
