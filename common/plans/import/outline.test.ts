import { describe, expect, it } from 'vitest';
import { blockMarkerOf, isHeadingShaped, parseLabel, parseOutline, roleOfHeading, type OutlineBlock, type OutlineSection } from './outline.ts';

const blocks = (...texts: string[]): OutlineBlock[] => texts.map((text, index) => ({ index, text }));

/** The outline as nested [label, title, role, item labels+kinds]. */
function shape(sections: OutlineSection[]): unknown[] {
  return sections.map((s) => [s.label, s.title, s.role, s.items.map((i) => `${i.label ?? '·'}${i.kind === 'text' ? '' : `:${i.kind}`}`).join(' '), ...(s.sections.length ? [shape(s.sections)] : [])]);
}

describe('parseLabel', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU:', 'I.', 'roman', 2, 'MỤC ĐÍCH, YÊU CẦU:'],
    ['IV - TỔ CHỨC THỰC HIỆN', 'IV -', 'roman', 2, 'TỔ CHỨC THỰC HIỆN'],
    ['1. Mục đích', '1.', 'arabic', 3, 'Mục đích'],
    ['1/ Mục đích', '1/', 'arabic', 3, 'Mục đích'],
    ['2) Yêu cầu', '2)', 'arabic', 3, 'Yêu cầu'],
    ['2.1. Dự án truyền thông', '2.1.', 'dotted', 4, 'Dự án truyền thông'],
    ['2.1.1. Mục tiêu:', '2.1.1.', 'dotted', 5, 'Mục tiêu:'],
    ['2.1 Dự án', '2.1', 'dotted', 4, 'Dự án'],
    ['a) Hoạt động 1:', 'a)', 'letter', 8, 'Hoạt động 1:'],
    ['đ) Khác', 'đ)', 'letter', 8, 'Khác'],
    ['(1) Tập trung triển khai', '(1)', 'paren', 9, 'Tập trung triển khai'],
    ['- Nhiệm vụ:', '-', 'bullet', 10, 'Nhiệm vụ:'],
    ['+ Khối mầm non', '+', 'bullet', 11, 'Khối mầm non'],
    ['* Hình thức: tọa đàm', '*', 'bullet', 12, 'Hình thức: tọa đàm'],
    ['Phần I. KẾT QUẢ', 'Phần I', 'part', 0, 'KẾT QUẢ'],
    ['A. NỘI DUNG', 'A.', 'upper-alpha', 1, 'NỘI DUNG'],
  ])('%s', (text, label, kind, rank, rest) => expect(parseLabel(text)).toEqual({ label, kind, rank, rest }));

  it.each([
    ['V/v hướng dẫn triển khai'],
    ['15/5/2023 là hạn'],
    ['2025 là năm'],
    ['1.5 triệu đồng'.replace('1.5', '1,5')],
    ['Tham mưu cấp uỷ'],
    ['e-mail: a@b.vn'],
  ])('no label: %s', (text) => expect(parseLabel(text).label).toBeNull());
});

describe('isHeadingShaped', () => {
  it.each([
    ['Mục đích', true],
    ['Phòng Giáo dục và Đào tạo có trách nhiệm:', true],
    ['Tăng cường phối hợp liên ngành nhằm thực hiện tốt công tác VSTBPN, BDG và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', true],
    ['MỤC ĐÍCH, YÊU CẦU.', true],
    ['Tổ chức các buổi tọa đàm về bình đẳng giới.', false],
    ['Tiếp tục đẩy mạnh công tác truyền thông. Tuyên truyền, phổ biến pháp luật', false],
    ['Cán bộ quản lý;', false],
    [`Xây dựng ${'kế hoạch '.repeat(40)}`, false],
  ])('%s → %s', (text, expected) => expect(isHeadingShaped(text)).toBe(expected));
});

