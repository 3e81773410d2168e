import { describe, expect, it } from 'vitest';
import { toSearchKey } from '../text/vietnamese.ts';
import { editDistance, ETHNIC_GROUPS, ethnicGroupByCode, foldedNameCollisions, isMinority, resolveEthnicGroup } from './ethnic-groups.ts';

// The official list (Quyết định 121-TCTK/PPCĐ, 1979), code by code.
const OFFICIAL = [
  'Kinh', 'Tày', 'Thái', 'Hoa', 'Khơ-me', 'Mường', 'Nùng', 'HMông', 'Dao', 'Gia-rai',
  'Ngái', 'Ê-đê', 'Ba-na', 'Xơ-đăng', 'Sán Chay', 'Cơ-ho', 'Chăm', 'Sán Dìu', 'Hrê', 'Mnông',
  'Ra-glai', 'Xtiêng', 'Bru-Vân Kiều', 'Thổ', 'Giáy', 'Cơ-tu', 'Gié-Triêng', 'Mạ', 'Khơ-mú', 'Co',
  'Tà-ôi', 'Chơ-ro', 'Kháng', 'Xinh-mun', 'Hà Nhì', 'Chu-ru', 'Lào', 'La Chí', 'La Ha', 'Phù Lá',
  'La Hủ', 'Lự', 'Lô Lô', 'Chứt', 'Mảng', 'Pà Thẻn', 'Co Lao', 'Cống', 'Bố Y', 'Si La',
  'Pu Péo', 'Brâu', 'Ơ Đu', 'Rơ-măm',
];

function nameOf(text: string): string | null {
  const resolution = resolveEthnicGroup(text);
  return resolution.kind === 'match' ? resolution.group.name : null;
}

function suggestionsOf(text: string): string[] {
  const resolution = resolveEthnicGroup(text);
  return resolution.kind === 'suggest' ? resolution.suggestions.map((g) => g.name) : [];
}

describe('the list of 54 groups', () => {
  it('has every official name under its official code, in order', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(ETHNIC_GROUPS.map((g) => g.code)).toEqual(OFFICIAL.map((_, i) => String(i + 1).padStart(2, '0')));
    expect(ETHNIC_GROUPS.map((g) => g.name)).toEqual(OFFICIAL);
  });
  it('stores names in NFC', () => {
    for (const group of ETHNIC_GROUPS) for (const name of [group.name, ...group.aliases]) expect(name).toBe(name.normalize('NFC'));
  });
  it('counts every group but the Kinh as a minority', () => {
    expect(ETHNIC_GROUPS.filter((g) => !g.isMinority).map((g) => g.name)).toEqual(['Kinh']);
    expect(isMinority('01')).toBe(false);
    expect(isMinority('08')).toBe(true);
    expect(isMinority(ETHNIC_GROUPS[53]!)).toBe(true);
  });
  it('refuses an unknown code instead of counting the person as Kinh', () => {
    expect(() => isMinority('55')).toThrow(RangeError);
    expect(() => isMinority('Kinh')).toThrow(RangeError);
  });
  it('finds a group by code, written with or without its leading zero', () => {
    expect(ethnicGroupByCode('05')?.name).toBe('Khơ-me');
    expect(ethnicGroupByCode(5)?.name).toBe('Khơ-me');
    expect(ethnicGroupByCode('53')?.name).toBe('Ơ Đu');
    expect(ethnicGroupByCode('54')?.name).toBe('Rơ-măm');
    expect(ethnicGroupByCode('00')).toBeUndefined();
    expect(ethnicGroupByCode('055')).toBeUndefined();
  });
  it('has no two groups whose names or aliases fold to the same letters', () => {
    expect(foldedNameCollisions()).toEqual([]);
  });
});

