/**
 * A campaign's official documents, as data for the .docx writer (server/modules/documents):
 * the guidance letter that asks for the reports (Công văn "V/v báo cáo …", "Kính gửi:", like
 * the Bến Cát seed) and a unit's report (Báo cáo) with its figures as annex tables —
 * Phụ lục I the unit's figures (its subtree's rollup when it has units below), Phụ lục II one
 * row per unit below with the main figures. Pure: the service reads, these build.
 */
import type { PlanDocument, PlanSection } from '../../../../common/plans/plan-document.ts';
import { emptyPlanDocument } from '../../../../common/plans/plan-document.ts';
import { documentSymbolOf } from '../../../../common/plans/symbols.ts';
import { dataElementsOf, GROUP_KEYS, MINORITY_KEY, type DataElement, type TemplateItem } from '../../../../common/contracts/templates.ts';
import { formatDate } from '../../../../common/text/format.ts';
import type { Annex, AnnexTable, OfficialReport } from '../../documents/index.ts';
import { ASSESSMENT_LABELS, GROUP_LABELS, MINORITY_LABEL } from './value-labels.ts';
import { romanLabel } from '../../../../common/plans/cascade.ts';

export interface DocumentUnit {
  name: string;
  parentName: string | null;
}

export interface CampaignLetterInput {
  campaign: { name: string; deadline: string; opensOn: string; asOf: string; instructions: string | null; templateName: string };
  issuer: DocumentUnit;
  /** Names of the kinds of unit that must report ("Trường mầm non", "Trường tiểu học"). */
  respondentKinds: string[];
  /** The signer, when the issuing unit's head is known. */
  signer?: { title: string | null; name: string | null };
  today: string;
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

function header(unit: DocumentUnit): PlanDocument['issuer'] {
  return { parent: unit.parentName ? upper(unit.parentName) : null, name: upper(unit.name) };
}

/** "Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2026" → "công tác bình đẳng giới 6 tháng đầu năm 2026". */
function subjectOf(campaignName: string): string {
  const rest = campaignName.replace(/^\s*báo cáo\s+/i, '');
  return rest.length > 0 ? rest[0]!.toLocaleLowerCase('vi') + rest.slice(1) : campaignName;
}

const item = (text: string, label: string | null = '-') => ({ label, text, kind: 'text' as const });

/** The guidance letter of a campaign: who must report what, as of when, by when. */
export function campaignLetter(input: CampaignLetterInput): PlanDocument {
  const { campaign } = input;
  const subject = `báo cáo ${subjectOf(campaign.name)}`;
  const addressees = input.respondentKinds.length > 0 ? input.respondentKinds.map((kind) => `Các ${kind.toLocaleLowerCase('vi')} trực thuộc`) : ['Các đơn vị trực thuộc'];
  const body: PlanSection[] = [
    {
      label: '1.',
      title: 'Nội dung báo cáo',
      role: 'reporting',
      items: [
        item(`Báo cáo theo mẫu "${campaign.templateName}" trên hệ thống BinhDang; số liệu tính đến ngày ${formatDate(campaign.asOf)}.`),
        ...(campaign.instructions ? campaign.instructions.split(/\n+/).filter(Boolean).map((line) => item(line)) : []),
      ],
      sections: [],
    },
    {
      label: '2.',
      title: 'Thời hạn báo cáo',
      role: 'reporting',
      items: [item(`Hệ thống mở nhận báo cáo từ ngày ${formatDate(campaign.opensOn)}; các đơn vị hoàn thành và gửi báo cáo trước ngày ${formatDate(campaign.deadline)}.`)],
      sections: [],
    },
  ];
  const deadline = campaign.deadline;
  return {
    ...emptyPlanDocument('letter'),
    issuer: header(input.issuer),
    number: `/${documentSymbolOf('letter', input.issuer.name)}`,
    year: Number(input.today.slice(0, 4)),
    subject,
    addressees,
    title: subject,
    preamble: [`Để tổng hợp ${subjectOf(campaign.name)}, ${input.issuer.name} đề nghị các đơn vị thực hiện báo cáo như sau:`],
    sections: body,
    reportingDeadlines: [{ label: subjectOf(campaign.name), day: Number(deadline.slice(8, 10)), month: Number(deadline.slice(5, 7)), year: Number(deadline.slice(0, 4)) }],
    closing: [`Nhận được công văn này, đề nghị các đơn vị triển khai thực hiện đúng thời hạn./.`],
    recipients: ['Như trên', 'Lưu: VT'],
    signer: { authority: null, title: input.signer?.title ?? 'TRƯỞNG BAN', name: input.signer?.name ?? null },
  };
}

// ---------------------------------------------------------------------------------------
// The report

export interface ReportDocumentInput {
  campaign: { name: string; issuerName: string; asOf: string };
  definition: { sections: readonly { code: string; title: string; items: readonly TemplateItem[] }[] };
  unit: DocumentUnit;
  /** The unit's own figures, or its subtree's rollup when it has units below. */
  figures: Record<string, number | null | undefined>;
  figuresAreRollup: boolean;
  answers: { texts: Record<string, string>; targets: Record<string, { assessment: string | null; reason: string }> };
  /** The units below, each with its own figures, in the order of the board (may be empty). */
  children: { name: string; parentName: string | null; values: Record<string, number | null | undefined> }[];
  date: string | null;
  signer?: { title: string | null; name: string | null };
}

const SEX_COLUMNS = [
  { header: 'Tổng số', numeric: true },
  { header: 'Nữ', numeric: true },
  { header: 'Nam', numeric: true },
];

/** The unit's figures: one row per element (and per group or "trong đó DTTS"), Tổng số / Nữ / Nam. */
export function figuresTable(elements: readonly DataElement[], values: ReportDocumentInput['figures']): AnnexTable {
  const cell = (key: string) => values[key] ?? null;
  const rows: (string | number | null)[][] = [];
  let index = 0;
  for (const element of elements) {
    index += 1;
    const label = `${element.label} (${element.unit})`;
    if (element.disaggregation === 'none') {
      rows.push([String(index), label, cell(element.code), null, null]);
      continue;
    }
    rows.push([String(index), label, cell(`${element.code}.total`), cell(`${element.code}.female`), cell(`${element.code}.male`)]);
    if (element.disaggregation === 'sex_minority') {
      rows.push(['', `— ${MINORITY_LABEL}`, cell(`${element.code}.total.${MINORITY_KEY}`), cell(`${element.code}.female.${MINORITY_KEY}`), cell(`${element.code}.male.${MINORITY_KEY}`)]);
    }
    if (element.disaggregation === 'sex_group') {
      for (const group of GROUP_KEYS) rows.push(['', `— ${GROUP_LABELS[group]}`, cell(`${element.code}.total.${group}`), cell(`${element.code}.female.${group}`), cell(`${element.code}.male.${group}`)]);
    }
  }
  return { columns: [{ header: 'TT' }, { header: 'Chỉ tiêu' }, ...SEX_COLUMNS], rows };
}

/** How many elements the per-unit table shows: two columns each (Tổng số, Nữ) fit a landscape page. */
export const CHILD_TABLE_ELEMENTS = 6;

/** One row per unit below: the main figures (the first elements with a sex breakdown), total and women. */
export function childrenTable(elements: readonly DataElement[], children: ReportDocumentInput['children']): AnnexTable {
  const shown = elements.filter((element) => element.disaggregation !== 'none').slice(0, CHILD_TABLE_ELEMENTS);
  const keys = shown.flatMap((element) => [`${element.code}.total`, `${element.code}.female`]);
  const sums = keys.map(() => 0);
  const rows = children.map((child, index) => {
    const cells = keys.map((key, column) => {
      const value = child.values[key];
      if (typeof value === 'number') sums[column]! += value;
      return value ?? null;
    });
    return [String(index + 1), child.name, ...cells];
  });
  return {
    columns: [{ header: 'TT', width: 5 }, { header: 'Đơn vị', width: 25 }, ...shown.flatMap((element) => [{ header: `${element.label}: Tổng số`, numeric: true }, { header: 'Nữ', numeric: true }])],
    rows,
    totalRow: ['', 'Tổng cộng', ...sums],
  };
}

export function reportDocument(input: ReportDocumentInput): OfficialReport {
  const elements = dataElementsOf(input.definition);
  const sections: PlanSection[] = [];
  for (const section of input.definition.sections) {
    const items = section.items.flatMap((templateItem) => {
      if (templateItem.kind === 'text') {
        const answer = input.answers.texts[templateItem.code]?.trim();
        return [item(`${templateItem.label}: ${answer || '(chưa có nội dung)'}`, null)];
      }
      if (templateItem.kind === 'targets') {
        return templateItem.targets.map((target) => {
          const answer = input.answers.targets[target.code];
          const assessment = answer?.assessment ? ASSESSMENT_LABELS[answer.assessment as keyof typeof ASSESSMENT_LABELS] : 'Chưa đánh giá';
          return item(`${target.label} (${target.source}): ${assessment}${answer?.reason ? ` — ${answer.reason}` : ''}.`);
        });
      }
      return [];
    });
    const hasFigures = section.items.some((templateItem) => templateItem.kind === 'number');
    if (hasFigures) items.push(item(`Số liệu chi tiết tại Phụ lục I${input.children.length > 0 ? ' và Phụ lục II' : ''} kèm theo.`, null));
    if (items.length > 0) sections.push({ label: romanLabel(sections.length + 1), title: upper(section.title), role: 'other', items, sections: [] });
  }
  const subject = subjectOf(input.campaign.name);
  const document: PlanDocument = {
    ...emptyPlanDocument('report'),
    issuer: header(input.unit),
    number: `/${documentSymbolOf('report', input.unit.name)}`,
    date: input.date,
    year: Number((input.date ?? input.campaign.asOf).slice(0, 4)),
    title: subject[0]!.toLocaleUpperCase('vi') + subject.slice(1),
    preamble: [`Thực hiện yêu cầu của ${input.campaign.issuerName}, ${input.unit.name} báo cáo ${subject} (số liệu tính đến ngày ${formatDate(input.campaign.asOf)}) như sau:`],
    sections,
    closing: [`Trên đây là báo cáo ${subject} của ${input.unit.name}./.`],
    recipients: [`${input.campaign.issuerName} (để b/c)`, 'Lưu: VT'],
    signer: { authority: null, title: input.signer?.title ?? 'TRƯỞNG BAN', name: input.signer?.name ?? null },
  };
  const annexes: Annex[] = [
    {
      label: 'Phụ lục I',
      caption: '',
      title: input.figuresAreRollup ? `SỐ LIỆU TỔNG HỢP CỦA ${upper(input.unit.name)} VÀ CÁC ĐƠN VỊ TRỰC THUỘC` : `SỐ LIỆU CỦA ${upper(input.unit.name)}`,
      tables: [figuresTable(elements, input.figures)],
    },
  ];
  if (input.children.length > 0) {
    annexes.push({ label: 'Phụ lục II', caption: '', title: 'SỐ LIỆU MỘT SỐ CHỈ TIÊU CHÍNH THEO ĐƠN VỊ', tables: [childrenTable(elements, input.children)] });
  }
  return { document, annexes };
}
