import { describe, expect, it } from 'vitest';
import { parseHeader } from './header.ts';
import { linesOf } from './lines.ts';
import { paragraphsFromText } from './source.ts';

const header = (text: string) => {
  const lines = linesOf(paragraphsFromText(text));
  const result = parseHeader(lines);
  return { ...result, next: lines[result.end]?.text ?? null };
};

describe('parseHeader', () => {
  it.each([
    ['Số: 360 /PGDĐT-TCCB', '360/PGDĐT-TCCB'],
    ['Số: /KH-SGD&ĐT', '/KH-SGD&ĐT'],
    ['Số:        /KH-PGDĐT', '/KH-PGDĐT'],
    ['Số: ……/KH-PGDĐT', '/KH-PGDĐT'],
    ['Số 12/KH-SGDĐT', '12/KH-SGDĐT'],
    ['Số: 05/2024/KH-UBND', '05/2024/KH-UBND'],
    ['Số:', null],
  ])('the number line %s → %s', (line, number) => {
    const result = header(`${line}\nKẾ HOẠCH\nTên kế hoạch`);
    expect(result.hasNumberLine).toBe(true);
    expect(result.number).toBe(number);
  });

  it('stops at the first legal basis, numbered section or long paragraph', () => {
    expect(header('KẾ HOẠCH\nTên kế hoạch năm 2024\nCăn cứ Luật Bình đẳng giới;').next).toBe('Căn cứ Luật Bình đẳng giới;');
    expect(header('KẾ HOẠCH\nTên kế hoạch năm 2024\nI. MỤC ĐÍCH').next).toBe('I. MỤC ĐÍCH');
    expect(header(`KẾ HOẠCH\nTên kế hoạch\n${'Nhằm triển khai '.repeat(30)}`).next).toMatch(/^Nhằm/);
  });

  it('reads the title on the type line, an upper-case title over two lines, and ends a title at a rule', () => {
    expect(header('KẾ HOẠCH Triển khai công tác bình đẳng giới năm 2024\nCăn cứ Luật;').title).toBe('Triển khai công tác bình đẳng giới năm 2024');
    expect(header('KẾ HOẠCH\nCÔNG TÁC BÌNH ĐẲNG GIỚI\nNĂM HỌC 2024-2025\nCăn cứ Luật;').title).toBe('CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM HỌC 2024-2025');
    expect(header('KẾ HOẠCH\nTriển khai công tác bình đẳng giới và\nphòng chống bạo lực năm 2024\n_____\nNhằm mục đích').title).toBe('Triển khai công tác bình đẳng giới và phòng chống bạo lực năm 2024');
    expect(header('KẾ HOẠCH\nTriển khai công tác bình đẳng giới năm 2024\nNhằm nâng cao nhận thức').title).toBe('Triển khai công tác bình đẳng giới năm 2024');
    expect(header('KẾ HOẠCH\nTriển khai Tháng hành động vì bình đẳng giới\nNăm 2024\nNhằm nâng cao').title).toBe('Triển khai Tháng hành động vì bình đẳng giới Năm 2024');
  });

  it('knows the kind from the type line or from a letter’s marks', () => {
    expect(header('BÁO CÁO\nKết quả công tác bình đẳng giới năm 2024').kind).toBe('report');
    expect(header('KẾ HOẠCH\nTên').kind).toBe('plan');
    expect(header('Số: 12/PGDĐT\nV/v tập huấn\nKính gửi: Các trường.').kind).toBe('letter');
    expect(header('Căn cứ Luật;').kind).toBe('plan');
  });

  it('skips marks that are not the issuer, keeps at most the parent and the body', () => {
    const result = header('DỰ THẢO\nUBND HUYỆN GIA LÂM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 07/KH-PGDĐT\nKẾ HOẠCH\nTên');
    expect(result.issuer).toEqual({ parent: 'UBND HUYỆN GIA LÂM', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' });
    expect(header('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nKẾ HOẠCH\nTên').issuer).toEqual({ parent: null, name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' });
  });

  it('does not take a draft’s long blanks for column gaps', () => {
    const result = header('Số:        /KH-PGDĐT\nThanh Trì, ngày      tháng      năm 2025\nKẾ HOẠCH\nTên');
    expect([result.number, result.place, result.date, result.year]).toEqual(['/KH-PGDĐT', 'Thanh Trì', null, 2025]);
    const sideBySide = header('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc\nSố:     /KH-PGDĐT            Thanh Trì, ngày      tháng      năm 2025\nKẾ HOẠCH\nTên');
    expect([sideBySide.issuer.name, sideBySide.number, sideBySide.place, sideBySide.year]).toEqual(['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', '/KH-PGDĐT', 'Thanh Trì', 2025]);
  });

  it('reads the V/v subject and the addressees in every form', () => {
    const result = header('Số: 12/PGDĐT\nV/v tổ chức tập huấn\nvề bình đẳng giới năm 2024\nHà Nội, ngày 05 tháng 3 năm 2024\nKính gửi:\nHiệu trưởng các trường mầm non;\n- Hiệu trưởng các trường tiểu học.\nThực hiện Kế hoạch số 1/KH-UBND;');
    expect(result.subject).toBe('tổ chức tập huấn về bình đẳng giới năm 2024');
    expect(result.title).toBe(result.subject);
    expect(result.addressees).toEqual(['Hiệu trưởng các trường mầm non', 'Hiệu trưởng các trường tiểu học']);
    expect(result.next).toBe('Thực hiện Kế hoạch số 1/KH-UBND;');
  });
});
