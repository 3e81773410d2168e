/**
 * The plan importer: paragraphs (from Word or a paste) → PlanDocument, with warnings for
 * what a person should check before saving the draft. Pure: no I/O, no clock.
 *
 * The document is read in the order the genre writes it — header, legal bases, preamble,
 * numbered body, closing ("Trên đây …"), "Nơi nhận" and signature, annexes — each part
 * found by general rules of NĐ 30/2020 documents (header.ts, citations.ts, outline.ts,
 * closing.ts). Targets and reporting deadlines are then lifted from the whole body.
 *
 * Deadlines set for the issuing unit itself — in a "Tổ chức thực hiện" subsection
 * addressed only to the issuer's own kind (seed 000's Sở reports upward before 5/6 and
 * 30/11) — are its obligations to the level above, not deadlines it sets for its units,
 * and are left out with a warning; the campaigns made from a plan's deadlines are for the
 * units below.
 */
import type { Citation, PlanDocument, PlanItem, PlanSection, PlanTarget, ReportingDeadline } from '../plan-document.ts';
import { citationLeadOf, parseCitationParagraph } from './citations.ts';
import { isSignatureLine, parseSignatureBlock, type SignatureBlock } from './closing.ts';
import { dedupeDeadlines, findReportingDeadlines, hasUndatedReportingPeriod } from './deadlines.ts';
import { parseHeader, type Header } from './header.ts';
import { fitToSchema } from './limits.ts';
import { linesOf, type Line } from './lines.ts';
import { blockMarkerOf, parseLabel, parseOutline, resolveRoles, type OutlineBlock, type OutlineItem, type OutlineSection } from './outline.ts';
import { paragraphsFromText, type SourceParagraph } from './source.ts';
import { findTargets } from './targets.ts';
import { plausibleYear } from './text-shape.ts';
import { isInternalPart, issuerKindOf } from './unit-kinds.ts';

export interface PlanImportWarning {
  /** Index of the source paragraph concerned (0-based), or null for the document as a whole. */
  paragraph: number | null;
  /** For the reviewer, in Vietnamese. */
  message: string;
}

export interface PlanImportResult {
  document: PlanDocument;
  warnings: PlanImportWarning[];
}

const RECIPIENTS = /^Nơi\s+nhận\b/iu;
const ANNEX = /^(?:PHỤ LỤC|Phụ lục)(?:\s|$)/u;
// "Trên đây là Kế hoạch …" closes a plan; "Nhận được công văn này, …" closes a letter.
const CLOSING = /^(?:Trên đây|Nhận được (?:công văn|văn bản|kế hoạch) này)/iu;
/** Laws and the like are cited by name; a missing number is normal for them. */
const CITED_BY_NAME = new Set(['Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Điều lệ', 'Chiến lược']);

/** Where the "Nơi nhận" / signature block starts and ends (annexes follow it). */
function findTail(lines: Line[], from: number): { start: number; end: number } {
  let recipientsAt = -1;
  for (let i = lines.length - 1; i >= from; i -= 1) {
    if (lines[i]!.columns.some((column) => RECIPIENTS.test(column))) {
      recipientsAt = i;
      break;
    }
  }
  let end = lines.length;
  if (recipientsAt >= 0) {
    for (let i = recipientsAt + 1; i < lines.length; i += 1) {
      if (ANNEX.test(lines[i]!.text)) {
        end = i;
        break;
      }
    }
  }
  // The signature may stand before "Nơi nhận" (pasted right column first) or alone at the end.
  const anchor = recipientsAt >= 0 ? recipientsAt : end;
  let start = anchor;
  while (start - 1 >= from && anchor - start < 6 && isSignatureLine(lines[start - 1]!.text)) start -= 1;
  if (recipientsAt < 0) {
    const block = lines.slice(start, end);
    const hasTitle = block.some((l) => /^(?:TM|KT|Q|TL|TUQ)\./u.test(l.text) || !l.columns.some((c) => /\p{Ll}/u.test(c)));
    if (!hasTitle) start = end;
  }
  return { start, end };
}

