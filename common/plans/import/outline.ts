/**
 * The numbered outline of a plan's body: which paragraphs open a section, how sections
 * nest, which are plain items, and what role each section plays.
 *
 * Labels rank from the outside in: "Phần I" > "A." > "I." > "1." > "2.1." > "2.1.1." >
 * "a)" > "(1)" > "-" / "+" / "*". A roman or upper-case label always opens a section. A
 * numbered or lettered paragraph opens one only when it reads like a heading — short, no
 * sentence inside it, no full stop at its end, or a trailing ":" — and something belongs
 * under it (the next paragraph is unlabeled or deeper); otherwise it is an item, as the
 * long numbered prose of seed 000's "Mục đích yêu cầu" is. Bullets never open sections;
 * items are flat in their section and keep their bullet as their label.
 *
 * "Nhiệm vụ:", "Hình thức: …", "Đối tượng: …" blocks (seed 000) tag the items that follow
 * them as task / form / audience until the next block or section. A bare block word
 * ("- Nhiệm vụ:") is dropped: its information is the kind of the items after it.
 */
import type { ItemKind, PlanItem, SectionRole } from '../plan-document.ts';
import { itemsFromTable } from './tables.ts';
import { isUpperCaseText } from './text-shape.ts';
import { unitKindsNamed } from './unit-kinds.ts';

export type LabelKind = 'part' | 'upper-alpha' | 'roman' | 'arabic' | 'dotted' | 'letter' | 'paren' | 'bullet';

export interface ParsedLabel {
  /** The label as written, trimmed ("I.", "2.1.1.", "a)", "-"), or null. */
  label: string | null;
  kind: LabelKind | null;
  /** Nesting rank: smaller is outer. Unlabeled paragraphs rank after every label. */
  rank: number;
  /** The paragraph without its label. */
  rest: string;
}

const UNLABELED_RANK = 100;
/** An unlabeled upper-case heading ("NỘI DUNG") stands at the level of a roman one. */
const UPPER_HEADING_RANK = 2;

const PART = /^((?:PHẦN|Phần)\s{1,3}(?:THỨ\s\p{L}{2,6}|thứ\s\p{L}{2,6}|[IVX]{1,5}|\d{1,2}))(?:\s{0,2}[.:\-–])?(?:\s+|$)/u;
const UPPER_ALPHA = /^([A-H][.)])\s+(?=\p{Lu})/u;
// "I/" only before a space: "V/v …" is a letter's subject, not section V.
const ROMAN = /^([IVX]{1,6}\s{0,2}(?:[.):]|\/(?=\s)|[-–](?=\s)))\s*(?=\S)/u;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,4}(?:[.)]?(?=\s)|\.(?=\p{L})))\s*(?=\S)/u;
const ARABIC = /^(\d{1,2}(?:\s{0,2}(?:[.)]|\/)(?=\s|\p{L})|\s{1,2}[-–](?=\s)))\s*(?=\S)/u;
const LETTER = /^([a-zđ]\s{0,2}[).\/](?:(?=\s)|(?=\p{Lu})))\s*(?=\S)/u;
const PAREN = /^(\((?:\d{1,2}|[a-zđ])\))\s*(?=\S)/u;
const BULLET = /^([-–—+*•·▪►✓❖➢→])\s*(?=\S)/u;
const VALID_ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

const BULLET_RANKS: Record<string, number> = { '-': 10, '–': 10, '—': 10, '+': 11 };

