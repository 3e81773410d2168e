/**
 * What a roster cell says, as text the parsers can compare: one place that turns an
 * Excel value into NFC text and into the diacritic-free keys the recognisers match on.
 * Everything builds on ../text/vietnamese.ts so import, search and sort agree.
 */
import { normalizeText, toSearchKey } from '../text/vietnamese.ts';

/** A cell as the xlsx reader hands it over: formulas are refused before this point. */
export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * A parser's answer: a value (perhaps with a warning the person may accept), or an error
 * to fix; both worded in Vietnamese to follow "Dòng 12, cột C: ".
 */
export type ParsedValue<T> = { ok: true; value: T; warning?: string } | { ok: false; error: string; suggestions?: string[] };

// Text pasted from the web or from Word carries these; they are invisible to the person
// who typed the cell, so they must not make "Nữ" differ from "Nữ".
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** The cell's text, NFC, trimmed, inner white space folded; '' for an empty cell. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return normalizeText(value.replace(INVISIBLE, ''));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

export function isBlankCell(value: CellValue): boolean {
  return cellText(value) === '';
}

/**
 * Lower case, no diacritics, punctuation as word breaks: "P.HT" → "p ht", "Th.S" → "th s".
 * Apostrophes vanish rather than break a word, so "H'Mông" → "hmong".
 */
export function wordKey(text: string): string {
  return toSearchKey(text.replace(INVISIBLE, '').replace(/['’‘`]/g, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The word key with every break removed: "Ê-đê" → "ede", "Th.S" → "ths". */
export function compactKey(text: string): string {
  return wordKey(text).replace(/ /g, '');
}

/**
 * Lower-case NFC letters and digits only, diacritics kept: "Ê Đê" → "êđê". Each
 * precomposed letter stays one code point, so it lines up letter by letter with the
 * compact key — what the diacritic-compatibility check relies on.
 */
export function compactMarkedKey(text: string): string {
  return normalizeText(text.replace(INVISIBLE, ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when `written` could be `candidate` typed with some or all of its diacritics
 * left out — "Tay" or "Tày" for "Tày", "Ê De" for "Ê-đê" — and false when a mark that
 * is there contradicts it: "Táy" is not "Tày", "Cơ" is not "Co". Both are compact
 * marked keys of the same length.
 */
export function isDiacriticCompatible(written: string, candidate: string): boolean {
  const a = [...written];
  const b = [...candidate];
  if (a.length !== b.length) return false;
  return a.every((letter, i) => letter === b[i] || letter === toSearchKey(b[i]!));
}

/** True when the word key contains the phrase as whole words: hasPhrase("giao vien mam non", "giao vien"). */
export function hasPhrase(words: string, phrase: string): boolean {
  return ` ${words} `.includes(` ${phrase} `);
}