/** Body lines as outline blocks: a table's lines become one block of rows and cells. */
function blocksOf(lines: Line[]): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  let table: { index: number; rows: string[][]; block: OutlineBlock } | null = null;
  for (const line of lines) {
    if (line.table) {
      if (!table || table.index !== line.table.index) {
        const block: OutlineBlock = { index: line.index, text: '', rows: [] };
        table = { index: line.table.index, rows: block.rows!, block };
        blocks.push(block);
      }
      const row = (table.rows[line.table.row] ??= []);
      row[line.table.cell] = row[line.table.cell] ? `${row[line.table.cell]} ${line.text}` : line.text;
      continue;
    }
    table = null;
    blocks.push(line.bold ? { index: line.index, text: line.text, bold: true } : { index: line.index, text: line.text });
  }
  for (const block of blocks) if (block.rows) block.rows = Array.from(block.rows, (row) => Array.from(row ?? [], (cell) => cell ?? ''));
  return blocks;
}

/** Years a title covers: its last year or range of years; "đến năm 2030" runs from the document's year. */
export function periodOf(title: string, documentYear: number | null): PlanDocument['period'] {
  const years = [...title.matchAll(/(?<![\p{N}/.])(\d{4})(?![\p{N}/])/gu)]
    .map((m) => ({ index: m.index, end: m.index + 4, year: plausibleYear(Number(m[1])) }))
    .filter((y): y is { index: number; end: number; year: number } => y.year !== null);
  let period: PlanDocument['period'] = null;
  for (let i = 0; i < years.length; i += 1) {
    const here = years[i]!;
    const next = years[i + 1];
    if (next && /^\s?(?:[-–—]|đến(?:\snăm)?)\s?$/u.test(title.slice(here.end, next.index)) && next.year >= here.year) {
      period = { fromYear: here.year, toYear: next.year };
      i += 1;
    } else if (/đến\s(?:năm\s)?$/u.test(title.slice(Math.max(0, here.index - 10), here.index)) && documentYear !== null && documentYear < here.year) {
      period = { fromYear: documentYear, toYear: here.year };
    } else {
      period = { fromYear: here.year, toYear: here.year };
    }
  }
  if (period) return period;
  return documentYear === null ? null : { fromYear: documentYear, toYear: documentYear };
}

function toPlanSection(section: OutlineSection): PlanSection {
  const plain: PlanSection = {
    label: section.label,
    title: section.title,
    role: section.role,
    items: section.items.map(({ index: _index, ...item }): PlanItem => item),
    sections: section.sections.map(toPlanSection),
  };
  if (section.assignedKinds) plain.assignedKinds = section.assignedKinds;
  return plain;
}

/** One untitled section holding a body that has no numbered headings. */
function unnumberedBody(blocks: OutlineBlock[]): OutlineSection {
  const items: OutlineItem[] = [];
  let kind: PlanItem['kind'] = 'text';
  for (const block of blocks) {
    const texts = block.rows ? block.rows.map((row) => row.filter(Boolean).join(' | ')).filter(Boolean) : [block.text];
    for (const text of texts) {
      const label = block.rows ? { label: null, rest: text, kind: null } : parseLabel(text);
      const marker = label.kind === null || label.kind === 'bullet' ? blockMarkerOf(label.rest) : null;
      if (marker) {
        kind = marker.kind;
        if (!marker.hasContent) continue;
      }
      items.push({ label: label.label, text: label.rest, kind, index: block.index });
    }
  }
  return { label: null, title: '', index: blocks[0]?.index ?? 0, rank: 0, ownRole: null, role: 'other', items, sections: [] };
}

interface BodyText {
  index: number;
  text: string;
  /** The sections the text sits in, outermost first. */
  path: OutlineSection[];
}

function bodyTexts(preamble: OutlineBlock[], sections: OutlineSection[], closing: Line[]): BodyText[] {
  const texts: BodyText[] = preamble.map((block) => ({ index: block.index, text: block.text, path: [] }));
  const walk = (list: OutlineSection[], path: OutlineSection[]) => {
    for (const section of list) {
      const here = [...path, section];
      if (section.title) texts.push({ index: section.index, text: section.title, path: here });
      for (const item of section.items) texts.push({ index: item.index, text: item.text, path: here });
      walk(section.sections, here);
    }
  };
  walk(sections, []);
  for (const line of closing) texts.push({ index: line.index, text: line.text, path: [] });
  return texts;
}

/** A subsection of "Tổ chức thực hiện" addressed to the issuing unit itself: to its own kind only, or to its own divisions. */
function isIssuersOwnSection(section: OutlineSection, issuerKind: string | null): boolean {
  const kinds = section.assignedKinds;
  if (kinds === undefined) return false;
  if (kinds.length === 0) return isInternalPart(section.title);
  return issuerKind !== null && kinds.every((kind) => kind === issuerKind);
}