/** The label a paragraph opens with, its kind and rank, and the text after it. */
export function parseLabel(text: string): ParsedLabel {
  const t = text.trim();
  const make = (label: string, kind: LabelKind, rank: number, length: number): ParsedLabel => ({
    label: label.replace(/\s+/g, ' ').trim().slice(0, 20),
    kind,
    rank,
    rest: t.slice(length).trim(),
  });
  let m = PART.exec(t);
  if (m) return make(m[1]!, 'part', 0, m[0].length);
  m = UPPER_ALPHA.exec(t);
  if (m) return make(m[1]!, 'upper-alpha', 1, m[0].length);
  m = ROMAN.exec(t);
  if (m && VALID_ROMAN.test(m[1]!.replace(/[^IVX]/g, ''))) return make(m[1]!, 'roman', 2, m[0].length);
  m = DOTTED.exec(t);
  if (m) {
    const depth = m[1]!.split('.').filter((part) => /^\d+$/.test(part)).length;
    return make(m[1]!, 'dotted', Math.min(2 + depth, 7), m[0].length);
  }
  m = ARABIC.exec(t);
  if (m) return make(m[1]!, 'arabic', 3, m[0].length);
  m = LETTER.exec(t);
  if (m) return make(m[1]!, 'letter', 8, m[0].length);
  m = PAREN.exec(t);
  if (m) return make(m[1]!, 'paren', 9, m[0].length);
  m = BULLET.exec(t);
  if (m) return make(m[1]!, 'bullet', BULLET_RANKS[m[1]!] ?? 12, m[0].length);
  return { label: null, kind: null, rank: UNLABELED_RANK, rest: t };
}

/** Short, one phrase, no full stop at its end (a trailing ":" is fine): how a heading reads. */
export function isHeadingShaped(rest: string, bold = false): boolean {
  const t = rest.trim();
  if (!t || t.length > 300) return false;
  if (isUpperCaseText(t) || bold) return true;
  if (t.length > 250) return false;
  if (!t.endsWith(':') && /[.;!?…,]$/u.test(t)) return false;
  // A sentence ending inside it ("… BDG. Tuyên truyền …") makes it prose.
  return !/\p{Ll}{2}[.!?]\s\p{Lu}/u.test(t);
}

function isUpperHeading(label: ParsedLabel): boolean {
  return label.kind === null && label.rest.length <= 150 && label.rest.includes(' ') && isUpperCaseText(label.rest);
}

const BLOCK = /^(nhiệm vụ|hình thức|đối tượng)((?:\s\p{L}{1,12}){0,4})\s?:\s*/iu;
const BLOCK_KINDS: Record<string, ItemKind> = { 'nhiệm vụ': 'task', 'hình thức': 'form', 'đối tượng': 'audience' };

/** "Nhiệm vụ:", "Hình thức: tọa đàm, …", "Đối tượng thực hiện: …" → the kind, and whether text follows the colon. */
export function blockMarkerOf(text: string): { kind: ItemKind; hasContent: boolean } | null {
  const m = BLOCK.exec(text);
  if (!m) return null;
  return { kind: BLOCK_KINDS[m[1]!.toLocaleLowerCase('vi')]!, hasContent: text.length > m[0].length };
}

// Role from the first words of a heading (its leading "Các", "Những", "Một số" aside).
const ROLE_HEADINGS: ReadonlyArray<[SectionRole, RegExp]> = [
  ['purposes', /^(?:mục đích|yêu cầu)/iu],
  ['targets', /^(?:mục tiêu|chỉ tiêu)/iu],
  ['budget', /^(?:kinh phí|nguồn kinh phí|dự toán kinh phí)/iu],
  ['organisation', /^(?:tổ chức thực hiện(?:\s(?:kế hoạch|và\s.{0,40}))?$|trách nhiệm|phân công)/iu],
  ['reporting', /^(?:chế độ (?:thông tin,?\s)?báo cáo|chế độ thông tin|thông tin,?\s(?:và\s)?báo cáo|báo cáo|kiểm tra,?\s(?:và\s)?báo cáo)/iu],
  ['tasks', /^(?:nội dung|nhiệm vụ|giải pháp|hoạt động|công việc)/iu],
];

/** The role a heading names ("MỤC ĐÍCH, YÊU CẦU" → purposes), or null when it names none. */
export function roleOfHeading(title: string): SectionRole | null {
  const t = title.trim().replace(/:$/, '').replace(/^(?:các|những|một số|nhóm)\s/iu, '');
  if (t.length > 80) return null;
  return ROLE_HEADINGS.find(([, pattern]) => pattern.test(t))?.[0] ?? null;
}

/** A paragraph of the body as the outline sees it. */
export interface OutlineBlock {
  /** Index of the source paragraph, for warnings. */
  index: number;
  text: string;
  bold?: boolean;
  /** Set for a table of the body: its rows of cell texts. */
  rows?: string[][];
}

