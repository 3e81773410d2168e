import { describe, expect, it } from 'vitest';
import { cleanLine, paragraphsFromText } from './source.ts';

describe('paragraphsFromText', () => {
  it('makes one paragraph per non-empty line, NFC, spaces folded', () => {
    const decomposed = 'Ke\u0302\u0301 hoa\u0323ch'; // "Kế hoạch" typed with combining marks
    expect(paragraphsFromText(`\r\n  ${decomposed}  \n\n\nI.  MỤC  ĐÍCH\r\n`)).toEqual([{ text: 'Kế hoạch' }, { text: 'I. MỤC ĐÍCH' }]);
  });

  it('strips ** bold markers and marks the line bold; keeps a "* " bullet; unwraps *emphasis*', () => {
    expect(paragraphsFromText('**PHÓ GIÁM ĐỐC SỞ GD&ĐT\nĐỗ Minh Tâm**\n* Nhiệm vụ:\nđề án “*Tuyên truyền*” nhé')).toEqual([
      { text: 'PHÓ GIÁM ĐỐC SỞ GD&ĐT', bold: true },
      { text: 'Đỗ Minh Tâm', bold: true },
      { text: '* Nhiệm vụ:' },
      { text: 'đề án “Tuyên truyền” nhé' },
    ]);
  });

  it('drops leading and trailing tabs (indentation) but keeps a column gap as one tab', () => {
    expect(paragraphsFromText('\t   Nơi nhận:          \n- Lưu: VT.\tKT. HIỆU TRƯỞNG\nQuận 7,  Phòng')).toEqual([
      { text: 'Nơi nhận:' },
      { text: '- Lưu: VT.\tKT. HIỆU TRƯỞNG' },
      { text: 'Quận 7, Phòng' },
    ]);
    expect(cleanLine('UBND HUYỆN X        CỘNG HÒA')).toBe('UBND HUYỆN X\tCỘNG HÒA');
  });

  it('drops invisible characters', () => {
    expect(paragraphsFromText('\ufeffSố:\u200b 12/KH-SGDĐT')).toEqual([{ text: 'Số: 12/KH-SGDĐT' }]);
  });
});
