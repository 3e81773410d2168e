/**
 * The built-in report template every installation starts with: "Báo cáo công tác bình đẳng
 * giới và vì sự tiến bộ của phụ nữ". Its sections follow the content areas the seed plans
 * share (tuyên truyền, tập huấn, cán bộ nữ và quy hoạch, kiểm tra, Chiến lược quốc gia, thi
 * đua khen thưởng); national targets appear as evaluation targets citing their documents
 * (DOMAIN.md), never as numbers in code. Value keys: common/contracts/templates.ts.
 */
import type { TemplateDefinitionInput } from '../../../common/contracts/templates.ts';

export const BUILTIN_TEMPLATE = {
  code: 'BC-BDG-VSTBPN',
  name: 'Báo cáo công tác bình đẳng giới và vì sự tiến bộ của phụ nữ',
  description: 'Mẫu báo cáo 6 tháng / năm của các đơn vị trong ngành Giáo dục về công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.',
} as const;

const NQ28 = 'Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030';
const QD2282 = 'Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ phê duyệt Chương trình tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý giai đoạn 2021-2030';

export const BUILTIN_TEMPLATE_DEFINITION: TemplateDefinitionInput = {
  sections: [
    {
      code: 'communication',
      title: 'Tuyên truyền, phổ biến giáo dục chính sách pháp luật, kiến thức về giới và bình đẳng giới',
      order: 1,
      items: [
        { kind: 'number', code: 'commEvents', label: 'Số buổi tuyên truyền, tọa đàm, mít tinh, hội thảo đã tổ chức', valueType: 'integer', unit: 'buổi', disaggregation: 'none', prefill: 'activities.communicationEvents' },
        { kind: 'number', code: 'commParticipants', label: 'Số lượt người tham gia tuyên truyền', valueType: 'integer', unit: 'lượt người', disaggregation: 'sex', prefill: 'activities.communicationParticipantsBySex' },
      ],
    },
    {
      code: 'capacity',
      title: 'Nâng cao năng lực thực hiện công tác bình đẳng giới (tập huấn)',
      order: 2,
      items: [
        { kind: 'number', code: 'trainings', label: 'Số lớp tập huấn, bồi dưỡng kiến thức về giới, bình đẳng giới đã tổ chức hoặc cử người tham gia', valueType: 'integer', unit: 'lớp', disaggregation: 'none', prefill: 'activities.trainings' },
        { kind: 'number', code: 'trained', label: 'Số người được tập huấn theo nhóm đối tượng', valueType: 'integer', unit: 'người', disaggregation: 'sex_group', prefill: 'activities.trainedBySexAndGroup' },
      ],
    },
    {
      code: 'womenCadres',
      title: 'Xây dựng đội ngũ cán bộ nữ, công tác quy hoạch',
      order: 3,
      items: [
        { kind: 'number', code: 'staff', label: 'Tổng số cán bộ, giáo viên, nhân viên', valueType: 'integer', unit: 'người', disaggregation: 'sex_minority', prefill: 'roster.staffBySex' },
        { kind: 'number', code: 'managers', label: 'Cán bộ quản lý', valueType: 'integer', unit: 'người', disaggregation: 'sex_minority', prefill: 'roster.managersBySex' },
        { kind: 'number', code: 'planning', label: 'Cán bộ trong diện quy hoạch chức danh lãnh đạo, quản lý', valueType: 'integer', unit: 'người', disaggregation: 'sex_minority', prefill: 'roster.planningPoolBySex' },
        { kind: 'number', code: 'planningTrained', label: 'Cán bộ trong diện quy hoạch được bồi dưỡng kiến thức về bình đẳng giới và kỹ năng lãnh đạo, quản lý', valueType: 'integer', unit: 'người', disaggregation: 'sex', prefill: 'roster.planningPoolTrainedBySex' },
      ],
    },
    {
      code: 'inspection',
      title: 'Công tác kiểm tra việc thực hiện bình đẳng giới và vì sự tiến bộ của phụ nữ',
      order: 4,
      items: [
        { kind: 'number', code: 'inspections', label: 'Số cuộc kiểm tra đã thực hiện', valueType: 'integer', unit: 'cuộc', disaggregation: 'none', prefill: null },
        { kind: 'number', code: 'inspectedUnits', label: 'Số đơn vị được kiểm tra', valueType: 'integer', unit: 'đơn vị', disaggregation: 'none', prefill: null },
      ],
    },
    {
      code: 'nationalStrategy',
      title: 'Triển khai, thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030 và các chương trình, đề án liên quan',
      order: 5,
      items: [
        {
          kind: 'targets',
          code: 'strategyTargets',
          label: 'Đánh giá kết quả thực hiện các chỉ tiêu (đạt / chưa đạt / không đánh giá được, nêu lý do)',
          targets: [
            { code: 'womenKeyLeaders2025', label: 'Cơ quan, đơn vị có lãnh đạo chủ chốt là nữ: 60% vào năm 2025, 75% vào năm 2030', source: `${NQ28}; ${QD2282}` },
            { code: 'genderKnowledge2025', label: 'Người được tiếp cận kiến thức cơ bản về bình đẳng giới: 60% vào năm 2025, 80% vào năm 2030', source: NQ28 },
            { code: 'genderInCurricula', label: 'Nội dung về giới, bình đẳng giới được đưa vào chương trình giáo dục và giảng dạy trong các trường sư phạm từ năm 2025', source: NQ28 },
            { code: 'minorityPrimary', label: 'Trẻ em gái và trẻ em trai người dân tộc thiểu số hoàn thành bậc tiểu học: trên 90% vào năm 2025, khoảng 99% vào năm 2030', source: NQ28 },
            { code: 'womenPlanningPool', label: 'Nữ trong quy hoạch chức danh lãnh đạo, quản lý: ít nhất 40% vào năm 2025, 50% vào năm 2030', source: QD2282 },
            { code: 'planningPoolTrained', label: 'Nữ trong quy hoạch được đào tạo, bồi dưỡng: 75% vào năm 2025, 90% vào năm 2030', source: QD2282 },
          ],
        },
      ],
    },
    {
      code: 'emulation',
      title: 'Phong trào thi đua, khen thưởng',
      order: 6,
      items: [
        { kind: 'number', code: 'commendedCollectives', label: 'Số tập thể được khen thưởng, biểu dương về công tác bình đẳng giới, vì sự tiến bộ của phụ nữ', valueType: 'integer', unit: 'tập thể', disaggregation: 'none', prefill: null },
        { kind: 'number', code: 'commendedPeople', label: 'Số cá nhân được khen thưởng, biểu dương', valueType: 'integer', unit: 'người', disaggregation: 'sex', prefill: null },
      ],
    },
    {
      code: 'assessment',
      title: 'Đánh giá chung và đề xuất, kiến nghị',
      order: 7,
      items: [
        { kind: 'text', code: 'results', label: 'Kết quả đạt được', hint: 'Những việc đã làm được trong kỳ báo cáo, kết quả nổi bật.', required: true },
        { kind: 'text', code: 'limitations', label: 'Hạn chế', hint: null, required: true },
        { kind: 'text', code: 'causes', label: 'Nguyên nhân', hint: 'Nguyên nhân khách quan và chủ quan của những hạn chế.', required: true },
        { kind: 'text', code: 'proposals', label: 'Đề xuất, kiến nghị', hint: null, required: false },
      ],
    },
  ],
  rules: [
    { id: 'staff-female-le-total', expression: 'staff.female <= staff.total', severity: 'error', message: 'Số cán bộ, giáo viên, nhân viên nữ ({staff.female}) không được lớn hơn tổng số ({staff.total})' },
    { id: 'staff-sex-sum', expression: 'staff.female + staff.male == staff.total', severity: 'error', message: 'Số nữ cộng số nam phải bằng tổng số cán bộ, giáo viên, nhân viên ({staff.total})' },
    { id: 'managers-le-staff', expression: 'managers.total <= staff.total', severity: 'error', message: 'Số cán bộ quản lý ({managers.total}) không được lớn hơn tổng số cán bộ, giáo viên, nhân viên ({staff.total})' },
    { id: 'managers-female-le-staff-female', expression: 'managers.female <= staff.female', severity: 'warning', message: 'Số cán bộ quản lý nữ ({managers.female}) lớn hơn số cán bộ nữ ({staff.female}): đề nghị giải trình' },
    { id: 'planning-female-le-total', expression: 'planning.female <= planning.total', severity: 'error', message: 'Số nữ trong quy hoạch ({planning.female}) không được lớn hơn tổng số trong quy hoạch ({planning.total})' },
    { id: 'planning-trained-le-planning', expression: 'planningTrained.female <= planning.female', severity: 'warning', message: 'Số nữ trong quy hoạch được bồi dưỡng lớn hơn số nữ trong quy hoạch: đề nghị giải trình' },
    { id: 'comm-events-none', expression: 'commEvents > 0', severity: 'notice', message: 'Đơn vị chưa tổ chức buổi tuyên truyền nào trong kỳ: xác nhận số liệu' },
  ],
};
