import { describe, expect, it } from 'vitest';
import { cellText, compactKey, compactMarkedKey, hasPhrase, isBlankCell, isDiacriticCompatible, wordKey } from './cell-text.ts';

describe('cellText', () => {
  it('turns every kind of cell into NFC text without invisible characters', () => {
    expect(cellText('  Nữ'.normalize('NFD'))).toBe('Nữ');
    expect(cellText('Nữ\u200b')).toBe('Nữ');
    expect(cellText('\ufeffNguyễn\u00a0\u00a0Thị  Hoa')).toBe('Nguyễn Thị Hoa');
    expect(cellText(1985)).toBe('1985');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(1985, 2, 12)))).toBe('1985-03-12');
    expect(cellText(new Date(Number.NaN))).toBe('');
    expect([null, undefined, '', ' \t '].every(isBlankCell)).toBe(true);
  });
});

describe('keys', () => {
  it.each([
    ['P.HT', 'p ht', 'pht'],
    ['Th.S', 'th s', 'ths'],
    ["H'Mông", 'hmong', 'hmong'],
    ['Ê-đê', 'e de', 'ede'],
    ['NGÀY, THÁNG, NĂM SINH', 'ngay thang nam sinh', 'ngaythangnamsinh'],
  ])('%s → "%s", "%s"', (text, words, compact) => {
    expect(wordKey(text)).toBe(words);
    expect(compactKey(text)).toBe(compact);
  });
  it('keeps the marks in the marked key, one code point per letter', () => {
    expect(compactMarkedKey('Ê Đê'.normalize('NFD'))).toBe('êđê');
    expect([...compactMarkedKey('Bru-Vân Kiều')]).toHaveLength(compactKey('Bru-Vân Kiều').length);
  });
  it('finds whole-word phrases only', () => {
    expect(hasPhrase('giao vien mam non', 'giao vien')).toBe(true);
    expect(hasPhrase('giao vienx', 'giao vien')).toBe(false);
  });
});

describe('isDiacriticCompatible — written with marks left out, never with other marks', () => {
  it.each([
    ['tay', 'tày', true],
    ['tày', 'tày', true],
    ['ede', 'êđê', true],
    ['êde', 'êđê', true],
    ['táy', 'tày', false],
    ['tây', 'tày', false],
    ['cơ', 'co', false],
    ['ta', 'tày', false],
  ])('%s for %s: %s', (written, candidate, expected) => expect(isDiacriticCompatible(written, candidate)).toBe(expected));
});
