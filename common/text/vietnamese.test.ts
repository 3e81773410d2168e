import { describe, expect, it } from 'vitest';
import { compareVietnamese, normalizeText, toSearchKey, vietnameseSortKey } from './vietnamese.ts';
import { formatDate, formatDateTime, formatNumber, parseVietnameseDate } from './format.ts';

describe('normalizeText', () => {
  it('turns decomposed (NFD) text into NFC and folds white space', () => {
    const nfd = 'Thanh Trì'.normalize('NFD');
    expect(nfd).not.toBe('Thanh Trì');
    expect(normalizeText(`  ${nfd}\u00a0 \t`)).toBe('Thanh Trì');
  });
});

describe('toSearchKey', () => {
  it.each([
    ['Thanh Trì', 'thanh tri'],
    ['Đắk Lắk', 'dak lak'],
    ['TRƯỜNG MẦM NON TÂN TIẾN', 'truong mam non tan tien'],
    ['Hưng Yên'.normalize('NFD'), 'hung yen'],
  ])('%s → %s', (input, key) => expect(toSearchKey(input)).toBe(key));
});

describe('Vietnamese sort order', () => {
  it('orders the alphabet A Ă Â B C D Đ E Ê', () => {
    const words = ['Ê', 'Đ', 'B', 'Â', 'E', 'A', 'D', 'Ă', 'C'];
    expect([...words].sort(compareVietnamese)).toEqual(['A', 'Ă', 'Â', 'B', 'C', 'D', 'Đ', 'E', 'Ê']);
  });
  it('puts letters before tones: "Ánh" after "Anh" but before "Âu", tones ngang < huyền < hỏi < ngã < sắc < nặng', () => {
    expect(['ạ', 'á', 'ã', 'ả', 'à', 'a'].sort(compareVietnamese)).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
    expect(['Âu', 'Ánh', 'Anh'].sort(compareVietnamese)).toEqual(['Anh', 'Ánh', 'Âu']);
  });
  it('sorts real unit names as a Vietnamese reader expects', () => {
    const names = ['Trường THCS Đống Đa', 'Trường THCS Dương Xá', 'Trường THCS Ánh Dương', 'Trường THCS An Khánh'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'Trường THCS An Khánh',
      'Trường THCS Ánh Dương',
      'Trường THCS Dương Xá',
      'Trường THCS Đống Đa',
    ]);
  });
  it('treats a word break as lower than any letter and ignores NFC/NFD form', () => {
    expect(compareVietnamese('An Bình', 'Anh')).toBeLessThan(0);
    expect(vietnameseSortKey('Tiến'.normalize('NFD'))).toBe(vietnameseSortKey('Tiến'));
  });
});

describe('formats', () => {
  it('writes numbers as 1.234,5', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1659589, 0)).toBe('1.659.589');
  });
  it('writes dates as dd/mm/yyyy in Vietnam time', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    // 30/06 17:30 UTC is already 01/07 in Hà Nội
    expect(formatDate(new Date('2025-06-30T17:30:00Z'))).toBe('01/07/2025');
    expect(formatDateTime('2025-06-30T17:30:00Z')).toBe('01/07/2025 00:30');
  });
  it('reads dd/mm/yyyy and refuses dates that do not exist', () => {
    expect(parseVietnameseDate('5/3/2025')).toBe('2025-03-05');
    expect(parseVietnameseDate('2025-07-01')).toBe('2025-07-01');
    expect(parseVietnameseDate('31/02/2025')).toBeNull();
    expect(parseVietnameseDate('hôm nay')).toBeNull();
  });
});

describe('todayInVietnam', () => {
  it('turns the UTC evening into the next Vietnamese day', async () => {
    const { todayInVietnam } = await import('./format.ts');
    expect(todayInVietnam(new Date('2025-06-30T16:59:00Z'))).toBe('2025-06-30');
    expect(todayInVietnam(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});
