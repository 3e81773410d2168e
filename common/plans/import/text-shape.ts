/**
 * Predicates and small splitters on the shape of a line of Vietnamese administrative text,
 * shared by the importer's modules. Everything here is linear in the input: no regular
 * expression with an unbounded quantifier is run unanchored over a paragraph, because a
 * pasted document may hold a single line of hundreds of thousands of characters.
 */

/** Upper case when it has at least two letters and no lower-case one ("PHÒNG GD&ĐT", "TM. NHÀ TRƯỜNG"). */
export function isUpperCaseText(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (/\p{Ll}/u.test(ch)) return false;
    if (/\p{Lu}/u.test(ch)) letters += 1;
  }
  return letters >= 2;
}

/** A person's name as a signature prints it: 2–6 words, each capitalised ("Vũ Thị Mai Anh"). */
export function isNameLike(text: string): boolean {
  if (text.length > 50) return false;
  return /^\p{Lu}\p{Ll}{0,7}(?: \p{Lu}\p{Ll}{0,7}){1,5}$/u.test(text);
}

export function startsWithLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** A drawn rule: "______", "-----", "***", "=====". */
export function isRuleLine(text: string): boolean {
  return text.length >= 3 && text.length <= 200 && /^[\s_\-–—=*.~·]+$/u.test(text);
}

/** `text` without the given characters at its end (a loop, not a regex: no backtracking on long runs). */
export function trimTrailing(text: string, chars = ' .;,:'): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/** The end of a sentence in an administrative text also drops the "./." mark that closes a document. */
export function trimSentenceEnd(text: string): string {
  return trimTrailing(text.trim(), ' .;,:/').trim();
}

/** A list item's text without its dash or bullet ("- Lưu: VT." → "Lưu: VT."). */
export function stripBullet(text: string): string {
  return text.replace(/^[-–—+•·▪*]\s{0,3}/u, '').trim();
}

/** True when `text` starts with `word` (case-insensitively) followed by something that is not a letter. */
export function startsWithWord(text: string, word: string): boolean {
  if (text.length < word.length) return false;
  if (text.slice(0, word.length).toLocaleLowerCase('vi') !== word.toLocaleLowerCase('vi')) return false;
  const next = text[word.length];
  return next === undefined || !/[\p{L}\p{N}]/u.test(next);
}

const OPENING_QUOTES = '“"«‘';
const CLOSING_QUOTES = '”"»’';

export interface Piece {
  text: string;
  /** Offset of the piece in the text it was cut from. */
  start: number;
}

/**
 * Cuts `text` at each `separator` character that sits outside quotes (“…”, "…", «…») and
 * parentheses: a citation's title may hold a ";" inside its quotes.
 */
export function splitOutsideQuotes(text: string, separator: string): Piece[] {
  const pieces: Piece[] = [];
  let depthParen = 0;
  let inQuote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (inQuote) {
      if (ch === inQuote) inQuote = null;
      continue;
    }
    if (ch === '"') {
      inQuote = '"';
      continue;
    }
    const open = OPENING_QUOTES.indexOf(ch);
    if (open >= 0 && ch !== '"') {
      inQuote = CLOSING_QUOTES[open]!;
      continue;
    }
    if (ch === '(') depthParen += 1;
    else if (ch === ')' && depthParen > 0) depthParen -= 1;
    else if (ch === separator && depthParen === 0) {
      pieces.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  pieces.push({ text: text.slice(start), start });
  return pieces;
}

/** Offsets of the characters of `text` that sit inside quotes or parentheses (for searches that must skip them). */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let depthParen = 0;
  let inQuote: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (inQuote) {
      mask[i] = 1;
      if (ch === inQuote) inQuote = null;
      continue;
    }
    const open = OPENING_QUOTES.indexOf(ch);
    if (open >= 0) {
      inQuote = ch === '"' ? '"' : CLOSING_QUOTES[open]!;
      mask[i] = 1;
      continue;
    }
    if (ch === '(') depthParen += 1;
    if (depthParen > 0) mask[i] = 1;
    if (ch === ')' && depthParen > 0) depthParen -= 1;
  }
  return mask;
}

/**
 * Sentences of a paragraph: cut after ".", "!" or "?" followed by a space and an upper-case
 * letter, a digit or a bullet. Abbreviations with a dot ("TP. Hồ Chí Minh") cut a sentence
 * too early now and then; the callers only use sentences as context, so that is harmless.
 */
export function splitSentences(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 0; i < text.length - 2; i += 1) {
    const ch = text[i]!;
    if ((ch === '.' || ch === '!' || ch === '?') && text[i + 1] === ' ' && /[\p{Lu}\p{N}\-–+]/u.test(text[i + 2]!)) {
      pieces.push({ text: text.slice(start, i + 1), start });
      start = i + 2;
    }
  }
  if (start < text.length) pieces.push({ text: text.slice(start), start });
  return pieces;
}

/** A 4-digit year the schema accepts (1990–2100), or null. */
export function plausibleYear(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isInteger(value) && value >= 1990 && value <= 2100 ? value : null;
}
