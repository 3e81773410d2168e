/**
 * The cascade (issue 5): a unit starts its plan from its parent's. Every unit copies its
 * parent's plan into its own each year; here the copy is made from the structure, so it
 * keeps what should carry over and nothing that belongs to the parent alone:
 *
 * - the parent's legal bases start the child's chain, followed by the parent's plan itself
 *   as "Thực hiện Kế hoạch số … của …";
 * - the tasks the parent assigned to this kind of unit (the sections of "Tổ chức thực hiện"
 *   addressed to "các trường MN, TH, THCS", to "Phòng GD&ĐT", …) become the child's tasks;
 * - the parent's purposes, targets and reporting deadlines are carried as a start the unit
 *   edits; the header, recipients and signer become the child's own;
 * - the title keeps the parent's subject and years but names the child (titleForUnit).
 */
import type { Citation, PlanDocument, PlanItem, PlanSection, ReportingDeadline } from './plan-document.ts';
import { documentSymbolOf, romanNumeral } from './symbols.ts';

export interface ParentPlanRef {
  id: number;
  content: PlanDocument;
  number: string | null;
  issuedOn: string | null;
  unitName: string;
}

export interface ChildUnitRef {
  name: string;
  /** unit_kinds.code: 'MN', 'TH', 'PGD', … */
  kindCode: string;
  isSchool: boolean;
  /** The parent unit's name, for the header's top line. */
  parentName: string;
}

/**
 * What the parent's plan asks of units of `kindCode`: the items of every section addressed
 * to that kind. A sub-section without an address of its own belongs to its section's
 * addressees ("2. Các trường MN, TH, THCS" → "a) …"); one with its own is judged by it.
 */
export function tasksAssignedTo(parent: PlanDocument, kindCode: string): PlanItem[] {
  const assigned: PlanItem[] = [];
  const visit = (sections: readonly PlanSection[], inherited: boolean) => {
    for (const section of sections) {
      const addressed = section.assignedKinds && section.assignedKinds.length > 0 ? section.assignedKinds.includes(kindCode) : inherited;
      if (addressed) assigned.push(...section.items.map((item) => ({ ...item, kind: item.kind === 'text' ? ('task' as const) : item.kind })));
      visit(section.sections, addressed);
    }
  };
  visit(parent.sections, false);
  return assigned;
}

/** The parent's plan as a citation of the child's legal bases. */
export function citationOfPlan(parent: ParentPlanRef): Citation {
  const number = parent.number ?? parent.content.number;
  const date = parent.issuedOn ?? parent.content.date;
  const parts = [
    'Thực hiện Kế hoạch',
    number && !number.startsWith('/') ? `số ${number}` : null,
    date ? `ngày ${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}/${date.slice(0, 4)}` : null,
    `của ${parent.unitName}`,
    parent.content.title ? `về ${lowerFirst(parent.content.title)}` : null,
  ];
  return {
    lead: 'Thực hiện',
    type: 'Kế hoạch',
    number: number && !number.startsWith('/') ? number : null,
    date,
    issuer: parent.unitName,
    title: parent.content.title || null,
    text: `${parts.filter(Boolean).join(' ')};`,
    legalDocumentId: null,
    planId: parent.id,
  };
}

function lowerFirst(text: string): string {
  return text.length > 0 ? text[0]!.toLocaleLowerCase('vi') + text.slice(1) : text;
}

/** "năm 2025", "năm học 2024-2025", "năm 2016 – 2018", "giai đoạn 2021-2025", "từ năm 2016 đến năm 2018" closing a title. */
const TITLE_YEARS = /\s+((?:năm học|năm|giai đoạn|từ năm)\s+\d{4}(?:\s*[-–—]\s*\d{4}|\s+đến\s+năm\s+\d{4})?)\s*[.;]?$/iu;

/**
 * Where a title names its issuer — by its sector ("ngành Giáo dục và Đào tạo huyện Thanh
 * Trì", "Ngành giáo dục và đào tạo tỉnh Lào Cai"), its area ("trên địa bàn Quận 7", "trong
 * các cơ sở giáo dục trên địa bàn xã") or itself ("của UBND xã Đại Thanh", "tại đơn vị",
 * "trong nhà trường"). Only the start of the naming is matched; it runs to the years.
 */
const ISSUER_NAMING = new RegExp(
  [
    '(?:(?:của|trong|tại)\\s+)?(?:toàn\\s+)?ngành\\s+(?:giáo\\s+dục|GD)',
    '(?:trong\\s+(?:các\\s+)?(?:cơ sở giáo dục|nhà trường|trường học|đơn vị)\\s+)?trên\\s+địa\\s+bàn(?!\\p{L})',
    '(?:của|tại)\\s+(?:UBND|Ủy ban|Uỷ ban|Phòng|Sở|Trường|nhà trường|đơn vị|Trung tâm|cơ quan|xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)(?!\\p{L})',
    'trong\\s+(?:các\\s+)?(?:cơ sở giáo dục|nhà trường|trường học|đơn vị)(?!\\p{L})',
  ]
    .map((alternative) => `(?<!\\p{L})${alternative}`)
    .join('|'),
  'giu',
);

