/**
 * Documents for the writer's tests and the benchmark, deterministic (no randomness, no
 * clock): a plan of about ten pages shaped like the Thanh Trì and Lào Cai seeds, a short
 * guidance letter like the Bến Cát seed, and a report with its figures and an annex of one
 * row per school.
 */
import { emptyPlanDocument, type Citation, type PlanDocument, type PlanItem, type PlanSection } from '../../../common/plans/plan-document.ts';
import { formatNumber } from '../../../common/text/format.ts';
import type { AnnexTable, OfficialReport } from './report-docx.ts';

const citation = (lead: Citation['lead'], type: string, number: string, date: string, issuer: string, title: string, text = ''): Citation => ({ lead, type, number, date, issuer, title, text });

const TEN_PAGE_BASES: Citation[] = [
  citation('Căn cứ', 'Luật', '73/2006/QH11', '2006-11-29', 'Quốc hội', 'Bình đẳng giới'),
  citation('Căn cứ', 'Nghị quyết', '28/NQ-CP', '2021-03-03', 'Chính phủ', 'ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030'),
  citation('Căn cứ', 'Quyết định', '2282/QĐ-TTg', '2020-12-31', 'Thủ tướng Chính phủ', 'phê duyệt Chương trình "Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021-2030"'),
  citation('Thực hiện', 'Quyết định', '383/QĐ-BGDĐT', '2022-01-26', 'Bộ Giáo dục và Đào tạo', 'ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ và bình đẳng giới giai đoạn 2021-2030'),
  citation('Thực hiện', 'Kế hoạch', '331/KH-UBND', '2021-12-31', 'UBND thành phố Hà Nội', 'thực hiện chương trình truyền thông về bình đẳng giới trên địa bàn thành phố Hà Nội đến năm 2030'),
  citation('Thực hiện', 'Kế hoạch', '36/KH-UBND', '2022-01-27', 'UBND thành phố Hà Nội', 'tuyên truyền, phổ biến giáo dục pháp luật cho phụ nữ trên địa bàn thành phố Hà Nội giai đoạn 2022-2026'),
  citation('Thực hiện', 'Quyết định', '73/QĐ-UBND', '2023-01-05', 'UBND thành phố Hà Nội', 'ban hành đề án "Tuyên truyền nâng cao nhận thức về bình đẳng giới và kiến thức pháp luật cho phụ nữ dân tộc thiểu số giai đoạn 2022-2025"'),
  citation('Thực hiện', 'Kế hoạch', '07/KH-UBND', '2025-01-06', 'UBND thành phố Hà Nội', 'thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn thành phố Hà Nội năm 2025'),
  citation('Thực hiện', 'Kế hoạch', '89/KH-UBND', '2025-02-24', 'UBND huyện Thanh Trì', 'thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn huyện Thanh Trì năm 2025'),
  { lead: 'Căn cứ', type: null, number: null, date: null, issuer: null, title: null, text: 'Căn cứ tình hình thực tế của ngành Giáo dục và Đào tạo huyện Thanh Trì;' },
];