type Warn = (paragraph: number | null, message: string) => void;

interface Body {
  legalBases: Citation[];
  preamble: OutlineBlock[];
  sections: OutlineSection[];
  closing: Line[];
}

/** Legal bases, preamble, numbered body and closing: the lines between the header and the signature. */
function readBody(lines: Line[], from: number, to: number, warn: Warn): Body {
  const legalBases: Citation[] = [];
  const preamble: OutlineBlock[] = [];
  let at = from;
  for (; at < to && citationLeadOf(lines[at]!.text); at += 1) {
    const line = lines[at]!;
    const { citations, remainder } = parseCitationParagraph(line.text);
    for (const citation of citations) {
      legalBases.push(citation);
      if (citation.type && !citation.number && !CITED_BY_NAME.has(citation.type)) {
        warn(line.index, `Căn cứ “${citation.text.slice(0, 80)}” không ghi số, ký hiệu văn bản.`);
      }
    }
    if (remainder) preamble.push({ index: line.index, text: remainder });
  }
  let closingStart = to;
  for (let i = at; i < to; i += 1) {
    if (CLOSING.test(lines[i]!.text)) {
      closingStart = i;
      break;
    }
  }
  const outline = parseOutline(blocksOf(lines.slice(at, closingStart)));
  let sections = outline.sections;
  if (sections.length === 0 && outline.preamble.length > 0) {
    warn(null, 'Không nhận ra đề mục nào (I., 1., a) … đặt tên mục): các đoạn được xếp vào một mục chung, cần xem lại việc chia mục.');
    // The lead-in ("… như sau:") stays in the preamble; the rest is the body.
    const leadIn = outline.preamble.findIndex((b) => !b.rows && /như sau\s?:$/iu.test(b.text));
    preamble.push(...outline.preamble.slice(0, leadIn + 1));
    const rest = outline.preamble.slice(leadIn + 1);
    if (rest.length > 0) {
      sections = [unnumberedBody(rest)];
      resolveRoles(sections);
    }
  } else {
    preamble.push(...outline.preamble.map((b) => (b.rows ? { index: b.index, text: b.rows.map((r) => r.filter(Boolean).join(' | ')).join(' ') } : b)));
  }
  if (sections.length === 0 && outline.preamble.length === 0) warn(null, 'Không nhận ra nội dung nào sau phần căn cứ (không có mục I., 1., a) …).');
  return { legalBases, preamble, sections, closing: lines.slice(closingStart, to) };
}

/** Annexes after the signature: one section each ("Phụ lục I"), its paragraphs as items. */
function readAnnexes(lines: Line[]): OutlineSection[] {
  const annexes: OutlineSection[] = [];
  for (const line of lines) {
    if (ANNEX.test(line.text) || annexes.length === 0) {
      annexes.push({ label: null, title: line.text, index: line.index, rank: 0, ownRole: null, role: 'other', items: [], sections: [] });
      continue;
    }
    const label = parseLabel(line.text);
    annexes[annexes.length - 1]!.items.push({ label: label.label, text: label.rest, kind: 'text', index: line.index });
  }
  return annexes;
}

/** Targets and reporting deadlines lifted from every paragraph of the body and the closing. */
function liftMeasures(body: Body, issuerKind: string | null, warn: Warn): { targets: PlanTarget[]; reportingDeadlines: ReportingDeadline[] } {
  const targets: PlanTarget[] = [];
  const targetKeys = new Set<string>();
  const deadlines: ReportingDeadline[] = [];
  const ownDeadlines: Array<{ index: number; deadline: ReportingDeadline }> = [];
  const datedSections = new Set<OutlineSection | null>();
  const undated: Array<{ index: number; section: OutlineSection | null }> = [];
  for (const { index, text, path } of bodyTexts(body.preamble, body.sections, body.closing)) {
    for (const target of findTargets(text)) {
      const key = `${target.value}|${target.unit}|${target.text}`;
      if (targetKeys.has(key)) continue;
      targetKeys.add(key);
      targets.push(target);
    }
    const found = findReportingDeadlines(text);
    if (path.some((s) => isIssuersOwnSection(s, issuerKind))) ownDeadlines.push(...found.map((deadline) => ({ index, deadline })));
    else deadlines.push(...found);
    const section = path[path.length - 1] ?? null;
    if (found.length > 0) datedSections.add(section);
    else if (hasUndatedReportingPeriod(text)) undated.push({ index, section });
  }
  // A periodic report asked for without a date, where nothing near it gives one.
  for (const { index, section } of undated) {
    if (!datedSections.has(section)) warn(index, 'Đoạn này yêu cầu báo cáo định kỳ nhưng không ghi hạn (ngày, tháng): cần bổ sung hạn báo cáo.');
  }
  const reportingDeadlines = dedupeDeadlines(deadlines);
  const keyOf = (d: ReportingDeadline) => `${d.day ?? ''}/${d.month}/${d.year ?? ''}`;
  const kept = new Set(reportingDeadlines.map(keyOf));
  for (const { index, deadline } of ownDeadlines) {
    if (kept.has(keyOf(deadline))) continue;
    kept.add(keyOf(deadline));
    const when = deadline.day ? `${deadline.day}/${deadline.month}` : `tháng ${deadline.month}`;
    warn(index, `Hạn ${when} (${deadline.label}) là hạn đơn vị ban hành tự báo cáo lên cấp trên, không đưa vào danh sách hạn báo cáo của kế hoạch.`);
  }
  return { targets, reportingDeadlines };
}