describe('roleOfHeading', () => {
  it.each([
    ['MỤC ĐÍCH, YÊU CẦU', 'purposes'],
    ['Yêu cầu', 'purposes'],
    ['NỘI DUNG THỰC HIỆN', 'tasks'],
    ['Nhiệm vụ và giải pháp', 'tasks'],
    ['Các hoạt động chính', 'tasks'],
    ['Một số nhiệm vụ trọng tâm', 'tasks'],
    ['GIẢI PHÁP THỰC HIỆN KẾ HOẠCH', 'tasks'],
    ['Mục tiêu', 'targets'],
    ['Chỉ tiêu cụ thể', 'targets'],
    ['KINH PHÍ THỰC HIỆN', 'budget'],
    ['TỔ CHỨC THỰC HIỆN', 'organisation'],
    ['Trách nhiệm của các đơn vị', 'organisation'],
    ['Chế độ báo cáo', 'reporting'],
    ['Thông tin báo cáo', 'reporting'],
    ['Tổ chức thực hiện Tháng hành động vì bình đẳng giới', null],
    ['Công tác tuyên truyền', null],
  ])('%s → %s', (title, role) => expect(roleOfHeading(title)).toBe(role));
});

describe('blockMarkerOf', () => {
  it('tells the kind and whether text follows', () => {
    expect(blockMarkerOf('Nhiệm vụ:')).toEqual({ kind: 'task', hasContent: false });
    expect(blockMarkerOf('Hình thức: tọa đàm, mít tinh')).toEqual({ kind: 'form', hasContent: true });
    expect(blockMarkerOf('Đối tượng thực hiện: cơ quan quản lý giáo dục')).toEqual({ kind: 'audience', hasContent: true });
    expect(blockMarkerOf('Nhiệm vụ của các trường trong năm học là tổ chức tốt: a')).toBeNull();
    expect(blockMarkerOf('Tham mưu cấp uỷ')).toBeNull();
  });
});