/** What would make a match part of the subject rather than the issuer's naming: "của UBND tỉnh về …", "…, …". */
const SUBJECT_GOES_ON = /(?<!\p{L})về(?!\p{L})|,/u;

/** A letter's subject as a plan's title: "hướng dẫn triển khai công tác …" → "Triển khai công tác …". */
function titleOfParent(source: PlanDocument): string {
  const title = source.title.trim();
  if (source.kind !== 'letter') return title;
  const asked = title.replace(/^(?:V\/v|về việc)\s+/iu, '').replace(/^hướng dẫn\s+/iu, '');
  return asked.length > 0 ? asked[0]!.toLocaleUpperCase('vi') + asked.slice(1) : title;
}

/**
 * The child's title: the parent's subject and years, with the child named where the parent
 * named itself. The seeds' titles end "… <issuer> năm 2025" ("… ngành Giáo dục và Đào tạo
 * huyện Thanh Trì năm 2025", "… trên địa bàn Quận 7 năm 2016 – 2018"), so the school's
 * becomes "… tiến bộ của phụ nữ tại Trường Mầm non Ngũ Hiệp năm 2025": "của" as in the
 * seeds' closing lines ("Kế hoạch … năm 2024 của ngành Giáo dục tỉnh Bắc Ninh"), but "tại"
 * after a subject ending "của phụ nữ" (never "của phụ nữ của …") or where the parent wrote
 * "tại đơn vị". A parent that did not name itself (Tân Tiến's "… năm 2022") gets the
 * child's name before its years all the same: every plan in a unit's list would otherwise
 * read alike. A title without years gets the plan's period; an upper-case title stays so.
 */
export function titleForUnit(source: PlanDocument, unitName: string): string {
  const title = titleOfParent(source);
  if (title === '') return '';
  const years = TITLE_YEARS.exec(title);
  const head = years ? title.slice(0, years.index) : title;
  let tail = years ? years[1]! : '';
  if (!years && source.period) {
    const { fromYear, toYear } = source.period;
    tail = fromYear === toYear ? `năm ${fromYear}` : `giai đoạn ${fromYear}-${toYear}`;
  }
  const naming = [...head.matchAll(ISSUER_NAMING)].find((match) => !SUBJECT_GOES_ON.test(head.slice(match.index)));
  const subject = (naming ? head.slice(0, naming.index) : head).trimEnd();
  // "của phụ nữ của Trường …" reads badly: after a subject that ends on "của …", "tại".
  const endsOnOf = /(?<!\p{L})của\s+\p{L}+(?:\s+\p{L}+)?$/iu.test(subject);
  const preposition = (naming && /^tại(?!\p{L})/iu.test(naming[0])) || endsOnOf ? 'tại' : 'của';
  const isUpperCase = subject === subject.toLocaleUpperCase('vi');
  const name = isUpperCase ? unitName.toLocaleUpperCase('vi') : unitName;
  const words = [subject, isUpperCase ? preposition.toLocaleUpperCase('vi') : preposition, name, isUpperCase ? tail.toLocaleUpperCase('vi') : tail];
  return words.filter(Boolean).join(' ');
}

function carriedDeadlines(deadlines: readonly ReportingDeadline[]): ReportingDeadline[] {
  return deadlines.map(({ label, day, month, year }) => ({ label, month, ...(day ? { day } : {}), ...(year ? { year } : {}) }));
}

export function derivePlanDocument(parent: ParentPlanRef, child: ChildUnitRef): PlanDocument {
  const source = parent.content;
  const purposes = source.sections.filter((section) => section.role === 'purposes');
  const tasks = tasksAssignedTo(source, child.kindCode);
  const sections: PlanSection[] = [
    ...purposes.map((section, index) => ({ ...section, label: romanLabel(index + 1) })),
    {
      label: romanLabel(purposes.length + 1),
      title: 'NHIỆM VỤ, GIẢI PHÁP',
      role: 'tasks',
      items: tasks,
      sections: [],
    },
    {
      label: romanLabel(purposes.length + 2),
      title: 'TỔ CHỨC THỰC HIỆN',
      role: 'organisation',
      items: [],
      sections: [],
    },
  ];
  return {
    kind: 'plan',
    issuer: { parent: child.parentName.toLocaleUpperCase('vi'), name: child.name.toLocaleUpperCase('vi') },
    number: `/${documentSymbolOf('plan', child.name)}`,
    place: source.place,
    date: null,
    year: source.period?.toYear ?? source.year,
    subject: null,
    addressees: [],
    title: titleForUnit(source, child.name),
    period: source.period,
    legalBases: [...source.legalBases.map((basis) => ({ ...basis })), citationOfPlan(parent)],
    preamble: [],
    sections,
    targets: source.targets.map((target) => ({ ...target })),
    reportingDeadlines: carriedDeadlines(source.reportingDeadlines),
    closing: [],
    recipients: [`${parent.unitName} (để báo cáo)`, 'Lưu: VT'],
    signer: { authority: null, title: child.isSchool ? 'HIỆU TRƯỞNG' : 'TRƯỞNG PHÒNG', name: null },
  };
}

export function romanLabel(value: number): string {
  return `${romanNumeral(value)}.`;
}