/** Phrases a plan's tasks are made of; each item joins an action, an object and a purpose. */
const ACTIONS = [
  'Tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến',
  'Tổ chức quán triệt, triển khai đầy đủ, kịp thời',
  'Lồng ghép có hiệu quả',
  'Rà soát, bổ sung và hoàn thiện',
  'Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng về',
  'Phối hợp với Hội liên hiệp Phụ nữ và Công đoàn ngành triển khai',
  'Tăng cường kiểm tra, giám sát việc thực hiện',
  'Xây dựng và nhân rộng các mô hình điểm về',
  'Đa dạng hóa hình thức truyền thông về',
  'Chỉ đạo các đơn vị trường học chủ động thực hiện',
  'Tham mưu cấp ủy, chính quyền địa phương triển khai',
  'Định kỳ sơ kết, đánh giá kết quả thực hiện',
];
const OBJECTS = [
  'chính sách, pháp luật về bình đẳng giới, vì sự tiến bộ của phụ nữ',
  'Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình và các văn bản hướng dẫn thi hành',
  'nội dung giáo dục về giới và bình đẳng giới trong chương trình giáo dục',
  'công tác quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ trong các cơ sở giáo dục',
  'các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới (từ ngày 15/11 đến ngày 15/12)',
  'Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới',
  'các biện pháp phòng ngừa bạo lực học đường, xâm hại trẻ em',
  'việc thống kê số liệu đội ngũ và học sinh có phân tách theo giới tính',
  'các hoạt động chăm sóc sức khỏe cho nữ cán bộ, giáo viên, nhân viên',
  'kỹ năng sống, giáo dục giới tính phù hợp với lứa tuổi cho học sinh các cấp học',
  'chính sách hỗ trợ nữ giáo viên người dân tộc thiểu số',
  'Chương trình truyền thông về bình đẳng giới đến năm 2030 trong các cơ sở giáo dục',
];
const PURPOSES = [
  'nhằm nâng cao nhận thức, trách nhiệm của cán bộ quản lý, giáo viên, nhân viên, học sinh và cha mẹ học sinh.',
  'bảo đảm phụ nữ và nam giới được tham gia, thụ hưởng bình đẳng trong mọi hoạt động của nhà trường.',
  'phù hợp với điều kiện thực tế của từng đơn vị, tránh hình thức, lãng phí.',
  'góp phần thu hẹp khoảng cách giới, nâng cao vị thế của phụ nữ trong ngành Giáo dục.',
  'tạo chuyển biến rõ nét về nhận thức và hành động trong toàn ngành.',
  'gắn với việc thực hiện nhiệm vụ năm học và phong trào thi đua của ngành.',
  'bảo đảm đúng tiến độ, chất lượng và hiệu quả theo yêu cầu của cấp trên.',
];

function taskText(index: number): string {
  const action = ACTIONS[index % ACTIONS.length]!;
  const object = OBJECTS[(index * 5 + 3) % OBJECTS.length]!;
  const purpose = PURPOSES[(index * 3 + 1) % PURPOSES.length]!;
  // Two tasks in three stop at their object: plans mix short and long items.
  return index % 3 !== 0 ? `${action} ${object}.` : `${action} ${object}, ${purpose}`;
}

let itemCounter = 0;
function items(count: number, label: string | null = '-', kind: PlanItem['kind'] = 'text'): PlanItem[] {
  return Array.from({ length: count }, () => ({ label, text: taskText(itemCounter++), kind }));
}

const section = (label: string | null, title: string, role: PlanSection['role'], sectionItems: PlanItem[], sections: PlanSection[] = [], assignedKinds?: string[]): PlanSection => ({
  label,
  title,
  role,
  items: sectionItems,
  sections,
  ...(assignedKinds ? { assignedKinds } : {}),
});

