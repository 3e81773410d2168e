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
 *   edits; the header, recipients and signer become the child's own.
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
    title: source.title,
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
