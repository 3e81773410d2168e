import { describe, expect, it } from 'vitest';
import { citationOfPlan, derivePlanDocument, romanLabel, tasksAssignedTo, titleForUnit } from './cascade.ts';
import { emptyPlanDocument, planDocumentSchema, type PlanDocument } from './plan-document.ts';

const parent: PlanDocument = {
  ...emptyPlanDocument(),
  issuer: { parent: 'UBND HUYỆN THANH TRÌ', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' },
  number: '15/KH-PGDĐT',
  place: 'Thanh Trì',
  date: '2025-03-05',
  year: 2025,
  title: 'Triển khai thực hiện công tác bình đẳng giới năm 2025',
  period: { fromYear: 2025, toYear: 2025 },
  legalBases: [{ lead: 'Thực hiện', type: 'Quyết định', number: '383/QĐ-BGDĐT', date: '2022-01-26', issuer: 'Bộ Giáo dục và Đào tạo', title: null, text: 'Thực hiện Quyết định số 383/QĐ-BGDĐT;' }],
  sections: [
    { label: 'I.', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes', items: [{ label: '-', text: 'Nâng cao nhận thức.', kind: 'text' }], sections: [] },
    {
      label: 'III.',
      title: 'TỔ CHỨC THỰC HIỆN',
      role: 'organisation',
      items: [],
      sections: [
        { label: '1.', title: 'Các trường MN, TH, THCS', role: 'organisation', assignedKinds: ['MN', 'TH', 'THCS'], items: [{ label: '-', text: 'Xây dựng kế hoạch của đơn vị.', kind: 'text' }], sections: [{ label: 'a)', title: 'Riêng các trường THCS', role: 'organisation', assignedKinds: ['THCS'], items: [{ label: '-', text: 'Tổ chức ngoại khóa.', kind: 'task' }], sections: [] }] },
        { label: '2.', title: 'Bộ phận chuyên môn', role: 'organisation', items: [{ label: '-', text: 'Tham mưu.', kind: 'task' }], sections: [] },
      ],
    },
  ],
  reportingDeadlines: [{ label: '6 tháng', month: 6, text: 'vào tháng 6' }],
};
const ref = { id: 7, content: parent, number: '15/KH-PGDĐT', issuedOn: '2025-03-05', unitName: 'Phòng Giáo dục và Đào tạo huyện Thanh Trì' };

describe('the cascade from a parent plan', () => {
  it('hands each kind of unit the tasks addressed to it, and only those', () => {
    expect(tasksAssignedTo(parent, 'THCS').map((i) => i.text)).toEqual(['Xây dựng kế hoạch của đơn vị.', 'Tổ chức ngoại khóa.']);
    // The sub-section addressed to THCS alone is not the kindergartens'; plain text becomes a task.
    expect(tasksAssignedTo(parent, 'MN').map((i) => [i.text, i.kind])).toEqual([['Xây dựng kế hoạch của đơn vị.', 'task']]);
    expect(tasksAssignedTo(parent, 'THPT')).toEqual([]);
  });

  it("cites the parent's plan after the parent's own bases, and makes the header the child's", () => {
    const child = derivePlanDocument(ref, { name: 'Trường Mầm non Ngũ Hiệp', kindCode: 'MN', isSchool: true, parentName: 'UBND xã Thanh Trì' });
    expect(planDocumentSchema.safeParse(child).success).toBe(true);
    expect(child.legalBases.map((b) => b.number)).toEqual(['383/QĐ-BGDĐT', '15/KH-PGDĐT']);
    expect(child.legalBases[1]!.text).toBe('Thực hiện Kế hoạch số 15/KH-PGDĐT ngày 5/3/2025 của Phòng Giáo dục và Đào tạo huyện Thanh Trì về triển khai thực hiện công tác bình đẳng giới năm 2025;');
    expect(child.issuer).toEqual({ parent: 'UBND XÃ THANH TRÌ', name: 'TRƯỜNG MẦM NON NGŨ HIỆP' });
    expect(child).toMatchObject({ number: '/KH-MNNH', date: null, year: 2025, signer: { title: 'HIỆU TRƯỞNG', name: null } });
    expect(child.title).toBe('Triển khai thực hiện công tác bình đẳng giới của Trường Mầm non Ngũ Hiệp năm 2025');
    expect(child.sections.map((s) => `${s.label} ${s.title}`)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ, GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN']);
    expect(child.reportingDeadlines).toEqual([{ label: '6 tháng', month: 6 }]);
    // The parent is not changed by the copy.
    expect(parent.legalBases).toHaveLength(1);
  });

  it('leaves the number out of the citation while the parent has none', () => {
    expect(citationOfPlan({ ...ref, number: null, content: { ...parent, number: '/KH-PGDĐT' } }).number).toBeNull();
    expect([1, 4, 9, 14].map(romanLabel)).toEqual(['I.', 'IV.', 'IX.', 'XIV.']);
  });
});

describe("the child's title names the child where the parent named itself", () => {
  const titled = (title: string, more: Partial<PlanDocument> = {}) => ({ ...parent, title, ...more });

  it.each([
    // The seeds' titles (common/plans/import/seed-*.test.ts), and the demo's commune plan for 2027.
    [
      'Triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục và Đào tạo huyện Thanh Trì năm 2025',
      'Trường Mầm non Ngũ Hiệp',
      'Triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tại Trường Mầm non Ngũ Hiệp năm 2025',
    ],
    [
      'Triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục và Đào tạo xã Thanh Trì năm 2027',
      'Trường THCS Ngũ Hiệp',
      'Triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tại Trường THCS Ngũ Hiệp năm 2027',
    ],
    [
      'Triển khai công tác Vì sự tiến bộ của phụ nữ và Bình đẳng giới Ngành giáo dục và đào tạo tỉnh Lào Cai năm 2021',
      'UBND xã Bảo Thắng',
      'Triển khai công tác Vì sự tiến bộ của phụ nữ và Bình đẳng giới của UBND xã Bảo Thắng năm 2021',
    ],
    [
      'Triển khai thực hiện Chiến lược, Chương trình quốc gia về bình đẳng giới, vì sự tiến bộ phụ nữ trên địa bàn Quận 7 năm 2016 – 2018',
      'Trường Tiểu học Lê Văn Tám',
      'Triển khai thực hiện Chiến lược, Chương trình quốc gia về bình đẳng giới, vì sự tiến bộ phụ nữ của Trường Tiểu học Lê Văn Tám năm 2016 – 2018',
    ],
    [
      'Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong các cơ sở giáo dục trên địa bàn xã năm 2026',
      'Trường Mầm non Đại Thanh',
      'Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tại Trường Mầm non Đại Thanh năm 2026',
    ],
    ['Thực hiện công tác bình đẳng giới của UBND xã Đại Thanh năm 2027', 'Trường Tiểu học Đại Thanh', 'Thực hiện công tác bình đẳng giới của Trường Tiểu học Đại Thanh năm 2027'],
    ['Triển khai công tác bình đẳng giới tại đơn vị năm học 2026-2027', 'Trường THCS Tân Tiến', 'Triển khai công tác bình đẳng giới tại Trường THCS Tân Tiến năm học 2026-2027'],
    // The parent did not name itself (Tân Tiến's own plan): the child is named before the years.
    [
      'Triển khai thực hiện công tác bình đẳng giới và sự tiến bộ của phụ nữ năm 2022',
      'Trường Tiểu học Tân Tiến',
      'Triển khai thực hiện công tác bình đẳng giới và sự tiến bộ của phụ nữ tại Trường Tiểu học Tân Tiến năm 2022',
    ],
    // A unit named inside the subject is the subject's, not the issuer's naming.
    [
      'Thực hiện Kế hoạch của UBND thành phố Hà Nội về công tác bình đẳng giới năm 2026',
      'Trường THCS Ngũ Hiệp',
      'Thực hiện Kế hoạch của UBND thành phố Hà Nội về công tác bình đẳng giới của Trường THCS Ngũ Hiệp năm 2026',
    ],
    // Upper case stays upper case.
    ['CÔNG TÁC BÌNH ĐẲNG GIỚI VÀ VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ NĂM HỌC 2024-2025', 'Trường THPT Nguyễn Du', 'CÔNG TÁC BÌNH ĐẲNG GIỚI VÀ VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ TẠI TRƯỜNG THPT NGUYỄN DU NĂM HỌC 2024-2025'],
  ])('%s → for %s', (title, unitName, expected) => {
    expect(titleForUnit(titled(title), unitName)).toBe(expected);
  });

  it("gives a title without years the plan's period, and a letter's subject the form of a plan's title", () => {
    expect(titleForUnit(titled('Công tác bình đẳng giới', { period: { fromYear: 2026, toYear: 2026 } }), 'Trường Mầm non Hoa Sen')).toBe('Công tác bình đẳng giới của Trường Mầm non Hoa Sen năm 2026');
    expect(titleForUnit(titled('Công tác bình đẳng giới ngành Giáo dục tỉnh Bắc Ninh', { period: { fromYear: 2021, toYear: 2025 } }), 'UBND xã Yên Phong')).toBe(
      'Công tác bình đẳng giới của UBND xã Yên Phong giai đoạn 2021-2025',
    );
    expect(titleForUnit(titled('Công tác bình đẳng giới', { period: null }), 'Trường Mầm non Hoa Sen')).toBe('Công tác bình đẳng giới của Trường Mầm non Hoa Sen');
    // Bến Cát's guidance letter (seed 001): the school's plan carries the guidance out.
    const letter = titled('hướng dẫn triển khai công tác vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2023', { kind: 'letter' });
    expect(titleForUnit(letter, 'Trường Tiểu học Mỹ Phước')).toBe('Triển khai công tác vì sự tiến bộ của phụ nữ và bình đẳng giới của Trường Tiểu học Mỹ Phước năm 2023');
    expect(titleForUnit(titled('  '), 'Trường Mầm non Hoa Sen')).toBe('');
  });

  it("names the child in a grandchild's copy, not the child", () => {
    const child = derivePlanDocument(ref, { name: 'UBND xã Thanh Trì', kindCode: 'XA', isSchool: false, parentName: 'Sở Giáo dục và Đào tạo Hà Nội' });
    const grandchild = derivePlanDocument({ ...ref, content: child, unitName: 'UBND xã Thanh Trì' }, { name: 'Trường THCS Ngũ Hiệp', kindCode: 'THCS', isSchool: true, parentName: 'UBND xã Thanh Trì' });
    expect(grandchild.title).toBe('Triển khai thực hiện công tác bình đẳng giới của Trường THCS Ngũ Hiệp năm 2025');
  });
});