/** A plan of about ten printed pages: ten legal bases, six parts, about 120 items, recipients and signer. */
export function tenPagePlanDocument(): PlanDocument {
  itemCounter = 0;
  const targets: PlanItem[] = [
    '100% cán bộ, giáo viên, nhân viên được tuyên truyền, phổ biến Luật Bình đẳng giới và Luật Phòng, chống bạo lực gia đình.',
    'Phấn đấu 70% cán bộ, giáo viên, nhân viên, cha mẹ học sinh và học sinh được nâng cao nhận thức về bình đẳng giới.',
    '100% nữ cán bộ quản lý và nữ trong diện quy hoạch được bồi dưỡng kiến thức, kỹ năng lãnh đạo, quản lý.',
    'Tỷ lệ nữ trong quy hoạch chức danh lãnh đạo, quản lý các trường học đạt từ 40% trở lên.',
    'Ít nhất 60% đơn vị trường học có lãnh đạo chủ chốt là nữ.',
    '100% đơn vị trường học thành lập hoặc kiện toàn Ban Vì sự tiến bộ phụ nữ khi có thay đổi nhân sự.',
    '100% trường học lồng ghép nội dung bình đẳng giới vào các hoạt động giáo dục ngoài giờ lên lớp.',
    'Không để xảy ra vụ việc bạo lực học đường, xâm hại trẻ em nghiêm trọng trong các cơ sở giáo dục.',
  ].map((text) => ({ label: '-', text, kind: 'text' as const }));
  const tasks: PlanSection[] = [
    section('1.', 'Tuyên truyền, phổ biến giáo dục chính sách pháp luật, kiến thức về giới và bình đẳng giới', 'tasks', items(12)),
    section('2.', 'Nâng cao chất lượng công tác cán bộ nữ', 'tasks', [], [
      section('a)', 'Công tác quy hoạch, đào tạo, bồi dưỡng', 'tasks', items(5, '-', 'task')),
      section('b)', 'Công tác bổ nhiệm, sử dụng cán bộ nữ', 'tasks', items(5, '-', 'task')),
    ]),
    section('3.', 'Lồng ghép giới trong hoạt động giáo dục', 'tasks', [
      { label: '-', text: 'Nhiệm vụ:', kind: 'text' },
      ...items(6, '+', 'task'),
      { label: '-', text: 'tọa đàm, mít tinh, viết bài, hội thảo, phát tài liệu, thông tin bài viết, phóng sự, đăng tin, đăng ảnh về các nội dung, hoạt động bình đẳng giới, vì sự tiến bộ của phụ nữ.', kind: 'form' },
      { label: '-', text: 'cán bộ quản lý, giáo viên, nhân viên, học sinh các cơ sở giáo dục; cha mẹ học sinh và cộng đồng.', kind: 'audience' },
    ]),
    section('4.', 'Phòng ngừa, ứng phó với bạo lực trên cơ sở giới trong trường học', 'tasks', items(11)),
    section('5.', 'Chăm lo đời sống, sức khỏe cho nữ cán bộ, giáo viên, nhân viên', 'tasks', items(10)),
    section('6.', 'Kiểm tra, giám sát và thống kê số liệu về giới', 'tasks', items(10)),
  ];
  const organisation: PlanSection[] = [
    section('1.', 'Phòng Giáo dục và Đào tạo', 'organisation', items(10)),
    section('2.', 'Các trường mầm non, tiểu học và trung học cơ sở', 'organisation', items(14), [], ['MN', 'TH', 'THCS']),
    section('3.', 'Công đoàn giáo dục huyện', 'organisation', items(8)),
  ];
  return {
    ...emptyPlanDocument('plan'),
    issuer: { parent: 'UBND HUYỆN THANH TRÌ', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' },
    number: '5/KH-PGDĐT',
    place: 'Thanh Trì',
    date: '2025-03-05',
    year: 2025,
    title: 'Triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục và Đào tạo huyện Thanh Trì năm 2025',
    period: { fromYear: 2025, toYear: 2025 },
    legalBases: TEN_PAGE_BASES,
    preamble: [
      'Ban Vì sự tiến bộ phụ nữ ngành Giáo dục và Đào tạo huyện Thanh Trì ban hành Kế hoạch triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục và Đào tạo huyện Thanh Trì năm 2025 như sau:',
    ],
    sections: [
      section('I.', 'MỤC ĐÍCH, YÊU CẦU', 'purposes', [], [section('1.', 'Mục đích', 'purposes', items(5)), section('2.', 'Yêu cầu', 'purposes', items(5))]),
      section('II.', 'CHỈ TIÊU', 'targets', targets),
      section('III.', 'NỘI DUNG, NHIỆM VỤ TRỌNG TÂM', 'tasks', [], tasks),
      section('IV.', 'KINH PHÍ THỰC HIỆN', 'budget', [
        { label: '-', text: 'Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên của Phòng Giáo dục và Đào tạo và các đơn vị trường học theo phân cấp ngân sách hiện hành.', kind: 'text' },
        { label: '-', text: 'Việc lập dự toán, quản lý, sử dụng và thanh quyết toán kinh phí thực hiện theo Thông tư số 191/2009/TT-BTC ngày 01/10/2009 của Bộ Tài chính hướng dẫn quản lý và sử dụng kinh phí hoạt động bình đẳng giới và vì sự tiến bộ của phụ nữ.', kind: 'text' },
        { label: '-', text: 'Huy động các nguồn lực xã hội hóa hợp pháp từ các cơ quan, tổ chức, cá nhân để tăng tính bền vững, hiệu quả trong thực hiện công tác bình đẳng giới.', kind: 'text' },
      ]),
      section('V.', 'TỔ CHỨC THỰC HIỆN', 'organisation', [], organisation),
      section('VI.', 'CHẾ ĐỘ BÁO CÁO', 'reporting', [
        { label: '-', text: 'Các đơn vị trường học báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ 6 tháng đầu năm trước ngày 05/6/2025 và báo cáo năm trước ngày 05/12/2025 về Phòng Giáo dục và Đào tạo (qua bộ phận Tổ chức cán bộ).', kind: 'text' },
        { label: '-', text: 'Báo cáo đánh giá việc thực hiện các chỉ tiêu theo ba mức: đạt, chưa đạt, không đánh giá được; nêu rõ nguyên nhân và đề xuất, kiến nghị.', kind: 'text' },
        { label: '-', text: 'Các trường công bố Kế hoạch của đơn vị trên trang thông tin điện tử và gửi đường link về Phòng Giáo dục và Đào tạo trong tháng 3/2025.', kind: 'text' },
      ]),
    ],
    reportingDeadlines: [
      { label: '6 tháng', day: 5, month: 6, year: 2025 },
      { label: 'năm', day: 5, month: 12, year: 2025 },
    ],
    closing: [
      'Trên đây là Kế hoạch triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025 của ngành Giáo dục và Đào tạo huyện Thanh Trì, đề nghị Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở xây dựng Kế hoạch chi tiết triển khai tại đơn vị. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Phòng Giáo dục và Đào tạo (qua bộ phận Tổ chức cán bộ, email: pgd-thanhtri@hanoiedu.vn) để được hướng dẫn./.',
    ],
    recipients: ['Sở GD&ĐT Hà Nội', 'Hội liên hiệp Phụ nữ huyện', 'Đ/c Nguyễn Văn Hưng - PCT UBND huyện', 'Ban VSTBPN ngành GD&ĐT', 'Các trường MN, TH, THCS trong huyện', 'Lưu: VT, TCCB'],
    signer: { authority: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: 'Phạm Văn Ngát' },
  };
}

/** A short plan like the seeds: the shape the structural tests check line by line. */
export function shortPlanDocument(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    ...tenPagePlanDocument(),
    sections: [
      section('I.', 'MỤC ĐÍCH, YÊU CẦU', 'purposes', [], [
        section('1.', 'Mục đích', 'purposes', [{ label: '-', text: 'Nâng cao nhận thức về bình đẳng giới trong đội ngũ cán bộ, giáo viên, nhân viên.', kind: 'text' }], [
          section('a)', 'Chi tiết', 'purposes', [{ label: '+', text: 'Tổ chức các buổi sinh hoạt chuyên đề.', kind: 'task', responsible: 'Ban VSTBPN', timeframe: 'Tháng 3/2025' }], [
            section(null, 'Ghi chú', 'purposes', []),
          ]),
        ]),
      ]),
      section('II.', 'NỘI DUNG', 'tasks', [
        { label: '-', text: 'tọa đàm, hội thảo, phát tài liệu.', kind: 'form' },
        { label: '-', text: 'Đối tượng: cán bộ quản lý, giáo viên.', kind: 'audience' },
      ]),
    ],
    ...overrides,
  };
}