/** What the reviewer should check in the header, the bases and the signature. */
function reviewWarnings(header: Header, body: Body, signature: SignatureBlock, warn: Warn): void {
  if (!header.hasNumberLine) warn(null, 'Không thấy số, ký hiệu văn bản (dòng “Số: …”).');
  else if (!header.number || header.number.startsWith('/')) warn(null, 'Số văn bản để trống: số sẽ được cấp khi ban hành.');
  if (!header.hasDateLine) warn(null, 'Không thấy dòng địa danh, ngày tháng năm (“…, ngày … tháng … năm …”).');
  else if (!header.date) warn(null, header.year ? `Ngày, tháng ban hành để trống (chỉ có năm ${header.year}).` : 'Ngày tháng năm ban hành để trống.');
  if (!header.title) warn(null, 'Không thấy tên (trích yếu) của văn bản.');
  if (body.legalBases.length === 0) warn(null, 'Không thấy căn cứ (đoạn “Căn cứ …”, “Thực hiện …”).');
  if (!signature.hasRecipientsLine) warn(null, 'Không thấy “Nơi nhận”.');
  else if (signature.recipients.length === 0) warn(null, '“Nơi nhận” không có mục nào.');
  if (!signature.signer.title && !signature.signer.name) warn(null, 'Không thấy người ký (chức vụ, họ tên).');
  else if (!signature.signer.name) warn(null, 'Không thấy họ tên người ký.');
}

/** Parses a plan (or guidance letter, or report) from its paragraphs. */
export function parsePlan(paragraphs: SourceParagraph[]): PlanImportResult {
  const warnings: PlanImportWarning[] = [];
  const warn: Warn = (paragraph, message) => warnings.push({ paragraph, message });
  const lines = linesOf(paragraphs);
  const header = parseHeader(lines);
  const tail = findTail(lines, header.end);
  const body = readBody(lines, header.end, tail.start, warn);
  const signature = parseSignatureBlock(lines.slice(tail.start, tail.end));
  const annexes = readAnnexes(lines.slice(tail.end));
  const signerTitles = [signature.signer.authority, signature.signer.title, ...(signature.signer.extraTitles ?? [])].filter((t): t is string => Boolean(t));
  const issuerKind = issuerKindOf({ issuerName: header.issuer.name, number: header.number, signerTitles });
  const { targets, reportingDeadlines } = liftMeasures(body, issuerKind, warn);
  reviewWarnings(header, body, signature, warn);

  const document: PlanDocument = {
    kind: header.kind,
    issuer: header.issuer,
    number: header.number,
    place: header.place,
    date: header.date,
    year: header.year,
    subject: header.subject,
    addressees: header.addressees,
    title: header.title,
    period: periodOf(header.title || header.subject || '', header.year),
    legalBases: body.legalBases,
    preamble: body.preamble.map((block) => block.text),
    sections: [...body.sections, ...annexes].map(toPlanSection),
    targets,
    reportingDeadlines,
    closing: body.closing.map((line) => line.text),
    recipients: signature.recipients,
    signer: signature.signer,
  };
  return { document: fitToSchema(document, (message) => warn(null, message)), warnings };
}

/** Parses pasted text (one paragraph a line). */
export function parsePlanText(text: string): PlanImportResult {
  return parsePlan(paragraphsFromText(text));
}
