import { describe, expect, it } from 'vitest';
import { citationOfPlan, derivePlanDocument, romanLabel, tasksAssignedTo } from './cascade.ts';
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
