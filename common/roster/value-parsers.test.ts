import { describe, expect, it } from 'vitest';
import type { CellValue } from './cell-text.ts';
import {
  isPostgraduate,
  parseCommitteeRole,
  parseEthnicGroup,
  parseFemaleMark,
  parseFullName,
  parseMaleMark,
  parsePartyCommittee,
  parsePartyMember,
  parsePlanningPool,
  parsePoliticalTheory,
  parsePosition,
  parseSex,
  parseSexMarkPair,
  parseSplitBirthDate,
  parseSplitName,
  parseStaffGroup,
  parseTrainingLevel,
  parseYesNo,
} from './value-parsers.ts';

const valueOf = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T | 'error' => (result.ok ? result.value : 'error');

describe('parseSex — a "Giới tính" column', () => {
  it.each<[CellValue, 'female' | 'male' | null]>([
    ['Nữ', 'female'],
    ['nữ', 'female'],
    ['NỮ', 'female'],
    ['Nữ'.normalize('NFD'), 'female'],
    ['NỮ'.normalize('NFD'), 'female'],
    [' nữ\u00a0', 'female'],
    ['Nu', 'female'],
    ['nu', 'female'],
    ['F', 'female'],
    ['female', 'female'],
    ['Nam', 'male'],
    ['NAM', 'male'],
    ['nam', 'male'],
    ['M', 'male'],
    ['', null],
    [null, null],
  ])('%j → %s', (value, expected) => expect(valueOf(parseSex(value))).toBe(expected));

  it.each<[CellValue, string]>([
    ['1', 'không rõ nghĩa'],
    [0, 'không rõ nghĩa'],
    ['x', 'chỉ dùng trong cột "Nữ"'],
    ['Khác', 'Không hiểu giới tính "Khác"'],
  ])('refuses %j', (value, reason) => {
    const result = parseSex(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });
});

describe('parseFemaleMark — a lone "Nữ" column', () => {
  it.each<[CellValue, 'female' | 'male']>([
    ['x', 'female'],
    ['X', 'female'],
    [' x ', 'female'],
    ['1', 'female'],
    [1, 'female'],
    ['✓', 'female'],
    ['✔', 'female'],
    ['√', 'female'],
    [true, 'female'],
    ['Nữ', 'female'],
    ['NU', 'female'],
    ['', 'male'],
    [null, 'male'],
    ['0', 'male'],
    ['-', 'male'],
    ['Nam', 'male'],
  ])('%j → %s', (value, expected) => expect(valueOf(parseFemaleMark(value))).toBe(expected));

  it('refuses what is neither a mark nor blank', () => {
    expect(parseFemaleMark('có con nhỏ')).toEqual({ ok: false, error: 'Không hiểu "có con nhỏ" ở cột "Nữ": ghi x (có) hoặc để trống (không)' });
  });
  it('reads a lone "Nam" column the other way round', () => {
    expect(valueOf(parseMaleMark('x'))).toBe('male');
    expect(valueOf(parseMaleMark(''))).toBe('female');
  });
});

describe('parseSexMarkPair — "Giới tính" over "Nam" | "Nữ"', () => {
  it.each<[CellValue, CellValue, 'female' | 'male' | 'error']>([
    ['x', '', 'male'],
    ['', 'x', 'female'],
    ['', 'X', 'female'],
    [null, '1', 'female'],
    ['Nam', '', 'male'],
    ['', 'Nữ', 'female'],
    ['x', 'x', 'error'],
    ['', '', 'error'],
    ['?', '', 'error'],
  ])('Nam %j, Nữ %j → %s', (male, female, expected) => expect(valueOf(parseSexMarkPair(male, female))).toBe(expected));
});

describe('parseSplitBirthDate — "Ngày sinh" over "Nam" | "Nữ"', () => {
  const options = { today: '2025-06-15' };
  it('takes the sex from the column the date is written in', () => {
    expect(parseSplitBirthDate('', '12/03/1985', options)).toEqual({ ok: true, value: { sex: 'female', birth: { date: '1985-03-12' } } });
    expect(parseSplitBirthDate(1979, null, options)).toEqual({ ok: true, value: { sex: 'male', birth: { year: 1979 } } });
  });
  it('refuses a date in both columns or in neither, and passes on a bad date', () => {
    expect(parseSplitBirthDate('1980', '1981', options)).toMatchObject({ ok: false, error: expect.stringContaining('cả cột Nam và cột Nữ') });
    expect(parseSplitBirthDate('', '', options)).toMatchObject({ ok: false, error: expect.stringContaining('Thiếu ngày sinh') });
    expect(parseSplitBirthDate('', '31/02/1990', options)).toMatchObject({ ok: false, error: expect.stringContaining('có 28 ngày') });
  });
  it('keeps the warning of the date it took', () => {
    expect(parseSplitBirthDate('', '1950', options)).toMatchObject({ ok: true, warning: expect.stringContaining('quá tuổi nghỉ hưu') });
  });
});

describe('yes/no columns', () => {
  it.each<[CellValue, boolean | 'error']>([
    ['x', true],
    ['X', true],
    ['1', true],
    [1, true],
    ['có', true],
    ['Có', true],
    ['CÓ', true],
    ['yes', true],
    ['✓', true],
    [true, true],
    ['', false],
    [null, false],
    ['0', false],
    [0, false],
    ['không', false],
    ['Không', false],
    ['-', false],
    [false, false],
    ['có thể', 'error'],
    ['2', 'error'],
  ])('parseYesNo(%j) → %s', (value, expected) => expect(valueOf(parseYesNo(value))).toBe(expected));

  it('reads a party admission date as membership', () => {
    expect(valueOf(parsePartyMember('03/02/2010'))).toBe(true);
    expect(valueOf(parsePartyMember(new Date(Date.UTC(2010, 1, 3))))).toBe(true);
    expect(valueOf(parsePartyMember(40212))).toBe(true);
    expect(valueOf(parsePartyMember('2010'))).toBe(true);
    expect(valueOf(parsePartyMember('Đảng viên'))).toBe(true);
    expect(valueOf(parsePartyMember('ĐV'))).toBe(true);
    expect(valueOf(parsePartyMember(''))).toBe(false);
    expect(parsePartyMember('đoàn viên')).toMatchObject({ ok: false, error: expect.stringContaining('ngày vào Đảng') });
  });
  it('reads a Party committee post as membership of the committee', () => {
    for (const post of ['Bí thư chi bộ', 'Phó bí thư', 'Chi ủy viên', 'Đảng ủy viên', 'Cấp ủy viên', 'x']) expect(valueOf(parsePartyCommittee(post))).toBe(true);
    expect(valueOf(parsePartyCommittee(''))).toBe(false);
    expect(parsePartyCommittee('Đảng viên')).toMatchObject({ ok: false });
  });
});

describe('parsePosition — chức vụ and the staff group it implies', () => {
  it.each<[string, string, string]>([
    ['Hiệu trưởng', 'principal', 'manager'],
    ['HIỆU TRƯỞNG', 'principal', 'manager'],
    ['HT', 'principal', 'manager'],
    ['Q. Hiệu trưởng', 'principal', 'manager'],
    ['Giám đốc', 'principal', 'manager'],
    ['Phó hiệu trưởng', 'vice_principal', 'manager'],
    ['Phó Hiệu Trưởng', 'vice_principal', 'manager'],
    ['P.HT', 'vice_principal', 'manager'],
    ['P. HT', 'vice_principal', 'manager'],
    ['PHT', 'vice_principal', 'manager'],
    ['P.Hiệu trưởng', 'vice_principal', 'manager'],
    ['Hiệu phó', 'vice_principal', 'manager'],
    ['Phó hiệu trưởng kiêm tổ trưởng', 'vice_principal', 'manager'],
    ['Phó giám đốc', 'vice_principal', 'manager'],
    ['Tổ trưởng chuyên môn', 'head_of_group', 'teacher'],
    ['TTCM', 'head_of_group', 'teacher'],
    ['Giáo viên, tổ trưởng', 'head_of_group', 'teacher'],
    ['Tổ trưởng tổ văn phòng', 'head_of_group', 'staff'],
    ['Tổ phó', 'deputy_head_of_group', 'teacher'],
    ['TPCM', 'deputy_head_of_group', 'teacher'],
    ['Tổ phó tổ văn phòng', 'deputy_head_of_group', 'staff'],
    ['Giáo viên', 'teacher', 'teacher'],
    ['GV', 'teacher', 'teacher'],
    ['gv Toán', 'teacher', 'teacher'],
    ['Giáo viên mầm non', 'teacher', 'teacher'],
    ['Tổng phụ trách Đội', 'teacher', 'teacher'],
    ['Nhân viên', 'staff', 'staff'],
    ['NV', 'staff', 'staff'],
    ['Kế toán', 'staff', 'staff'],
    ['Văn thư', 'staff', 'staff'],
    ['Nhân viên y tế', 'staff', 'staff'],
    ['Thủ quỹ', 'staff', 'staff'],
    ['Bảo vệ', 'staff', 'staff'],
    ['Cấp dưỡng', 'staff', 'staff'],
    ['Thư viện - thiết bị', 'staff', 'staff'],
  ])('%s → %s (%s)', (text, position, staffGroup) => expect(parsePosition(text)).toEqual({ ok: true, value: { position, staffGroup } }));

  it('leaves a blank to the import and refuses what it does not know', () => {
    expect(parsePosition('')).toEqual({ ok: true, value: null });
    expect(parsePosition('Chủ tịch công đoàn')).toMatchObject({ ok: false, error: expect.stringContaining('Không nhận ra chức vụ "Chủ tịch công đoàn"') });
  });
});

describe('parseStaffGroup', () => {
  it.each<[string, string | null | 'error']>([
    ['CBQL', 'manager'],
    ['Cán bộ quản lý', 'manager'],
    ['GV', 'teacher'],
    ['Giáo viên', 'teacher'],
    ['NV', 'staff'],
    ['nhân viên', 'staff'],
    ['', null],
    ['Hợp đồng', 'error'],
  ])('%s → %s', (text, expected) => expect(valueOf(parseStaffGroup(text))).toBe(expected));
});

describe('parseTrainingLevel — degree and standard kept apart', () => {
  it.each<[string, string | null, string | null]>([
    ['Thạc sĩ', 'master', null],
    ['Thạc sỹ Quản lý giáo dục', 'master', null],
    ['ThS', 'master', null],
    ['Th.S', 'master', null],
    ['Th.s', 'master', null],
    ['ThS. Ngữ văn', 'master', null],
    ['Tiến sĩ', 'doctorate', null],
    ['TS', 'doctorate', null],
    ['PGS.TS', 'doctorate', null],
    ['Đại học', 'bachelor', null],
    ['ĐH', 'bachelor', null],
    ['ĐHSP Toán', 'bachelor', null],
    ['Đại học sư phạm Tiếng Anh', 'bachelor', null],
    ['Cử nhân', 'bachelor', null],
    ['Kỹ sư CNTT', 'bachelor', null],
    ['Cao đẳng', 'college', null],
    ['CĐSP Mầm non', 'college', null],
    ['CĐ', 'college', null],
    ['Trung cấp', 'intermediate', null],
    ['TC', 'intermediate', null],
    ['Trung học sư phạm', 'intermediate', null],
    ['Sơ cấp', 'elementary', null],
    ['12/12', 'none', null],
    ['Chưa qua đào tạo', 'none', null],
    ['ĐHSP, ThS QLGD', 'master', null],
    ['Dưới chuẩn', null, 'below'],
    ['Chưa đạt chuẩn', null, 'below'],
    ['Đạt chuẩn', null, 'standard'],
    ['Chuẩn', null, 'standard'],
    ['Trên chuẩn', null, 'above'],
    ['TRÊN CHUẨN', null, 'above'],
    ['Đại học (trên chuẩn)', 'bachelor', 'above'],
    ['Cao đẳng - đạt chuẩn', 'college', 'standard'],
  ])('%s → degree %s, standard %s', (text, degree, standard) => expect(parseTrainingLevel(text)).toEqual({ ok: true, value: { degree, standard } }));

  it('leaves a blank to the import and refuses what it does not know', () => {
    expect(parseTrainingLevel('')).toEqual({ ok: true, value: null });
    expect(parseTrainingLevel('Giỏi')).toMatchObject({ ok: false, error: expect.stringContaining('Không hiểu trình độ đào tạo "Giỏi"') });
  });
  it('counts master’s and doctorates as postgraduate', () => {
    expect(['none', 'bachelor', 'master', 'doctorate', null].map((d) => isPostgraduate(d as never))).toEqual([false, false, true, true, false]);
  });
});

describe('parsePoliticalTheory', () => {
  it.each<[string, string | null | 'error']>([
    ['Sơ cấp', 'elementary'],
    ['SC', 'elementary'],
    ['Trung cấp', 'intermediate'],
    ['TC LLCT', 'intermediate'],
    ['Trung cấp lý luận chính trị', 'intermediate'],
    ['Cao cấp', 'advanced'],
    ['CCLLCT', 'advanced'],
    ['Cao cấp lý luận chính trị - hành chính', 'advanced'],
    ['Cử nhân', 'bachelor'],
    ['Cử nhân chính trị', 'bachelor'],
    ['', null],
    ['Không', null],
    ['Chưa qua đào tạo', null],
    ['Khá', 'error'],
  ])('%s → %s', (text, expected) => expect(valueOf(parsePoliticalTheory(text))).toBe(expected));
});

describe('parseCommitteeRole — Ban VSTBPN', () => {
  it.each<[CellValue, string | null | 'error']>([
    ['Trưởng ban', 'head'],
    ['Phó trưởng ban', 'deputy_head'],
    ['Phó ban', 'deputy_head'],
    ['Phó trưởng ban thường trực', 'deputy_head'],
    ['Thư ký', 'secretary'],
    ['Ủy viên', 'member'],
    ['Uỷ viên', 'member'],
    ['Thành viên', 'member'],
    ['x', 'member'],
    ['', null],
    ['không', null],
    ['Cộng tác viên tuyên truyền', 'error'],
  ])('%j → %s', (value, expected) => expect(valueOf(parseCommitteeRole(value))).toBe(expected));
});

describe('parsePlanningPool — quy hoạch', () => {
  it.each<[CellValue, { post: string | null } | null]>([
    ['', null],
    ['0', null],
    ['Không', null],
    ['x', { post: null }],
    ['1', { post: null }],
    ['Hiệu trưởng', { post: 'Hiệu trưởng' }],
    ['P.HT 2025-2030', { post: 'P.HT 2025-2030' }],
  ])('%j → %j', (value, expected) => expect(parsePlanningPool(value)).toEqual({ ok: true, value: expected }));
});

describe('names', () => {
  it('keeps a name as written, in NFC, and title-cases one typed in capitals', () => {
    expect(parseFullName('Nguyễn Thị Hoa'.normalize('NFD'))).toEqual({ ok: true, value: 'Nguyễn Thị Hoa' });
    expect(parseFullName('  Nguyễn   Thị Hoa ')).toEqual({ ok: true, value: 'Nguyễn Thị Hoa' });
    expect(parseFullName('NGUYỄN THỊ ÁNH ĐÀO')).toEqual({ ok: true, value: 'Nguyễn Thị Ánh Đào' });
    expect(parseFullName('Nguyễn thị hoa')).toEqual({ ok: true, value: 'Nguyễn thị hoa' });
    expect(parseFullName('')).toEqual({ ok: true, value: null });
  });
  it('refuses digits and warns about a single word', () => {
    expect(parseFullName('12/03/1985')).toMatchObject({ ok: false, error: expect.stringContaining('có chữ số') });
    expect(parseFullName('---')).toMatchObject({ ok: false });
    expect(parseFullName('Hoa')).toMatchObject({ ok: true, value: 'Hoa', warning: expect.stringContaining('chỉ có một từ') });
  });
  it('joins "Họ đệm" and "Tên"', () => {
    expect(parseSplitName('Nguyễn Thị', 'Hoa')).toEqual({ ok: true, value: 'Nguyễn Thị Hoa' });
    expect(parseSplitName('', '')).toEqual({ ok: true, value: null });
    expect(parseSplitName('Nguyễn Thị', '')).toMatchObject({ ok: false, error: expect.stringContaining('Thiếu tên') });
  });
});

describe('parseEthnicGroup', () => {
  it('gives the group, or the suggestions to pick from in the message and beside it', () => {
    expect(valueOf(parseEthnicGroup('Tay'))).toMatchObject({ code: '02', name: 'Tày' });
    expect(parseEthnicGroup('')).toEqual({ ok: true, value: null });
    expect(parseEthnicGroup('Sán')).toEqual({
      ok: false,
      error: expect.stringMatching(/^Không rõ dân tộc "Sán": có phải Sán Chay, Sán Dìu/),
      suggestions: expect.arrayContaining(['Sán Chay', 'Sán Dìu']),
    });
    expect(parseEthnicGroup('Pháp quốc')).toEqual({ ok: false, error: '"Pháp quốc" không có trong danh mục 54 dân tộc Việt Nam' });
    expect(parseEthnicGroup(4)).toEqual({ ok: false, error: 'Ghi tên dân tộc (ví dụ Kinh, Tày), không ghi mã số "4"' });
  });
});
