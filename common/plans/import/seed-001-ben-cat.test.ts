/**
 * Seed 001: Bến Cát Office guidance letter 2023 — full header (issuer, number with a space
 * before the slash, "V/v" over three lines, motto, date, "Kính gửi"), three "Căn cứ", five
 * numbered areas, deadlines with years. The extraction stops before "Nơi nhận".
 */
import { describe, expect, it } from 'vitest';
import { seedText } from './fixtures.ts';
import { importText, outlineOf, warningTexts } from './testing.ts';

const { document, warnings } = importText(seedText('001'));

describe('seed 001 — Bến Cát, Phòng GD&ĐT, letter 2023', () => {
  it('header of a letter', () => {
    expect(document.kind).toBe('letter');
    expect(document.issuer).toEqual({ parent: 'UBND THỊ XÃ BẾN CÁT', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' });
    expect(document.number).toBe('360/PGDĐT-TCCB');
    expect(document.subject).toBe('hướng dẫn triển khai công tác vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2023');
    expect(document.title).toBe(document.subject);
    expect(document.place).toBe('Bến Cát');
    expect(document.date).toBe('2023-05-12');
    expect(document.year).toBe(2023);
    expect(document.period).toEqual({ fromYear: 2023, toYear: 2023 });
    expect(document.addressees).toEqual(['Các trường công lập trực thuộc']);
  });

  it('legal bases', () => {
    expect(document.legalBases.map((c) => [c.lead, c.type, c.number, c.date, c.issuer])).toEqual([
      ['Căn cứ', 'Công văn', '1460/BGDĐT-NGCBQLGD', '2023-04-05', 'Bộ Giáo dục và Đào tạo'],
      ['Căn cứ', 'Công văn', '01/BVSTBCPN', '2023-04-14', 'Ban VSTBCPN tỉnh Bình Dương'],
      ['Căn cứ', 'Công văn', '958/SGDĐT-TCCB', '2023-05-10', 'Sở Giáo dục và Đào tạo'],
    ]);
    expect(document.legalBases.map((c) => c.title)).toEqual([
      'hướng dẫn triển khai công tác Vì sự tiến bộ phụ nữ (VSTBPN) và Bình đẳng giới (BDG) năm 2023',
      'hướng dẫn chi tiết một số vấn đề liên quan tới tổ chức và hoạt động VSTBCPN và các hoạt động Ban VSTBCPN tỉnh Bình Dương năm 2023',
      'hướng dẫn triển khai công tác vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2023',
    ]);
    expect(document.preamble).toEqual(['Phòng Giáo dục và Đào tạo hướng dẫn triển khai công tác VSTBPN và công tác BDG năm 2023 như sau:']);
  });

  it('five numbered areas: the letter’s tasks', () => {
    expect(outlineOf(document.sections)).toEqual([
      ['1.', 'Tăng cường phối hợp liên ngành nhằm thực hiện tốt công tác VSTBPN, BDG và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', 'tasks'],
      ['2.', 'Tham mưu với cấp ủy, chính quyền các giải pháp nhằm nâng cao chất lượng công tác cán bộ nữ', 'tasks'],
      ['3.', 'Đẩy mạnh truyền thông, tập huấn về công tác VSTBPN và BĐG', 'tasks'],
      ['4.', 'Thực hiện công tác kiểm tra hoạt động VSTBPN', 'tasks'],
      ['5.', 'Triển khai hiệu quả các nhiệm vụ thường xuyên của Ban VSTBPN', 'tasks'],
    ]);
    expect(document.sections.map((s) => s.items.length)).toEqual([3, 2, 4, 1, 4]);
    // The e-mail address on its own line belongs to the last item.
    expect(document.sections[4]!.items[3]!.text).toMatch(/e-mail: tccbpqdbencat@bc\.sgdbinhduong\.edu\.vn\.$/);
  });

  it('deadlines with their year; the action month is not one', () => {
    expect(document.reportingDeadlines.map(({ text: _t, ...d }) => d)).toEqual([
      { label: '6 tháng', day: 15, month: 5, year: 2023 },
      { label: 'Cả năm', day: 15, month: 12, year: 2023 },
    ]);
  });

  it('no recipients nor signer in the extracted text: warned', () => {
    expect(document.recipients).toEqual([]);
    expect(document.signer).toEqual({ authority: null, title: null, name: null });
    expect(document.closing).toEqual([]);
    expect(warningTexts(warnings)).toContain('Không thấy “Nơi nhận”');
    expect(warningTexts(warnings)).toContain('Không thấy người ký');
    expect(warningTexts(warnings)).not.toContain('Số văn bản');
  });
});
