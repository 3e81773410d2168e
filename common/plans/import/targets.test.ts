import { describe, expect, it } from 'vitest';
import { findTargets } from './targets.ts';

const values = (text: string) => findTargets(text).map((t) => [t.value, t.unit, t.year]);

describe('findTargets', () => {
  it('reads percentages with their sentence', () => {
    expect(findTargets('70% cán bộ, giáo viên, phụ huynh học sinh và học sinh được nâng cao nhận thức về bình đẳng giới.')).toEqual([
      { text: '70% cán bộ, giáo viên, phụ huynh học sinh và học sinh được nâng cao nhận thức về bình đẳng giới', value: 70, unit: '%', year: null },
    ]);
    expect(values('100% nữ cán bộ quản lý và nữ trong quy hoạch được tập huấn.')).toEqual([[100, '%', null]]);
    expect(values('Phấn đấu đạt 30% nữ tham gia cấp ủy.')).toEqual([[30, '%', null]]);
  });

  it('reads a comma decimal', () => {
    expect(values('Tỷ lệ nữ cán bộ quản lý đạt 35,5%.')).toEqual([[35.5, '%', null]]);
  });

  it('takes the year the sentence names, figure by figure', () => {
    expect(values('Phấn đấu đến năm 2025 có 60% cơ quan có lãnh đạo chủ chốt là nữ.')).toEqual([[60, '%', 2025]]);
    expect(values('Tỷ lệ nữ trong quy hoạch đạt 40% vào năm 2025 và 50% vào năm 2030.')).toEqual([
      [40, '%', 2025],
      [50, '%', 2030],
    ]);
    expect(values('Chiến lược giai đoạn 2021-2030: 75% nữ được đào tạo.')).toEqual([[75, '%', null]]);
  });

  it('reads counts after a verb of aiming or doing, with the counted noun as unit', () => {
    expect(values('Mỗi trường tổ chức ít nhất 02 lớp tập huấn.')).toEqual([[2, 'lớp', null]]);
    expect(values('Tổ chức 03 buổi tọa đàm trong năm 2024.')).toEqual([[3, 'buổi', 2024]]);
    expect(values('Phấn đấu có 05 trường đạt chuẩn.')).toEqual([[5, 'trường', null]]);
    expect(values('Đăng tải 10 tin bài về bình đẳng giới.')).toEqual([[10, 'tin bài', null]]);
  });

  it('never takes numbers, dates, years, "06 tháng" or facts as targets', () => {
    expect(findTargets('Thực hiện Nghị định số 20/2006/NĐ-CP ngày 20/02/2006 của Chính phủ.')).toEqual([]);
    expect(findTargets('Báo cáo 06 tháng đầu năm trước ngày 15/5/2023.')).toEqual([]);
    expect(findTargets('Kế thừa kết quả 05 năm thực hiện trên 8 lĩnh vực trọng yếu.')).toEqual([]);
    expect(findTargets('Nhà trường có 85 cán bộ, trong đó nữ 52 người.')).toEqual([]);
    expect(findTargets('Năm 2022 có 03 nhiệm vụ trọng tâm.')).toEqual([]);
    expect(findTargets('Tổng đài quốc gia bảo vệ trẻ em (số 111).')).toEqual([]);
  });

  it('splits clauses at ";" so each target keeps its own text', () => {
    const targets = findTargets('100% trường có Ban VSTBPN; 90% giáo viên được tập huấn.');
    expect(targets.map((t) => t.text)).toEqual(['100% trường có Ban VSTBPN', '90% giáo viên được tập huấn']);
  });
});
