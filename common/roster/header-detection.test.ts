import { describe, expect, it } from 'vitest';
import { detectHeader, findMissingColumns, headerKey, recogniseHeader, remapColumns, ROSTER_FIELD_LABELS, ROSTER_FIELDS } from './header-detection.ts';
import type { HeaderDetection, RosterField } from './header-detection.ts';

function found(detection: HeaderDetection): HeaderDetection & { found: true } {
  if (!detection.found) throw new Error(`no header: ${detection.message}`);
  return detection;
}

const fieldsOf = (detection: HeaderDetection & { found: true }) => detection.columns.map((c) => c.field);

describe('recogniseHeader — the usual Vietnamese headers, any case, with or without diacritics', () => {
  it.each<[string, RosterField | null]>([
    ['STT', 'ignore'],
    ['TT', 'ignore'],
    ['Số TT', 'ignore'],
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['Ho va ten', 'fullName'],
    ['Họ và tên'.normalize('NFD'), 'fullName'],
    ['Họ tên', 'fullName'],
    ['Họ và tên (1)', 'fullName'],
    ['Họ và tên cán bộ, giáo viên, nhân viên', 'fullName'],
    ['Tên cán bộ', 'fullName'],
    ['Họ đệm', 'familyName'],
    ['Họ và tên đệm', 'familyName'],
    ['Tên', 'givenName'],
    ['Ngày sinh', 'birthDate'],
    ['Ngày, tháng, năm sinh', 'birthDate'],
    ['Ngày sinh (dd/mm/yyyy)', 'birthDate'],
    ['Năm sinh', 'birthYear'],
    ['Giới tính', 'sex'],
    ['Nữ', 'female'],
    ['NỮ', 'female'],
    ['Nam', 'male'],
    ['Dân tộc', 'ethnicGroup'],
    ['DTTS', 'ethnicMinority'],
    ['Dân tộc thiểu số', 'ethnicMinority'],
    ['Chức vụ', 'position'],
    ['Chức vụ hiện nay', 'position'],
    ['Chức danh', 'position'],
    ['Trình độ đào tạo', 'trainingLevel'],
    ['Trình độ chuyên môn', 'trainingLevel'],
    ['Trình độ chuyên môn nghiệp vụ', 'trainingLevel'],
    ['Trình độ', 'trainingLevel'],
    ['Lý luận chính trị', 'politicalTheory'],
    ['Trình độ lý luận chính trị', 'politicalTheory'],
    ['LLCT', 'politicalTheory'],
    ['Đảng viên', 'partyMember'],
    ['Ngày vào Đảng', 'partyMember'],
    ['Cấp ủy', 'partyCommittee'],
    ['Chức vụ Đảng', 'partyCommittee'],
    ['Quy hoạch', 'planningPool'],
    ['Diện quy hoạch', 'planningPool'],
    ['Quy hoạch chức danh', 'planningPool'],
    ['Năm tập huấn BĐG', 'genderTrainingYear'],
    ['Được tập huấn về giới, bình đẳng giới', 'genderTrainingYear'],
    ['Thành viên Ban VSTBPN', 'committeeRole'],
    ['Ngày vào trường', 'startDate'],
    ['Ngày chuyển đi', 'endDate'],
    ['Ghi chú', 'note'],
    ['Số điện thoại', null],
    ['Quê quán', null],
    ['Ngày tuyển dụng', null],
    ['Chức vụ Đoàn thể', null],
    ['', null],
  ])('%s → %s', (text, field) => expect(recogniseHeader(text)).toBe(field));

  it('keys a header the way saved mappings are stored', () => {
    expect(headerKey('  Số điện THOẠI (3) ')).toBe('so dien thoai');
    expect(headerKey('Ngày sinh / Nữ')).toBe('ngay sinh nu');
  });
  it('labels every field for the mapping screen', () => {
    for (const field of ROSTER_FIELDS) expect(ROSTER_FIELD_LABELS[field]).toBeTruthy();
  });
});

