/**
 * The header block of an official document (NĐ 30/2020): issuer (parent body over issuing
 * body), "Số: …", a letter's "V/v …", the national motto, the place-date line, the type of
 * document (KẾ HOẠCH, BÁO CÁO), the summary line under it, "Kính gửi:".
 *
 * Lines are read in order and each is recognised by its own shape, not by its position, so
 * a header pasted column by column, row by row or from a Word table reads the same; the
 * header ends at the first line that is none of these (a "Căn cứ", a numbered section, a
 * long paragraph). Seeds 000 and 002–004 lost most of their header in extraction: what is
 * missing is null.
 */
import type { DocumentKind } from '../plan-document.ts';
import { CITATION_TYPES, citationLeadOf } from './citations.ts';
import { parsePlaceDate } from './dates.ts';
import type { Line } from './lines.ts';
import { parseLabel } from './outline.ts';
import { isRuleLine, isUpperCaseText, plausibleYear, splitOutsideQuotes, startsWithLowercase, startsWithWord, stripBullet, trimSentenceEnd } from './text-shape.ts';

export interface Header {
  /** The document type line's kind, or the kind its marks imply. */
  kind: DocumentKind;
  issuer: { parent: string | null; name: string | null };
  /** "360/PGDĐT-TCCB", "/KH-SGD&ĐT", or null. */
  number: string | null;
  /** A "Số:" line was there, even if blank. */
  hasNumberLine: boolean;
  place: string | null;
  date: string | null;
  year: number | null;
  hasDateLine: boolean;
  subject: string | null;
  addressees: string[];
  title: string;
  /** Index (in the lines) of the first line after the header. */
  end: number;
}

const MOTTO = /^(?:CỘNG HÒA|CỘNG HOÀ)\s+XÃ HỘI CHỦ NGHĨA VIỆT NAM|^Độc lập\s?[-–—]\s?Tự do\s?[-–—]\s?Hạnh phúc/iu;
const NUMBER_LINE = /^Số\s{0,3}(?::|(?=[\d/.…_]))\s*/u;
const NUMBER_TOKEN = /^[\s.…_]{0,20}(\d{0,6})\s{0,3}(\/\s{0,3}[\p{L}\p{N}&\-–.]{1,40}(?:\s{0,2}\/\s{0,2}[\p{L}\p{N}&\-–.]{1,40}){0,3})?/u;
const SUBJECT = /^(?:V\/v|Về việc)\s*:?\s*/iu;
const ADDRESSEES = /^Kính\s+gửi\s*:?\s*/iu;
/** Decorations and marks above a document that are not its issuer. */
const NOT_ISSUER = /^(?:DỰ THẢO|MẬT|TỐI MẬT|KHẨN|HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|BẢN CHÍNH|BẢN SAO)$/u;

const DOCUMENT_TYPES: ReadonlyArray<[string, DocumentKind]> = [
  ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'plan'],
  ['KẾ HOẠCH', 'plan'],
  ['CHƯƠNG TRÌNH', 'plan'],
  ['HƯỚNG DẪN', 'plan'],
  ['ĐỀ ÁN', 'plan'],
  ['BÁO CÁO', 'report'],
  ['THÔNG BÁO', 'letter'],
];

/** "KẾ HOẠCH" alone, or "KẾ HOẠCH Triển khai …" (the title on the same line). */
function documentTypeOf(text: string): { kind: DocumentKind; title: string } | null {
  const t = text.trim().replace(/:$/, '');
  for (const [type, kind] of DOCUMENT_TYPES) {
    if (!t.startsWith(type)) continue;
    const rest = t.slice(type.length);
    if (rest === '') return { kind, title: '' };
    if (/^\s*[:\-–]?\s+\S/u.test(rest) && t.length <= 300) return { kind, title: rest.replace(/^\s*[:\-–]?\s+/u, '') };
  }
  return null;
}

/** Where the body has started: a legal basis, a numbered section, the closing, or long prose. */
export function isBodyStart(text: string): boolean {
  if (citationLeadOf(text)) return true;
  const label = parseLabel(text);
  if (label.kind !== null && label.kind !== 'bullet') return true;
  if (/^(?:Trên đây|Nơi nhận)/iu.test(text)) return true;
  return text.length > 300 || /như sau\s?:$/iu.test(text);
}