describe('parseOutline', () => {
  it('nests roman > arabic > dotted > letter, keeps bullets as items, inherits roles', () => {
    const outline = parseOutline(
      blocks(
        'Phòng GD&ĐT xây dựng kế hoạch như sau:',
        'I. MỤC ĐÍCH, YÊU CẦU:',
        '1. Mục đích:',
        'Nâng cao nhận thức.',
        'II. NỘI DUNG HOẠT ĐỘNG:',
        '1. Xây dựng kế hoạch giai đoạn 2 (2016 - 2020): trên cơ sở rà soát, bổ sung các nội dung. Chú trọng các giải pháp.',
        '2. Triển khai các dự án, bao gồm:',
        '2.1. Dự án truyền thông',
        '2.1.1. Mục tiêu:',
        '70% cán bộ nâng cao nhận thức.',
        '2.1.2. Nội dung hoạt động:',
        'a) Hoạt động 1:',
        '- Tổ chức Tháng hành động.',
        '(1) Cung cấp thông tin;',
        '2.2. Dự án nâng cao năng lực',
        '- Tập huấn.',
        '3. Kiểm tra, đánh giá:',
        'Tổ chức kiểm tra.',
      ),
    );
    expect(outline.preamble.map((b) => b.text)).toEqual(['Phòng GD&ĐT xây dựng kế hoạch như sau:']);
    expect(shape(outline.sections)).toEqual([
      ['I.', 'MỤC ĐÍCH, YÊU CẦU', 'purposes', '', [['1.', 'Mục đích', 'purposes', '·']]],
      [
        'II.',
        'NỘI DUNG HOẠT ĐỘNG',
        'tasks',
        '1.',
        [
          [
            '2.',
            'Triển khai các dự án, bao gồm',
            'tasks',
            '',
            [
              ['2.1.', 'Dự án truyền thông', 'tasks', '', [['2.1.1.', 'Mục tiêu', 'targets', '·'], ['2.1.2.', 'Nội dung hoạt động', 'tasks', '', [['a)', 'Hoạt động 1', 'tasks', '- (1)']]]]],
              ['2.2.', 'Dự án nâng cao năng lực', 'tasks', '-'],
            ],
          ],
          ['3.', 'Kiểm tra, đánh giá', 'tasks', '·'],
        ],
      ],
    ]);
  });

  it('decides by what follows: a short numbered line with nothing under it is an item', () => {
    const outline = parseOutline(blocks('I. ĐỐI TƯỢNG', '1. Cán bộ quản lý', '2. Giáo viên', '3. Nhân viên'));
    expect(shape(outline.sections)).toEqual([['I.', 'ĐỐI TƯỢNG', 'tasks', '1. 2. 3.']]);
  });

  it('tags Nhiệm vụ / Hình thức / Đối tượng blocks until the next block or heading, dropping a bare block word', () => {
    const outline = parseOutline(
      blocks('II. Nội dung', '1. Công tác tuyên truyền', '- Nhiệm vụ:', 'Tăng cường truyền thông.', 'Xác định hình thức.', '- Hình thức: tọa đàm, mít tinh.', '- Đối tượng: cán bộ, giáo viên.', '2. Công tác cán bộ', 'Rà soát quy hoạch.'),
    );
    const [first, second] = outline.sections[0]!.sections;
    expect(first!.items.map((i) => [i.label, i.text, i.kind])).toEqual([
      [null, 'Tăng cường truyền thông.', 'task'],
      [null, 'Xác định hình thức.', 'task'],
      ['-', 'Hình thức: tọa đàm, mít tinh.', 'form'],
      ['-', 'Đối tượng: cán bộ, giáo viên.', 'audience'],
    ]);
    expect(second!.items.map((i) => i.kind)).toEqual(['text']);
  });

  it('makes the top-level sections tasks when no heading names a role (a letter’s numbered areas)', () => {
    const outline = parseOutline(blocks('1. Tăng cường phối hợp liên ngành', '- Phối hợp triển khai.', '2. Thực hiện công tác kiểm tra', 'Xây dựng kế hoạch kiểm tra.'));
    expect(outline.sections.map((s) => s.role)).toEqual(['tasks', 'tasks']);
  });

  it('gives the subsections of "Tổ chức thực hiện" the unit kinds they name', () => {
    const outline = parseOutline(
      blocks(
        'I. NHIỆM VỤ',
        'Tuyên truyền.',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Phòng Giáo dục và Đào tạo',
        '- Chỉ đạo.',
        '2. Các trường MN, TH, THCS',
        '- Xây dựng kế hoạch.',
        '3. Các đơn vị trực thuộc',
        '- Triển khai.',
        '4. Trung tâm GDNN-GDTX và các trường THPT',
        '- Báo cáo.',
      ),
    );
    expect(outline.sections[0]!.assignedKinds).toBeUndefined();
    expect(outline.sections[1]!.assignedKinds).toBeUndefined();
    expect(outline.sections[1]!.sections.map((s) => s.assignedKinds)).toEqual([
      ['PGD'],
      ['MN', 'TH', 'THCS'],
      ['MN', 'MG', 'TH', 'THCS', 'THPT', 'LC', 'GDNN-GDTX'],
      ['THPT', 'GDNN-GDTX'],
    ]);
  });

  it('reads a task table (STT | Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian) into items', () => {
    const outline = parseOutline([
      { index: 0, text: 'II. NHIỆM VỤ CỤ THỂ' },
      {
        index: 1,
        text: '',
        rows: [
          ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
          ['1', 'Tập huấn lồng ghép giới', 'Phòng GD&ĐT', 'Hội LHPN huyện', 'Tháng 4/2025'],
          ['2', 'Tọa đàm ngày 20/10', 'Các trường', '', 'Tháng 10/2025'],
        ],
      },
    ]);
    expect(outline.sections[0]!.items.map(({ index: _i, ...item }) => item)).toEqual([
      { label: '1', text: 'Tập huấn lồng ghép giới', kind: 'task', responsible: 'Phòng GD&ĐT', coResponsible: 'Hội LHPN huyện', timeframe: 'Tháng 4/2025' },
      { label: '2', text: 'Tọa đàm ngày 20/10', kind: 'task', responsible: 'Các trường', timeframe: 'Tháng 10/2025' },
    ]);
  });
});