describe('detectHeader', () => {
  it('finds a header on row 4 under the title rows, and the data on row 5', () => {
    const rows = [
      ['PHÒNG GD&ĐT THANH TRÌ', '', '', '', ''],
      ['TRƯỜNG MẦM NON TÂN TIẾN', '', '', '', ''],
      ['DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN', 'DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN', 'DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN', 'DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN', 'DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN'],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Nữ', 'Dân tộc'],
      ['1', 'Nguyễn Thị Hoa', '12/03/1985', 'x', 'Kinh'],
      ['2', 'Trần Văn Nam', '01/01/1980', '', 'Tày'],
    ];
    const detection = found(detectHeader(rows));
    expect(detection).toMatchObject({ headerRowIndex: 3, headerRowCount: 1, dataRowIndex: 4, unmapped: [], duplicates: [], missing: [] });
    expect(fieldsOf(detection)).toEqual(['ignore', 'fullName', 'birthDate', 'female', 'ethnicGroup']);
  });

  it('reads the two-row merged header "Ngày sinh" over "Nam" | "Nữ"', () => {
    const rows = [
      ['Họ và tên', 'Ngày sinh', 'Ngày sinh'],
      ['', 'Nam', 'Nữ'],
      ['Nguyễn Thị Hoa', '', '12/03/1985'],
    ];
    const detection = found(detectHeader(rows));
    expect(detection).toMatchObject({ headerRowIndex: 0, headerRowCount: 2, dataRowIndex: 2, missing: [] });
    expect(detection.columns.map((c) => [c.label, c.field])).toEqual([
      ['Họ và tên', 'fullName'],
      ['Ngày sinh / Nam', 'birthDateMale'],
      ['Ngày sinh / Nữ', 'birthDateFemale'],
    ]);
  });

  it('reads the same header when the caller repeated the vertical merge "Họ và tên" into the second row', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Ngày sinh', 'Ngày sinh', 'Dân tộc'],
      ['STT', 'Họ và tên', 'Nam', 'Nữ', 'Dân tộc'],
      ['1', 'Nguyễn Thị Hoa', '', '12/03/1985', 'Kinh'],
    ];
    const detection = found(detectHeader(rows));
    expect(detection).toMatchObject({ headerRowIndex: 0, headerRowCount: 2, dataRowIndex: 2 });
    expect(detection.columns.map((c) => [c.label, c.field])).toEqual([
      ['STT', 'ignore'],
      ['Họ và tên', 'fullName'],
      ['Ngày sinh / Nam', 'birthDateMale'],
      ['Ngày sinh / Nữ', 'birthDateFemale'],
      ['Dân tộc', 'ethnicGroup'],
    ]);
  });

  it('keeps a merged title row out of the header, even one of two merged blocks', () => {
    const rows = [
      ['TRƯỜNG TH KIM ĐỒNG', 'TRƯỜNG TH KIM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ'],
      ['Nguyễn Thị Hoa', '1985', 'Nữ', 'Giáo viên'],
    ];
    const detection = found(detectHeader(rows));
    expect(detection).toMatchObject({ headerRowIndex: 1, headerRowCount: 1, dataRowIndex: 2 });
    expect(detection.columns.map((c) => c.label)).toEqual(['Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ']);
  });

  it('reads a two-row header with vertical merges repeated, a sex pair, a name split and a grouped "Trình độ", under a title', () => {
    const rows = [
      ['DANH SÁCH TRÍCH NGANG', 'DANH SÁCH TRÍCH NGANG', 'DANH SÁCH TRÍCH NGANG', 'DANH SÁCH TRÍCH NGANG', 'DANH SÁCH TRÍCH NGANG', 'DANH SÁCH TRÍCH NGANG', 'DANH SÁCH TRÍCH NGANG', 'DANH SÁCH TRÍCH NGANG', 'DANH SÁCH TRÍCH NGANG'],
      ['TT', 'Họ và tên', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Giới tính', 'Trình độ', 'Trình độ', 'Chức vụ'],
      ['TT', 'Họ đệm', 'Tên', 'Năm sinh', 'Nam', 'Nữ', 'Chuyên môn', 'Lý luận chính trị', 'Chức vụ'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
      ['1', 'Nguyễn Thị', 'Hoa', '1985', '', 'x', 'ĐHSP', 'Trung cấp', 'Hiệu trưởng'],
    ];
    const detection = found(detectHeader(rows));
    expect(detection).toMatchObject({ headerRowIndex: 1, headerRowCount: 2, dataRowIndex: 4, missing: [], unmapped: [] });
    expect(fieldsOf(detection)).toEqual(['ignore', 'familyName', 'givenName', 'birthYear', 'male', 'female', 'trainingLevel', 'politicalTheory', 'position']);
  });

  it('does not mistake the first person for a second header row', () => {
    // "Nữ" under "Giới tính" reads like a header; with no merged group above it, it is data.
    const rows = [
      ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Phái'],
      ['Nguyễn Thị Hoa', '12/03/1985', 'Nữ', 'Nữ'],
    ];
    expect(found(detectHeader(rows))).toMatchObject({ headerRowIndex: 0, headerRowCount: 1, dataRowIndex: 1 });
  });

  it('says which required columns are missing', () => {
    const onlyNames = found(detectHeader([['STT', 'Họ và tên', 'Dân tộc', 'Chức vụ']]));
    expect(onlyNames.missing.map((m) => m.requirement)).toEqual(['sex', 'birth']);
    expect(onlyNames.missing.map((m) => m.message)).toEqual(['Thiếu cột "Giới tính" (hoặc cột "Nữ" đánh dấu x)', 'Thiếu cột "Ngày sinh" hoặc "Năm sinh"']);
    const noName = found(detectHeader([['Số điện thoại', 'Ngày sinh', 'Giới tính', 'Dân tộc']]));
    expect(noName.missing).toEqual([{ requirement: 'name', message: 'Thiếu cột "Họ và tên" (hoặc hai cột "Họ đệm" và "Tên")' }]);
    expect(noName.unmapped.map((c) => c.label)).toEqual(['Số điện thoại']);
  });

  it('gives up, in Vietnamese, on a sheet without a recognisable header', () => {
    const detection = detectHeader([['BÁO CÁO TỔNG HỢP'], ['Tổng số', '120'], ['Trong đó nữ', '85']]);
    expect(detection).toEqual({ found: false, message: expect.stringContaining('Không tìm thấy dòng tiêu đề trong 3 dòng đầu') });
    expect(detectHeader([]).found).toBe(false);
  });

  it('looks only at the first rows it is told to', () => {
    const rows = [...Array.from({ length: 12 }, () => ['']), ['Họ và tên', 'Ngày sinh', 'Giới tính']];
    expect(detectHeader(rows, { maxRows: 10 }).found).toBe(false);
    expect(found(detectHeader(rows)).headerRowIndex).toBe(12);
  });

  it('lists unmapped columns for the person to map, and lets a saved mapping win over recognition', () => {
    const rows = [['Họ và tên', 'NS', 'Phái tính', 'Ghi chú', 'Trình độ']];
    const first = found(detectHeader(rows));
    expect(first.unmapped.map((c) => c.label)).toEqual(['NS', 'Phái tính']);
    expect(first.missing.map((m) => m.requirement)).toEqual(['sex', 'birth']);

    const saved = { [headerKey('NS')]: 'birthYear', [headerKey('Phái tính')]: 'sex', [headerKey('Trình độ')]: 'politicalTheory' } as const;
    const next = found(detectHeader(rows, { savedMapping: saved }));
    expect(next.columns.map((c) => [c.field, c.source])).toEqual([
      ['fullName', 'recognised'],
      ['birthYear', 'saved'],
      ['sex', 'saved'],
      ['note', 'recognised'],
      ['politicalTheory', 'saved'],
    ]);
    expect(next.unmapped).toEqual([]);
    expect(next.missing).toEqual([]);
  });

  it('lets a saved mapping find a header it would not recognise alone', () => {
    const rows = [['Tên người', 'Sinh', 'GT'], ['Nguyễn Thị Hoa', '1985', 'Nữ']];
    expect(detectHeader(rows).found).toBe(false);
    const saved = { 'Tên người': 'fullName', sinh: 'birthYear' } as const;
    expect(fieldsOf(found(detectHeader(rows, { savedMapping: saved })))).toEqual(['fullName', 'birthYear', 'sex']);
  });

  it('drops a saved field it no longer knows instead of trusting it', () => {
    const saved = { NS: 'dateOfBirth' } as unknown as Record<string, RosterField>;
    expect(found(detectHeader([['Họ và tên', 'NS', 'Nữ']], { savedMapping: saved })).unmapped.map((c) => c.label)).toEqual(['NS']);
  });

  it('keeps the first of two columns claiming a field and asks about the second', () => {
    const detection = found(detectHeader([['Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Chức danh', 'Ghi chú', 'Ghi chú']]));
    expect(detection.duplicates).toEqual([{ field: 'position', columns: [3, 4] }]);
    expect(detection.unmapped.map((c) => c.index)).toEqual([4]);
    expect(fieldsOf(detection).slice(5)).toEqual(['note', 'note']);
  });

  it('applies the person’s choices and works the missing columns out again', () => {
    const detection = found(detectHeader([['Họ và tên', 'NS', 'Phái tính', 'Chức vụ', 'Chức danh']]));
    const remapped = remapColumns(detection, { 1: 'birthDate', 2: 'sex', 4: 'ignore', 3: null });
    expect(remapped.columns.map((c) => [c.field, c.source])).toEqual([
      ['fullName', 'recognised'],
      ['birthDate', 'chosen'],
      ['sex', 'chosen'],
      [null, null],
      ['ignore', 'chosen'],
    ]);
    expect(remapped.missing).toEqual([]);
    expect(remapped.duplicates).toEqual([]);
    expect(remapped.unmapped.map((c) => c.index)).toEqual([3]);
  });
});

describe('findMissingColumns', () => {
  it.each<[RosterField[], string[]]>([
    [['fullName', 'sex', 'birthDate'], []],
    [['familyName', 'givenName', 'female', 'birthYear'], []],
    [['fullName', 'birthDateMale', 'birthDateFemale'], []],
    [['fullName', 'male', 'birthYear'], []],
    [['givenName', 'sex', 'birthDate'], ['name']],
    [['fullName', 'birthDateFemale'], ['sex', 'birth']],
    [[], ['name', 'sex', 'birth']],
  ])('%j → missing %j', (fields, missing) => expect(findMissingColumns(fields).map((m) => m.requirement)).toEqual(missing));
});