/** A guidance letter (Công văn) like the Bến Cát seed. */
export function guidanceLetterDocument(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    ...emptyPlanDocument('letter'),
    issuer: { parent: 'UBND THỊ XÃ BẾN CÁT', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' },
    number: '360/PGDĐT-TCCB',
    place: 'Bến Cát',
    date: '2023-05-12',
    year: 2023,
    subject: 'hướng dẫn triển khai công tác vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2023',
    addressees: ['Các trường công lập trực thuộc'],
    title: 'hướng dẫn triển khai công tác vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2023',
    legalBases: [
      citation('Căn cứ', 'Công văn', '1460/BGDĐT-NGCBQLGD', '2023-04-05', 'Bộ Giáo dục và Đào tạo', 'hướng dẫn triển khai công tác Vì sự tiến bộ phụ nữ và Bình đẳng giới năm 2023'),
      citation('Căn cứ', 'Công văn', '958/SGDĐT-TCCB', '2023-05-10', 'Sở Giáo dục và Đào tạo', 'hướng dẫn triển khai công tác vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2023'),
    ],
    preamble: ['Phòng Giáo dục và Đào tạo hướng dẫn triển khai công tác VSTBPN và công tác BĐG năm 2023 như sau:'],
    sections: [
      section('1.', 'Tăng cường phối hợp liên ngành nhằm thực hiện tốt công tác VSTBPN, BĐG và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', 'tasks', [
        { label: '-', text: 'Phối hợp triển khai các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về công tác phụ nữ, công tác cán bộ nữ.', kind: 'task' },
        { label: '-', text: 'Thực hiện Chiến lược quốc gia về BĐG giai đoạn 2021-2030; Chương trình Phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021-2025.', kind: 'task' },
      ]),
      section('2.', 'Chế độ báo cáo', 'reporting', [
        { label: '-', text: 'Báo cáo 06 tháng đầu năm trước ngày 15/5/2023, báo cáo tổng kết trước ngày 15/12/2023 và gửi bản scan qua địa chỉ e-mail: tccbpqdbencat@bc.sgdbinhduong.edu.vn.', kind: 'text' },
      ]),
    ],
    closing: ['Nhận được công văn này, đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc./.'],
    recipients: ['Như trên', 'Lưu: VT, TCCB'],
    signer: { authority: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: 'Nguyễn Thị Thu Hà' },
    ...overrides,
  };
}