export interface OutlineItem extends PlanItem {
  index: number;
}

export interface OutlineSection {
  label: string | null;
  title: string;
  index: number;
  rank: number;
  /** The role the heading itself names. */
  ownRole: SectionRole | null;
  /** The role once inherited from the parent (set by resolveRoles). */
  role: SectionRole;
  assignedKinds?: string[];
  items: OutlineItem[];
  sections: OutlineSection[];
}

export interface Outline {
  /** Paragraphs before the first section. */
  preamble: OutlineBlock[];
  sections: OutlineSection[];
}

/** Parses the body's paragraphs into sections, then resolves their roles. */
export function parseOutline(blocks: OutlineBlock[]): Outline {
  const labels = blocks.map((block) => (block.rows ? null : parseLabel(block.text)));
  const preamble: OutlineBlock[] = [];
  const sections: OutlineSection[] = [];
  const stack: OutlineSection[] = [];
  let kind: ItemKind = 'text';

  const opensSection = (i: number): boolean => {
    const label = labels[i];
    if (!label) return false;
    if (label.kind === 'part' || label.kind === 'upper-alpha' || label.kind === 'roman') return true;
    if (label.kind === null) return isUpperHeading(label);
    if (label.kind === 'bullet') return false;
    if (!isHeadingShaped(label.rest, blocks[i]!.bold)) return false;
    // Something must belong under it: the next paragraph unlabeled, a table, or deeper.
    if (i + 1 >= blocks.length) return false;
    const next = labels[i + 1];
    if (!next) return true;
    if (next.kind === null) return !isUpperHeading(next);
    return next.rank > label.rank;
  };

  const addItem = (item: OutlineItem, block: OutlineBlock) => {
    const current = stack[stack.length - 1];
    if (current) current.items.push(item);
    else preamble.push(block);
  };

  blocks.forEach((block, i) => {
    if (block.rows) {
      const items = itemsFromTable(block.rows);
      if (items && stack.length > 0) {
        for (const item of items) addItem({ ...item, index: block.index }, block);
      } else {
        for (const row of block.rows) {
          const cells = row.map((cell) => cell.trim()).filter(Boolean);
          if (cells.length) addItem({ label: null, text: cells.join(' | '), kind, index: block.index }, { index: block.index, text: cells.join(' | ') });
        }
      }
      return;
    }
    const label = labels[i]!;
    if (opensSection(i)) {
      const rank = label.kind === null ? UPPER_HEADING_RANK : label.rank;
      while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
      const title = label.rest.replace(/\s*:$/, '').trim();
      const section: OutlineSection = { label: label.label, title, index: block.index, rank, ownRole: roleOfHeading(title), role: 'other', items: [], sections: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.sections.push(section);
      else sections.push(section);
      stack.push(section);
      kind = 'text';
      return;
    }
    if (label.kind === null || label.kind === 'bullet') {
      const block_ = blockMarkerOf(label.rest);
      if (block_) {
        kind = block_.kind;
        if (!block_.hasContent && stack.length > 0) return;
      }
    }
    addItem({ label: label.label, text: label.rest, kind, index: block.index }, block);
  });

  resolveRoles(sections);
  return { preamble, sections };
}

/**
 * Roles top-down: a section's own heading, else its parent's. When no top-level heading
 * names a role (a guidance letter or a short school plan whose sections are simply its
 * numbered areas of work), the top-level sections are the tasks. Sections under an
 * organisation section get the unit kinds their heading names.
 */
export function resolveRoles(sections: OutlineSection[]): void {
  const topDefault: SectionRole = sections.some((s) => s.ownRole !== null) ? 'other' : 'tasks';
  const walk = (list: OutlineSection[], inherited: SectionRole | null, inOrganisation: boolean) => {
    for (const section of list) {
      section.role = section.ownRole ?? inherited ?? topDefault;
      if (inOrganisation) section.assignedKinds = unitKindsNamed(section.title);
      walk(section.sections, section.role, inOrganisation || section.role === 'organisation');
    }
  };
  walk(sections, null, false);
}
