import { describe, expect, it } from 'vitest';
import { isSignatureLine, parseSignatureBlock } from './closing.ts';
import { linesOf } from './lines.ts';
import { paragraphsFromText } from './source.ts';

const block = (text: string) => parseSignatureBlock(linesOf(paragraphsFromText(text)));

describe('parseSignatureBlock', () => {
  it('recipients: dash items, the final "." and ";" dropped, an item wrapped over two lines joined', () => {
    const result = block('Nơi nhận:\n- Như trên;\n- Phòng Giáo dục và Đào tạo\nhuyện Gia Lâm (để b/c);\n\n- Lưu: VT, TCCB.\nTRƯỞNG PHÒNG\nNguyễn Văn An');
    expect(result.recipients).toEqual(['Như trên', 'Phòng Giáo dục và Đào tạo huyện Gia Lâm (để b/c)', 'Lưu: VT, TCCB']);
    expect(result.hasRecipientsLine).toBe(true);
  });

  it('an item on the "Nơi nhận:" line, items without dashes', () => {
    expect(block('Nơi nhận: - Như trên;\nSở GD&ĐT;\nLưu VT.').recipients).toEqual(['Như trên', 'Sở GD&ĐT', 'Lưu VT']);
  });

  it('the signature interleaved with the recipients on shared lines', () => {
    const result = block('Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n\t(Đã ký)\n\tTrần Thị Bích Ngọc');
    expect(result.recipients).toEqual(['Như trên', 'Lưu: VT']);
    expect(result.signer).toEqual({ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Bích Ngọc' });
  });

  it('TL., TUQ. and Q. authorities; a name followed by "(đã ký)"; a name in upper case', () => {
    expect(block('TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ\nLê Văn Cường (đã ký)').signer).toEqual({ authority: 'TL. GIÁM ĐỐC', title: 'TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ', name: 'Lê Văn Cường' });
    expect(block('Q. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nĐINH THỊ HOA').signer).toEqual({ authority: 'Q. HIỆU TRƯỞNG', title: 'PHÓ HIỆU TRƯỞNG', name: 'ĐINH THỊ HOA' });
  });

  it('no signature', () => {
    expect(block('Nơi nhận:\n- Như trên;').signer).toEqual({ authority: null, title: null, name: null });
  });
});

describe('isSignatureLine', () => {
  it.each([
    ['KT. HIỆU TRƯỞNG', true],
    ['PHÓ HIỆU TRƯỞNG', true],
    ['Nguyễn Thị Lan', true],
    ['(Đã ký)', true],
    ['I. MỤC ĐÍCH', false],
    ['- Lưu: VT.', false],
    ['Tổ chức tập huấn cho giáo viên.', false],
  ])('%s → %s', (text, expected) => expect(isSignatureLine(text)).toBe(expected));
});
