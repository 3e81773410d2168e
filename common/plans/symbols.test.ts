import { describe, expect, it } from 'vitest';
import { documentSymbolOf, formatDocumentNumber, issuerSymbolOf, serialOfNumber, symbolOfNumber } from './symbols.ts';

describe('document numbers and symbols (NĐ 30/2020)', () => {
  it('abbreviates the issuing body as offices write it', () => {
    expect(issuerSymbolOf('Phòng Giáo dục và Đào tạo huyện Thanh Trì')).toBe('PGDĐT');
    expect(issuerSymbolOf('Sở Giáo dục và Đào tạo tỉnh Lào Cai')).toBe('SGDĐT');
    expect(issuerSymbolOf('Trường Mầm non Tân Tiến')).toBe('MNTT');
    expect(issuerSymbolOf('Trường THCS Ngũ Hiệp')).toBe('THCSNH');
    expect(issuerSymbolOf('Trường Trung học phổ thông Đông Mỹ')).toBe('THPTĐM');
    expect(issuerSymbolOf('UBND xã Thanh Trì')).toBe('UBND');
    expect(documentSymbolOf('plan', 'Phòng Giáo dục và Đào tạo Quận 7')).toBe('KH-PGDĐT');
    expect(documentSymbolOf('report', 'Trường Tiểu học Yên Mỹ')).toBe('BC-THYM');
  });

  it('pads numbers under 10 and reads numbers back', () => {
    expect(formatDocumentNumber(5, 'KH-PGDĐT')).toBe('05/KH-PGDĐT');
    expect(formatDocumentNumber(360, 'PGDĐT-TCCB')).toBe('360/PGDĐT-TCCB');
    expect(symbolOfNumber('/KH-SGD&ĐT')).toBe('KH-SGD&ĐT');
    expect(symbolOfNumber('15/KH-PGDĐT')).toBe('KH-PGDĐT');
    expect(symbolOfNumber('15')).toBeNull();
    expect(serialOfNumber('05/KH-PGDĐT')).toBe(5);
    expect(serialOfNumber('/KH-PGDĐT')).toBeNull();
  });
});