const SCHOOL_KINDS = ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS', 'Trường TH và THCS'];
const COMMUNES = ['Bắc Hà', 'Bảo Thắng', 'Bát Xát', 'Mường Khương', 'Si Ma Cai', 'Sa Pa', 'Văn Bàn', 'Bảo Yên', 'Cam Đường', 'Cốc San', 'Tả Van', 'Thanh Phú'];

/** The same pseudo-random sequence every run (a linear congruential generator). */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const GROUPS = ['Tổng số CB, GV, NV', 'Cán bộ quản lý', 'Giáo viên', 'Nhân viên', 'Người DTTS'];

/** One row per school: staff by group, total and women, and the share of women among managers and teachers. */
export function schoolsTable(schools: number): AnnexTable {
  const next = sequence(2025);
  const sums = new Array<number>(10).fill(0);
  const rows = Array.from({ length: schools }, (_, index) => {
    const managers = 2 + Math.floor(next() * 3);
    const teachers = 15 + Math.floor(next() * 70);
    const staff = 3 + Math.floor(next() * 8);
    const womenManagers = Math.floor(next() * (managers + 1));
    const womenTeachers = Math.floor(teachers * (0.55 + next() * 0.4));
    const womenStaff = Math.floor(staff * (0.4 + next() * 0.5));
    const total = managers + teachers + staff;
    const women = womenManagers + womenTeachers + womenStaff;
    const minority = Math.floor(total * next() * 0.6);
    const womenMinority = Math.floor(minority * (0.5 + next() * 0.4));
    const figures = [total, women, managers, womenManagers, teachers, womenTeachers, staff, womenStaff, minority, womenMinority];
    figures.forEach((value, column) => (sums[column]! += value));
    const name = `${SCHOOL_KINDS[index % SCHOOL_KINDS.length]} ${COMMUNES[Math.floor(index / SCHOOL_KINDS.length) % COMMUNES.length]} số ${Math.floor(index / (SCHOOL_KINDS.length * COMMUNES.length)) + 1}`;
    return [String(index + 1), name, ...figures, (100 * womenManagers) / managers, (100 * womenTeachers) / teachers];
  });
  const share = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null);
  return {
    columns: [
      { header: 'TT', width: 4 },
      { header: 'Tên trường', width: 26 },
      ...GROUPS.flatMap(() => [
        { header: 'Tổng số', numeric: true },
        { header: 'Nữ', numeric: true },
      ]),
      { header: 'CBQL nữ (%)', numeric: true },
      { header: 'GV nữ (%)', numeric: true },
    ],
    headerRows: [[{ text: 'TT', rowSpan: 2 }, { text: 'Tên trường', rowSpan: 2 }, ...GROUPS.map((text) => ({ text, colSpan: 2 })), { text: 'Tỷ lệ nữ', colSpan: 2 }]],
    rows,
    totalRow: ['', 'Tổng cộng', ...sums, share(sums[3]!, sums[2]!), share(sums[5]!, sums[4]!)],
  };
}