/** A legal basis proper: its lead followed by a document type, or a paragraph ended like a list item. */
function isCitationParagraph(text: string): boolean {
  const lead = citationLeadOf(text);
  if (!lead) return false;
  const after = stripBullet(text).slice(lead.length).trim().replace(/^(?:vào|theo|các|những)\s/iu, '');
  return CITATION_TYPES.some((type) => startsWithWord(after, type)) || /[;.]$/u.test(text) || text.length > 300;
}

function numberOf(rest: string): string | null {
  const cut = rest.split(/\s(?:V\/v|Về việc)\s/iu)[0] ?? '';
  const m = NUMBER_TOKEN.exec(cut);
  if (!m) return null;
  const token = `${m[1] ?? ''}${(m[2] ?? '').replace(/\s+/g, '')}`.replace(/[.]+$/, '');
  return token || null;
}

function addresseeItems(text: string): string[] {
  return splitOutsideQuotes(stripBullet(text), ';')
    .map((piece) => trimSentenceEnd(stripBullet(piece.text.trim())))
    .filter(Boolean);
}

const TITLE_CONNECTORS = /(?:^|\s)(?:và|của|về|trong|trên|cho|giai đoạn|năm|với|theo|tại|đến|thực hiện|vì|sự|công tác|ngành)$/iu;

