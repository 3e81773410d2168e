/**
 * Plans for tests: a commune's yearly plan shaped like the seeds (legal bases citing the
 * national documents, purposes, tasks, an organisation part that instructs the schools by
 * kind, reporting deadlines, recipients, signer).
 */
import { emptyPlanDocument, type PlanDocument } from '../../../common/plans/plan-document.ts';

export function communePlan(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    ...emptyPlanDocument('plan'),
    issuer: { parent: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA', name: 'UBND XÃ QUẢNG XƯƠNG' },
    number: '/KH-UBND',
    place: 'Quảng Xương',
    year: 2027,
    title: 'Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục trên địa bàn xã năm 2027',
    period: { fromYear: 2027, toYear: 2027 },
    legalBases: [
      { lead: 'Căn cứ', type: 'Luật', number: '73/2006/QH11', date: '2006-11-29', issuer: 'Quốc hội', title: 'Bình đẳng giới', text: 'Căn cứ Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006;' },
      {
        lead: 'Thực hiện',
        type: 'Quyết định',
        number: '383/QĐ-BGDĐT',
        date: '2022-01-26',
        issuer: 'Bộ Giáo dục và Đào tạo',
        title: 'ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ và bình đẳng giới giai đoạn 2021-2030',
        text: 'Thực hiện Quyết định số 383/QĐ-BGDĐT ngày 26/01/2022 của Bộ Giáo dục và Đào tạo về việc ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ và bình đẳng giới giai đoạn 2021-2030;',
      },
      { lead: 'Căn cứ', type: null, number: null, date: null, issuer: null, title: null, text: 'Căn cứ tình hình thực tế của địa phương;' },
    ],
    sections: [
      {
        label: 'I.',
        title: 'MỤC ĐÍCH, YÊU CẦU',
        role: 'purposes',
        items: [{ label: '-', text: 'Nâng cao nhận thức về bình đẳng giới trong đội ngũ cán bộ, giáo viên, nhân viên.', kind: 'text' }],
        sections: [],
      },
      {
        label: 'II.',
        title: 'NỘI DUNG',
        role: 'tasks',
        items: [],
        sections: [
          {
            label: '1.',
            title: 'Công tác tuyên truyền',
            role: 'tasks',
            items: [{ label: '-', text: 'Tổ chức tuyên truyền Luật Bình đẳng giới nhân ngày 8/3.', kind: 'task', responsible: 'Ban VSTBPN xã', timeframe: 'Tháng 3/2027' }],
            sections: [],
          },
        ],
      },
      {
        label: 'III.',
        title: 'TỔ CHỨC THỰC HIỆN',
        role: 'organisation',
        items: [],
        sections: [
          {
            label: '1.',
            title: 'Các trường MN',
            role: 'organisation',
            assignedKinds: ['MN', 'MG'],
            items: [{ label: '-', text: 'Lồng ghép giáo dục giới trong các hoạt động vui chơi của trẻ.', kind: 'task' }],
            sections: [],
          },
          {
            label: '2.',
            title: 'Các trường TH, THCS',
            role: 'organisation',
            assignedKinds: ['TH', 'THCS'],
            items: [
              { label: '-', text: 'Xây dựng kế hoạch của đơn vị, công bố trên trang thông tin điện tử và gửi đường link về UBND xã trong tháng 3/2027.', kind: 'text' },
              { label: '-', text: 'Tổ chức ngoại khóa về phòng chống bạo lực trên cơ sở giới cho học sinh.', kind: 'task' },
            ],
            sections: [],
          },
        ],
      },
    ],
    targets: [{ text: '100% cán bộ quản lý nữ được bồi dưỡng kiến thức về giới', value: 100, unit: '%', year: 2027 }],
    reportingDeadlines: [
      { label: '6 tháng', day: 5, month: 6, text: 'Báo cáo 6 tháng trước ngày 5/6' },
      { label: 'Cả năm', day: 30, month: 11, text: 'Báo cáo năm trước ngày 30/11' },
    ],
    closing: ['Trên đây là Kế hoạch triển khai công tác bình đẳng giới năm 2027, đề nghị các trường triển khai thực hiện./.'],
    recipients: ['Sở GD&ĐT (để b/c)', 'Các trường MN, TH, THCS', 'Lưu: VT'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Văn Nam' },
    ...overrides,
  };
}
