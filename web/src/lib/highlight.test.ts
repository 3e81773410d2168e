import { describe, expect, it } from 'vitest';
import { splitMatches } from './highlight.ts';

const marked = (text: string, query: string) =>
  splitMatches(text, query)
    .filter((p) => p.isMatch)
    .map((p) => p.text);

describe('splitMatches', () => {
  it('marks words whatever their diacritics', () => {
    expect(marked('UBND xã Thanh Trì', 'thanh tri')).toEqual(['Thanh', 'Trì']);
    expect(marked('UBND xã Thanh Trì', 'Thanh Trì')).toEqual(['Thanh', 'Trì']);
  });

  it('treats đ as d', () => {
    expect(marked('Trường THCS Đông Mỹ', 'dong')).toEqual(['Đông']);
  });

  it('marks codes and every occurrence', () => {
    expect(marked('Tân Tiến, Tân Phong', 'tan')).toEqual(['Tân', 'Tân']);
    expect(marked('SGD-HNI', 'sgd')).toEqual(['SGD']);
  });

  it('leaves the text whole when nothing matches', () => {
    expect(splitMatches('Bộ Giáo dục và Đào tạo', 'xyz')).toEqual([{ text: 'Bộ Giáo dục và Đào tạo', isMatch: false }]);
    expect(splitMatches('Bộ', '')).toEqual([{ text: 'Bộ', isMatch: false }]);
  });
});