function continuesTitle(previous: Line, next: Line, titleSoFar: string): boolean {
  if (next.text.length > 250 || ADDRESSEES.test(next.text) || /^\(/u.test(next.text)) return false;
  if (startsWithLowercase(next.text)) return true;
  // "… Tháng hành động vì bình đẳng giới" over "Năm 2024": the years close the title.
  if (/^(?:năm|năm học|giai đoạn|từ năm|đến năm)\s\d{4}/iu.test(next.text) && next.text.length <= 60) return true;
  const last = previous.text[previous.text.length - 1] ?? '';
  if (',–-'.includes(last) || TITLE_CONNECTORS.test(previous.text)) return true;
  if (previous.bold && next.bold && previous.align === 'center' && next.align === 'center') return true;
  return isUpperCaseText(titleSoFar) && isUpperCaseText(next.text);
}

/** Reads the header from the first lines; `end` tells where the body starts. */
export function parseHeader(lines: Line[]): Header {
  const issuerLines: Line[] = [];
  let number: string | null = null;
  let hasNumberLine = false;
  const subject: string[] = [];
  let inSubject = false;
  let place: string | null = null;
  let date: string | null = null;
  let year: number | null = null;
  let hasDateLine = false;
  let documentKind: DocumentKind | null = null;
  let expectTitle = false;
  const title: string[] = [];
  let titleLine: Line | null = null;
  let titleClosed = false;
  const addressees: string[] = [];
  let inAddressees = false;
  let addresseeOpen = false;

  const take = (text: string, line: Line): boolean => {
    if (MOTTO.test(text)) {
      inSubject = false;
      return true;
    }
    if (isRuleLine(text)) {
      if (title.length > 0) titleClosed = true;
      inSubject = false;
      return true;
    }
    const numberLine = NUMBER_LINE.exec(text);
    if (numberLine && !hasNumberLine && text.length <= 120) {
      hasNumberLine = true;
      number = numberOf(text.slice(numberLine[0].length));
      const subjectAfter = /(?:^|\s)(V\/v\s.*)$/iu.exec(text);
      if (subjectAfter) {
        subject.push(subjectAfter[1]!.replace(SUBJECT, ''));
        inSubject = true;
      } else inSubject = false;
      return true;
    }
    if (SUBJECT.test(text) && subject.length === 0) {
      subject.push(text.replace(SUBJECT, ''));
      inSubject = true;
      return true;
    }
    const placeDate = hasDateLine ? null : parsePlaceDate(text);
    if (placeDate) {
      hasDateLine = true;
      place = placeDate.place;
      date = placeDate.date;
      year = plausibleYear(placeDate.year);
      inSubject = false;
      return true;
    }
    const type = documentKind === null && title.length === 0 ? documentTypeOf(text) : null;
    if (type) {
      documentKind = type.kind;
      inSubject = false;
      if (type.title) {
        title.push(type.title);
        titleLine = line;
      } else expectTitle = true;
      return true;
    }
    const kinhGui = ADDRESSEES.exec(text);
    if (kinhGui) {
      const inline = text.slice(kinhGui[0].length).trim();
      addressees.push(...addresseeItems(inline));
      inAddressees = true;
      addresseeOpen = inline === '' || inline.endsWith(';');
      inSubject = false;
      return true;
    }
    if (inAddressees && (/^[-–+•]/u.test(text) || addresseeOpen) && text.length <= 200) {
      addressees.push(...addresseeItems(text));
      addresseeOpen = !text.endsWith('.');
      return true;
    }
    if (inSubject && documentKind === null && subject.length < 6 && text.length <= 150 && !isUpperCaseText(text)) {
      subject.push(text);
      return true;
    }
    if (expectTitle && title.length === 0) {
      title.push(text);
      titleLine = line;
      expectTitle = false;
      return true;
    }
    if (titleLine && !titleClosed && title.length < 4 && line !== titleLine && continuesTitle(titleLine, line, title.join(' '))) {
      title.push(text);
      titleLine = line;
      return true;
    }
    if (NOT_ISSUER.test(text)) return true;
    if (documentKind === null && title.length === 0 && isUpperCaseText(text) && text.length <= 120) {
      if (issuerLines.length < 4) issuerLines.push({ ...line, text });
      return true;
    }
    return false;
  };

  let end = 0;
  for (; end < lines.length; end += 1) {
    const line = lines[end]!;
    const continuingAddressees = inAddressees && /^[-–+•]/u.test(line.text);
    // The summary line under KẾ HOẠCH may itself open with "Thực hiện …" ("Thực hiện công
    // tác bình đẳng giới năm 2024"); only a cited document ends the header there.
    const awaitingTitle = expectTitle && title.length === 0 && !isCitationParagraph(line.text);
    if (!continuingAddressees && !awaitingTitle && isBodyStart(line.text)) break;
    const [first, ...others] = line.columns;
    if (!first || !take(first, line)) break;
    for (const column of others) take(column, line);
  }

  const subjectText = subject.length ? trimSentenceEnd(subject.join(' ')) || null : null;
  // No type line: a "V/v" or a "Kính gửi" makes it a letter (Công văn).
  const kind: DocumentKind = documentKind ?? (subjectText || addressees.length ? 'letter' : 'plan');
  return {
    kind,
    issuer: issuerOf(issuerLines),
    number,
    hasNumberLine,
    place,
    date,
    year,
    hasDateLine,
    subject: subjectText,
    addressees,
    title: title.join(' ').trim() || (kind === 'letter' ? subjectText ?? '' : ''),
    end,
  };
}

/** Parent body over issuing body; Word's bold marks the issuing body when the text gives it. */
// "ỦY BAN NHÂN DÂN" over "XÃ ĐẠI THANH" is one body's name wrapped, not a parent over a body.
const BODY_WITHOUT_PLACE = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)$/u;
const PLACE_LEVEL = /^(?:XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH)\s/u;

function issuerOf(lines: Line[]): { parent: string | null; name: string | null } {
  if (lines.length === 0) return { parent: null, name: null };
  if (lines.length >= 2 && BODY_WITHOUT_PLACE.test(lines[0]!.text) && PLACE_LEVEL.test(lines[1]!.text)) {
    const [first, second, ...rest] = lines;
    lines = [{ ...first!, text: `${first!.text} ${second!.text}` }, ...rest];
  }
  if (lines.length === 1) return { parent: null, name: lines[0]!.text };
  const bold = lines.filter((l) => l.bold);
  if (bold.length > 0 && bold.length < lines.length) {
    return { parent: lines.filter((l) => !l.bold).map((l) => l.text).join(' '), name: bold.map((l) => l.text).join(' ') };
  }
  return { parent: lines[0]!.text, name: lines.slice(1).map((l) => l.text).join(' ') };
}
