/**
 * The structured plan (issue 5): what a Kế hoạch — or a guidance letter (Công văn), which
 * shares its parts — holds, in the order the document shows it. The importer produces it,
 * the editor edits it, the database stores it (plans.content), the .docx writer prints it.
 *
 * The body is kept as the document's own numbered outline (`sections`), each section
 * tagged with the role it plays (purposes, tasks, organisation, …), so the document
 * round-trips in its author's order while tasks, targets and deadlines stay addressable.
 * Targets and reporting deadlines are also lifted out of the text into their own lists:
 * they are what the system measures and turns into campaigns.
 *
 * Plain zod, no transforms, so the same schema validates the wire, the JSON column and
 * the importer's output (the importer NFC-normalises itself).
 */
import { z } from 'zod';

const text = z.string().max(20_000);
const line = z.string().max(1_000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const DOCUMENT_KINDS = ['plan', 'letter', 'report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** How a citation is introduced in the document: "Căn cứ …" or "Thực hiện …". */
export const CITATION_LEADS = ['Căn cứ', 'Thực hiện'] as const;

/**
 * One legal basis: a document cited by type, number and symbol, date, issuer and title.
 * `type` is the document type in words as Vietnamese writes it ("Luật", "Nghị quyết",
 * "Quyết định", "Kế hoạch", "Công văn", "Chỉ thị", "Chương trình", "Thông tư", …).
 * A basis with no number ("Căn cứ tình hình thực tế …") keeps only its text.
 */
export const citationSchema = z.object({
  lead: z.enum(CITATION_LEADS).nullable(),
  type: line.nullable(),
  /** Number and symbol as one token, spaces removed: "383/QĐ-BGDĐT", "20/2006/NĐ-CP", "73/2006/QH11". */
  number: line.nullable(),
  date: isoDate.nullable(),
  issuer: line.nullable(),
  title: text.nullable(),
  /** The citation as written, NFC, white space folded. */
  text: text,
  /** The legal library's entry, once matched or created (server side). */
  legalDocumentId: z.number().int().positive().nullable().optional(),
  /** When the cited document is a plan stored here (the parent unit's plan). */
  planId: z.number().int().positive().nullable().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/** What an item of the outline is, when the document says so (the Lào Cai blocks). */
export const ITEM_KINDS = ['text', 'task', 'form', 'audience'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * A paragraph of a section: a task, a "Hình thức" or "Đối tượng" line, or plain text.
 * `label` is the bullet or number as written ("-", "+", "a)", "2.1.1.") or null.
 */
export const planItemSchema = z.object({
  label: z.string().max(20).nullable(),
  text: text,
  kind: z.enum(ITEM_KINDS),
  /** Who carries the task out, and with whom; when it is done; its budget. Free text. */
  responsible: line.nullable().optional(),
  coResponsible: line.nullable().optional(),
  timeframe: line.nullable().optional(),
  budget: line.nullable().optional(),
});
export type PlanItem = z.infer<typeof planItemSchema>;

/** The part of the plan a section is; the importer guesses it from the heading, the editor can change it. */
export const SECTION_ROLES = ['purposes', 'tasks', 'targets', 'budget', 'organisation', 'reporting', 'other'] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

export interface PlanSection {
  /** "I.", "1.", "2.1.", "a)" … as written; null for an unnumbered heading. */
  label: string | null;
  title: string;
  role: SectionRole;
  /**
   * For a section of "Tổ chức thực hiện" that names the units it instructs
   * ("Các trường MN, TH, THCS", "Phòng GD&ĐT huyện/thị xã"): the unit kinds (codes of
   * unit_kinds: 'MN', 'TH', 'THCS', 'PGD', 'GDNN-GDTX', …) it is addressed to, so the
   * cascade can hand its items to those units' own plans. Empty when it names none.
   */
  assignedKinds?: string[];
  items: PlanItem[];
  sections: PlanSection[];
}

export const planSectionSchema: z.ZodType<PlanSection> = z.lazy(() =>
  z.object({
    label: z.string().max(20).nullable(),
    title: text,
    role: z.enum(SECTION_ROLES),
    assignedKinds: z.array(z.string().max(40)).max(50).optional(),
    items: z.array(planItemSchema).max(2_000),
    sections: z.array(planSectionSchema).max(500),
  }),
);

/** A numeric target found in the plan ("70% cán bộ … được nâng cao nhận thức"). */
export const planTargetSchema = z.object({
  text: text,
  value: z.number(),
  /** "%", "người", "lớp", "trường", … as written. */
  unit: z.string().max(40),
  year: z.number().int().min(1990).max(2100).nullable(),
  /** An indicator of the targets module when one matches (e.g. a national target's code). */
  indicatorCode: z.string().max(60).nullable().optional(),
});
export type PlanTarget = z.infer<typeof planTargetSchema>;

/**
 * A reporting deadline the plan sets: "báo cáo 6 tháng trước ngày 1/6" → { label: '6 tháng',
 * day: 1, month: 6 }; "vào tháng 6 và tháng 12" → two entries with a month only.
 */
export const reportingDeadlineSchema = z.object({
  label: line,
  day: z.number().int().min(1).max(31).optional(),
  month: z.number().int().min(1).max(12),
  year: z.number().int().min(1990).max(2100).optional(),
  /** The sentence it was read from. */
  text: text.optional(),
});
export type ReportingDeadline = z.infer<typeof reportingDeadlineSchema>;

/** Signing authority prefixes of NĐ 30/2020: thay mặt, ký thay, quyền, thừa lệnh, thừa ủy quyền. */
export const SIGNING_AUTHORITIES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;

export const signerSchema = z.object({
  /** The authority line when there is one, as printed: "TM. NHÀ TRƯỜNG", "KT. GIÁM ĐỐC". */
  authority: line.nullable(),
  /** The signer's title: "HIỆU TRƯỞNG", "TRƯỞNG PHÒNG", "PHÓ GIÁM ĐỐC". */
  title: line.nullable(),
  /** Further title lines under the first ("PHÓ GIÁM ĐỐC SỞ GD&ĐT" under "TRƯỞNG BAN"). */
  extraTitles: z.array(line).max(5).optional(),
  name: line.nullable(),
});
export type Signer = z.infer<typeof signerSchema>;

export const planDocumentSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  /** The header's top-left block: the parent body over the issuing body. */
  issuer: z.object({ parent: line.nullable(), name: line.nullable() }),
  /** "Số: …" as one token without spaces, "360/PGDĐT-TCCB"; "/KH-PGDĐT" when the number is left blank; null when absent. */
  number: line.nullable(),
  place: line.nullable(),
  /** The document's date, null when the document leaves day or month blank ("ngày   tháng   năm 2021"). */
  date: isoDate.nullable(),
  /** The year of the date line even when day and month are blank. */
  year: z.number().int().min(1990).max(2100).nullable(),
  /** A letter's "V/v …" line. */
  subject: text.nullable(),
  /** A letter's "Kính gửi:" lines. */
  addressees: z.array(line).max(100),
  /** The summary line under KẾ HOẠCH (for a letter, its subject). */
  title: text,
  /** The years the plan covers: one for a yearly plan, a range for a multi-year one (2016–2018). */
  period: z.object({ fromYear: z.number().int().min(1990).max(2100), toYear: z.number().int().min(1990).max(2100) }).nullable(),
  legalBases: z.array(citationSchema).max(200),
  /** Paragraphs between the legal bases and the first numbered section ("… xây dựng kế hoạch như sau:"). */
  preamble: z.array(text).max(100),
  sections: z.array(planSectionSchema).max(200),
  targets: z.array(planTargetSchema).max(500),
  reportingDeadlines: z.array(reportingDeadlineSchema).max(50),
  /** Paragraphs after the last section ("Trên đây là Kế hoạch …"). */
  closing: z.array(text).max(50),
  /** "Nơi nhận:" items without the dash and the final ";" / "."; the last is usually "Lưu: VT, …". */
  recipients: z.array(line).max(200),
  signer: signerSchema,
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

/** An empty plan of a unit, the editor's starting point when there is nothing to copy. */
export function emptyPlanDocument(kind: DocumentKind = 'plan'): PlanDocument {
  return {
    kind,
    issuer: { parent: null, name: null },
    number: null,
    place: null,
    date: null,
    year: null,
    subject: null,
    addressees: [],
    title: '',
    period: null,
    legalBases: [],
    preamble: [],
    sections: [],
    targets: [],
    reportingDeadlines: [],
    closing: [],
    recipients: [],
    signer: { authority: null, title: null, name: null },
  };
}
