import { describe, expect, it } from 'vitest';
import { citationSchema } from '../plan-document.ts';
import { citationLeadOf, mainClauseStart, parseCitation, parseCitationParagraph } from './citations.ts';

/** [lead, type, number, date, issuer, title] of each citation. */
function facts(paragraph: string) {
  const { citations } = parseCitationParagraph(paragraph);
  citations.forEach((c) => citationSchema.parse(c));
  return citations.map((c) => [c.lead, c.type, c.number, c.date, c.issuer, c.title]);
}

describe('parseCitationParagraph — bases not in the seeds', () => {
  it('a law with its name, number and date', () => {
    expect(facts('Căn cứ Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006;')).toEqual([
      ['Căn cứ', 'Luật', '73/2006/QH11', '2006-11-29', null, 'Bình đẳng giới'],
    ]);
  });

  it('a resolution whose title starts with "ban hành"', () => {
    expect(facts('Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;')).toEqual([
      ['Căn cứ', 'Nghị quyết', '28/NQ-CP', '2021-03-03', 'Chính phủ', 'ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030'],
    ]);
  });

  it('a decision whose title starts with "phê duyệt" and holds a quoted name', () => {
    expect(facts('Căn cứ Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường sự tham gia bình đẳng của phụ nữ”;')).toEqual([
      ['Căn cứ', 'Quyết định', '2282/QĐ-TTg', '2020-12-31', 'Thủ tướng Chính phủ', 'phê duyệt Đề án “Tăng cường sự tham gia bình đẳng của phụ nữ”'],
    ]);
  });

  it('a parent plan, led by "Thực hiện", its title after "về"', () => {
    expect(facts('Thực hiện Kế hoạch số 15/KH-SGDĐT ngày 10/02/2024 của Sở Giáo dục và Đào tạo Bắc Ninh về triển khai công tác bình đẳng giới năm 2024;')).toEqual([
      ['Thực hiện', 'Kế hoạch', '15/KH-SGDĐT', '2024-02-10', 'Sở Giáo dục và Đào tạo Bắc Ninh', 'triển khai công tác bình đẳng giới năm 2024'],
    ]);
  });

  it('a law cited by name only: type and title, no number', () => {
    expect(facts('Căn cứ Luật Bình đẳng giới;')).toEqual([['Căn cứ', 'Luật', null, null, null, 'Bình đẳng giới']]);
    expect(facts('Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019 của Quốc hội;')).toEqual([
      ['Căn cứ', 'Luật', '43/2019/QH14', '2019-06-14', 'Quốc hội', 'Giáo dục'],
    ]);
  });

  it('a basis without a document keeps only its text', () => {
    expect(parseCitation('Căn cứ tình hình thực tế của đơn vị;', 'Căn cứ')).toEqual({
      lead: 'Căn cứ', type: null, number: null, date: null, issuer: null, title: null, text: 'Căn cứ tình hình thực tế của đơn vị',
    });
  });

  it('numbers: without "số", with a space before the slash, with a hyphen before the symbol', () => {
    expect(facts('Thực hiện Nghị quyết 57/NQQ-CP của Chính phủ;')[0]!.slice(1, 3)).toEqual(['Nghị quyết', '57/NQQ-CP']);
    expect(facts('Căn cứ Công văn số 360 /PGDĐT-TCCB ngày 12/5/2023 của Phòng GD&ĐT;')[0]!.slice(1, 5)).toEqual(['Công văn', '360/PGDĐT-TCCB', '2023-05-12', 'Phòng GD&ĐT']);
    expect(facts('Căn cứ Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ;')[0]).toEqual([
      'Căn cứ', 'Chỉ thị', '21-CT/TW', '2018-01-20', 'Ban Bí thư', 'tiếp tục đẩy mạnh công tác phụ nữ',
    ]);
    expect(facts('Căn cứ Nghị định số 20/2006/NĐ-CP ngày 20/02/2006 của Chính phủ;')[0]!.slice(2, 5)).toEqual(['20/2006/NĐ-CP', '2006-02-20', 'Chính phủ']);
  });

  it('an issuer written before the date, and a type in lower case', () => {
    expect(facts('Căn cứ công văn số 85/GD&ĐT-TCCB của Phòng Giáo dục và Đào tạo ngày 28/3/2022 về việc hướng dẫn triển khai;')).toEqual([
      ['Căn cứ', 'Công văn', '85/GD&ĐT-TCCB', '2022-03-28', 'Phòng Giáo dục và Đào tạo', 'hướng dẫn triển khai'],
    ]);
  });
});