describe('resolveEthnicGroup — matches', () => {
  it.each([
    ['Kinh', 'Kinh'],
    ['KINH', 'Kinh'],
    ['  kinh ', 'Kinh'],
    ['Tày'.normalize('NFD'), 'Tày'],
    ['TÀY', 'Tày'],
    ['Tay', 'Tày'],
    ['tay', 'Tày'],
    ['Thai', 'Thái'],
    ['Thái Đen', 'Thái'],
    ['Muong', 'Mường'],
    ['hmong', 'HMông'],
    ['HMông', 'HMông'],
    ["H'Mông", 'HMông'],
    ['H’Mông', 'HMông'],
    ['Mông', 'HMông'],
    ['Hmong', 'HMông'],
    ['Khmer', 'Khơ-me'],
    ['Khơ Me', 'Khơ-me'],
    ['khome', 'Khơ-me'],
    ['Ê Đê', 'Ê-đê'],
    ['Ê-đê', 'Ê-đê'],
    ['Êđê', 'Ê-đê'],
    ['Ê De', 'Ê-đê'],
    ['ede', 'Ê-đê'],
    ['Bana', 'Ba-na'],
    ['Ba Na', 'Ba-na'],
    ['Gia Rai', 'Gia-rai'],
    ['Xơ Đăng', 'Xơ-đăng'],
    ["K'Ho", 'Cơ-ho'],
    ['Bru - Vân Kiều', 'Bru-Vân Kiều'],
    ['Van Kieu', 'Bru-Vân Kiều'],
    ['Giẻ Triêng', 'Gié-Triêng'],
    ['Cờ Lao', 'Co Lao'],
    ['Chàm', 'Chăm'],
    ['O Du', 'Ơ Đu'],
    ['Rơ Măm', 'Rơ-măm'],
    ['Lữ', 'Lự'],
    ['Dân tộc Tày', 'Tày'],
    ['DT: Kinh', 'Kinh'],
    ['Người Mường', 'Mường'],
    ['Kinh (Việt)', 'Kinh'],
    ['Hoa (Hán)', 'Hoa'],
    ['Nùng (Nùng Phàn Slình)', 'Nùng'],
  ])('%s → %s', (text, name) => expect(nameOf(text)).toBe(name));

  it('resolves every official name and alias to its own group', () => {
    for (const group of ETHNIC_GROUPS) {
      for (const spelling of [group.name, ...group.aliases]) expect(nameOf(spelling)).toBe(group.name);
    }
  });
  it('resolves every name typed without diacritics, in capitals or in NFD', () => {
    for (const group of ETHNIC_GROUPS) {
      expect(nameOf(toSearchKey(group.name))).toBe(group.name);
      expect(nameOf(group.name.toUpperCase())).toBe(group.name);
      expect(nameOf(group.name.normalize('NFD'))).toBe(group.name);
    }
  });
});

describe('resolveEthnicGroup — suggestions instead of guesses', () => {
  it('suggests when a diacritic contradicts the group ("Táy", "Tây" are not "Tày")', () => {
    expect(resolveEthnicGroup('Táy').kind).toBe('suggest');
    expect(suggestionsOf('Táy')[0]).toBe('Tày');
    expect(suggestionsOf('Tây')[0]).toBe('Tày');
  });
  it('does not take "Cơ" for "Co": it suggests, Co first', () => {
    expect(suggestionsOf('Cơ')[0]).toBe('Co');
  });
  it.each([
    ['Kihn', 'Kinh'],
    ['Tyy', 'Tày'],
    ['Tya', 'Tày'],
    ['Muong Muong', 'Mường'],
    ['Nungg', 'Nùng'],
    ['Hmoong', 'HMông'],
    ['Êđe Đê', 'Ê-đê'],
  ])('suggests the closest group for the near miss %s', (text, first) => {
    expect(suggestionsOf(text)[0]).toBe(first);
  });
  it('offers both groups of a prefix or of mixed parentage', () => {
    expect(suggestionsOf('Sán')).toEqual(expect.arrayContaining(['Sán Chay', 'Sán Dìu']));
    expect(suggestionsOf('Tày - Nùng')).toEqual(expect.arrayContaining(['Tày', 'Nùng']));
  });
  it('offers at most five groups', () => {
    expect(suggestionsOf('La').length).toBeLessThanOrEqual(5);
    expect(suggestionsOf('La')).toEqual(expect.arrayContaining(['La Ha']));
  });
  it('does not read a number as a code, since two official lists number the groups differently', () => {
    expect(resolveEthnicGroup('04')).toEqual({ kind: 'unknown' });
    expect(resolveEthnicGroup('8')).toEqual({ kind: 'unknown' });
  });
  it('answers unknown for what is no group at all, and blank for an empty cell', () => {
    expect(resolveEthnicGroup('Người nước ngoài')).toEqual({ kind: 'unknown' });
    expect(resolveEthnicGroup('Pháp quốc')).toEqual({ kind: 'unknown' });
    expect(resolveEthnicGroup('')).toEqual({ kind: 'blank' });
    expect(resolveEthnicGroup(' \u00a0 ')).toEqual({ kind: 'blank' });
  });
  it('hands out frozen answers, since the same answer is cached for every caller', () => {
    const first = resolveEthnicGroup('Sán');
    expect(resolveEthnicGroup('Sán')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    if (first.kind === 'suggest') expect(Object.isFrozen(first.suggestions)).toBe(true);
  });
});

describe('editDistance', () => {
  it.each([
    ['tay', 'tay', 0],
    ['tay', 'tya', 1],
    ['kinh', 'kihn', 1],
    ['tay', 'thai', 2],
    ['', 'abc', 3],
    ['nung', 'nungg', 1],
  ])('%s ↔ %s = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