/** A province's year report with its summary figures (Phụ lục I) and one row per school (Phụ lục II, landscape). */
export function reportWithSchoolsAnnex(schools: number): OfficialReport {
  itemCounter = 0;
  const table = schoolsTable(schools);
  const total = table.totalRow!;
  const summary: AnnexTable = {
    title: 'Biểu 1. Đội ngũ cán bộ, giáo viên, nhân viên',
    columns: [{ header: 'TT', width: 8 }, { header: 'Chỉ tiêu', width: 47 }, { header: 'Tổng số', numeric: true }, { header: 'Nữ', numeric: true }, { header: 'Tỷ lệ nữ (%)', numeric: true }],
    rows: GROUPS.map((group, index) => {
      const all = total[2 + index * 2] as number;
      const women = total[3 + index * 2] as number;
      return [String(index + 1), group, all, women, all > 0 ? (100 * women) / all : null];
    }),
  };
  const document: PlanDocument = {
    ...emptyPlanDocument('report'),
    issuer: { parent: 'UBND TỈNH LÀO CAI', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' },
    number: '15/BC-SGDĐT',
    place: 'Lào Cai',
    date: '2025-12-05',
    year: 2025,
    title: 'Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục và Đào tạo năm 2025',
    preamble: ['Thực hiện Kế hoạch số 07/KH-BVSTBPN ngày 06/01/2025 của Ban Vì sự tiến bộ phụ nữ tỉnh Lào Cai, Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025 như sau:'],
    sections: [
      section('I.', 'KẾT QUẢ THỰC HIỆN', 'other', [], [
        section('1.', 'Công tác tuyên truyền', 'other', items(3)),
        section('2.', 'Công tác cán bộ nữ', 'other', [{ label: '-', text: `Toàn ngành có ${formatNumber(total[2] as number)} cán bộ, giáo viên, nhân viên, trong đó nữ ${formatNumber(total[3] as number)} người; số liệu chi tiết tại Phụ lục I và Phụ lục II kèm theo.`, kind: 'text' }]),
      ]),
      section('II.', 'ĐÁNH GIÁ CHUNG', 'other', items(2, null)),
      section('III.', 'ĐỀ XUẤT, KIẾN NGHỊ', 'other', items(2)),
    ],
    closing: ['Trên đây là báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025 của Sở Giáo dục và Đào tạo tỉnh Lào Cai./.'],
    recipients: ['Ban VSTBPN tỉnh Lào Cai (để b/c)', 'Bộ GD&ĐT (để b/c)', 'Lãnh đạo Sở', 'Lưu: VT, TCCB'],
    signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Đỗ Minh Tâm' },
  };
  return {
    document,
    annexes: [
      { label: 'Phụ lục I', caption: '', title: 'SỐ LIỆU TỔNG HỢP ĐỘI NGŨ NĂM 2025', tables: [summary] },
      { label: 'Phụ lục II', caption: '', title: 'SỐ LIỆU ĐỘI NGŨ THEO TRƯỜNG HỌC', tables: [table] },
    ],
  };
}