describe('one paragraph, several citations', () => {
  it('cuts at ";" but not inside quotes, and the later citations share the lead', () => {
    const { citations } = parseCitationParagraph(
      'Thực hiện Quyết định số 73/QĐ-UBND ngày 05/01/2023 của UBND thành phố Hà Nội về việc ban hành đề án “Tuyên truyền; nâng cao nhận thức”; Kế hoạch 331/KH-UBND ngày 31/12/2021 của UBND thành phố Hà Nội về việc thực hiện chương trình truyền thông;',
    );
    expect(citations.map((c) => [c.lead, c.number, c.title])).toEqual([
      ['Thực hiện', '73/QĐ-UBND', 'ban hành đề án “Tuyên truyền; nâng cao nhận thức”'],
      ['Thực hiện', '331/KH-UBND', 'thực hiện chương trình truyền thông'],
    ]);
    expect(citations[1]!.text).toBe('Kế hoạch 331/KH-UBND ngày 31/12/2021 của UBND thành phố Hà Nội về việc thực hiện chương trình truyền thông');
  });

  it('cuts "…, Thông tư số …" and "… và Kế hoạch số …" inside one piece', () => {
    const numbers = parseCitationParagraph('Căn cứ Kế hoạch số 64/KH-UBND ngày 05/5/2021 của UBND tỉnh và Kế hoạch số 65/KH-UBND ngày 05/5/2021 của UBND tỉnh;').citations.map((c) => c.number);
    expect(numbers).toEqual(['64/KH-UBND', '65/KH-UBND']);
  });

  it('keeps a ";" that does not start a new document inside the citation', () => {
    const { citations } = parseCitationParagraph('Căn cứ tình hình thực tế của đơn vị; khả năng bố trí kinh phí;');
    expect(citations).toHaveLength(1);
    expect(citations[0]!.text).toBe('Căn cứ tình hình thực tế của đơn vị; khả năng bố trí kinh phí');
  });
});

describe('the plan’s own clause after the citations', () => {
  it('is handed back as the remainder', () => {
    const result = parseCitationParagraph(
      'Căn cứ Công văn số 85/GD&ĐT-TCCB ngày 28/3/2022 của Phòng Giáo dục và Đào tạo về việc hướng dẫn triển khai công tác bình đẳng giới năm 2022, Trường Mầm non Hoa Sen triển khai một số nhiệm vụ trọng tâm như sau:',
    );
    expect(result.citations.map((c) => c.title)).toEqual(['hướng dẫn triển khai công tác bình đẳng giới năm 2022']);
    expect(result.remainder).toBe('Trường Mầm non Hoa Sen triển khai một số nhiệm vụ trọng tâm như sau:');
  });

  it('is not looked for inside quotes, nor where no verb follows', () => {
    expect(mainClauseStart('Căn cứ Đề án “Ban A, Phòng B xây dựng”')).toBe(-1);
    expect(mainClauseStart('Căn cứ Kế hoạch của UBND tỉnh, Ban Dân tộc tỉnh')).toBe(-1);
  });
});

describe('citationLeadOf', () => {
  it.each([
    ['Căn cứ Luật', 'Căn cứ'],
    ['căn cứ vào Luật', 'Căn cứ'],
    ['- Thực hiện Kế hoạch', 'Thực hiện'],
    ['Thực hiệnx', null],
    ['Theo Kế hoạch', null],
  ])('%s → %s', (text, lead) => expect(citationLeadOf(text)).toBe(lead));
});
