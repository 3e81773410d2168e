/**
 * Legal bases: the "Căn cứ …" / "Thực hiện …" paragraphs that open a plan, each cut into
 * citations { lead, type, number, date, issuer, title, text }.
 *
 * One paragraph may hold several citations separated by ";" (seed 002), and a title may
 * hold a ";" inside its quotes, so cuts happen outside quotes and parentheses only. The
 * last citation of a paragraph often runs on into the plan's own main clause ("…, Phòng
 * Giáo dục và Đào tạo xây dựng kế hoạch … như sau:"): that clause is handed back as
 * `remainder`, which the parser files under the preamble.
 */
import { CITATION_LEADS, type Citation } from '../plan-document.ts';
import { normalizeText } from '../../text/vietnamese.ts';
import { dateAtStart } from './dates.ts';
import { quotedMask, splitOutsideQuotes, startsWithWord, stripBullet, trimSentenceEnd } from './text-shape.ts';

export type CitationLead = (typeof CITATION_LEADS)[number];

/** Document types as written in words, canonical spelling; matched case-insensitively, longest first. */
export const CITATION_TYPES = [
  'Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị quyết liên tịch', 'Nghị quyết', 'Nghị định', 'Quyết định',
  'Chỉ thị', 'Thông tư liên tịch', 'Thông tư', 'Kế hoạch liên tịch', 'Kế hoạch', 'Công văn', 'Công điện',
  'Chương trình', 'Hướng dẫn', 'Đề án', 'Thông báo', 'Kết luận', 'Văn bản', 'Quy chế', 'Quy định', 'Điều lệ',
  'Chiến lược', 'Báo cáo', 'Thông tri', 'Tờ trình',
].sort((a, b) => b.length - a.length);

// A number and symbol: "1460/BGDĐT-NGCBQLGD", "20/2006/NĐ-CP", "21-CT/TW", "360 /PGDĐT-TCCB".
// Spaces are allowed around "/" only (a "-" with spaces around it separates words, not a symbol).
const PIECE = '(?:\\s{0,2}/\\s{0,2}[\\p{L}\\p{N}&.]{1,30}|-[\\p{L}\\p{N}&.]{1,30})';
const TOKEN = `\\d{1,6}${PIECE}{0,6}`;
const TOKEN_WITH_SEPARATOR = `\\d{1,6}${PIECE}{1,6}`;
const NUMBER_AFTER_TYPE = new RegExp(`^\\s{0,3}(?:số\\s{0,3}(${TOKEN})|(${TOKEN_WITH_SEPARATOR}))(?![\\p{L}\\p{N}])`, 'iu');
const NUMBER_INSIDE = new RegExp(`\\ssố\\s{0,3}(${TOKEN_WITH_SEPARATOR})(?![\\p{L}\\p{N}])`, 'iu');

/** Where the words naming a document end (before its number, date, issuer or title). */
const NAME_STOPS = [' ngày ', ' của ', ' về việc ', ' về ', ' hướng dẫn ', ' ban hành ', ' phê duyệt ', ' quy định ', ', ', ' số ', '“', ' "', ';'];
/** Where an issuer ("của …") ends: a title's first word, a date, a quote. Lower-case words only — "Ban Tổ chức" is a name. */
const ISSUER_STOPS = [
  ' về việc ', ' về ', ' V/v ', ' v/v ', ' hướng dẫn', ' ban hành', ' phê duyệt', ' quy định', ' triển khai', ' thực hiện',
  ' tổ chức', ' tăng cường', ' tiếp tục', ' đẩy mạnh', ' nâng cao', ' ngày ', ' số ', '“', ' "', ', ', ';',
];

// The plan's own main clause after the last citation: ", <a unit> … <a verb> …".
const CLAUSE_SUBJECTS = [
  'Ban ', 'Phòng ', 'Sở ', 'Trường ', 'UBND ', 'Ủy ban ', 'Uỷ ban ', 'Bộ ', 'Công đoàn ', 'Hội ', 'Trung tâm ', 'Nhà trường', 'nhà trường',
  'Ngành ', 'Hiệu trưởng', 'Thủ trưởng', 'Liên đoàn', 'Đoàn ', 'Chi bộ', 'Đảng ủy', 'Đảng uỷ', 'BGH', 'Ban giám hiệu',
];
const CLAUSE_VERBS = [' xây dựng', ' ban hành', ' triển khai', ' hướng dẫn', ' thông báo', ' đề nghị', ' yêu cầu', ' chỉ đạo', ' tổ chức', ' lập ', ' báo cáo'];

const TYPE_AHEAD = new RegExp(`(?:,|\\svà)\\s(?=(?:${CITATION_TYPES.join('|')})\\s(?:số\\s{0,3})?\\d)`, 'giu');

/** "Căn cứ" or "Thực hiện" when `text` opens with it (after an optional bullet). */
export function citationLeadOf(text: string): CitationLead | null {
  const body = stripBullet(text);
  return CITATION_LEADS.find((lead) => startsWithWord(body, lead)) ?? null;
}

export function isCitationStart(text: string): boolean {
  return citationLeadOf(text) !== null;
}

function typeAtStart(text: string): string | null {
  return CITATION_TYPES.find((type) => startsWithWord(text, type)) ?? null;
}

function firstIndexOf(text: string, needles: readonly string[], from = 0): number {
  let best = text.length;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at >= 0 && at < best) best = at;
  }
  return best;
}

function cleanNumber(token: string): string {
  return trimSentenceEnd(token.replace(/\s+/g, ''));
}

function cleanTitle(rest: string): string | null {
  let title = trimSentenceEnd(rest.trim().replace(/^(?:về việc|v\/v|về|:|-)\s{0,3}/iu, ''));
  // A title that is one quoted name: keep the name.
  const quoted = /^[“"«]([^“”"«»]{1,2000})[”"»]$/u.exec(title);
  if (quoted) title = quoted[1]!.trim();
  return title || null;
}

/** One citation from its own text (`lead` is the paragraph's: later citations of a paragraph share it). */
export function parseCitation(segment: string, lead: CitationLead | null): Citation {
  const text = trimSentenceEnd(normalizeText(segment));
  const blank: Citation = { lead, type: null, number: null, date: null, issuer: null, title: null, text };
  let body = stripBullet(text);
  const ownLead = CITATION_LEADS.find((l) => startsWithWord(body, l));
  if (ownLead) body = body.slice(ownLead.length).trim();
  body = body.replace(/^(?:vào|theo)\s/iu, '').replace(/^(?:các|những)\s/iu, '');
  const type = typeAtStart(body);
  if (!type) return blank;
  let rest = body.slice(type.length);
  let number: string | null = null;
  let name: string | null = null;

  const direct = NUMBER_AFTER_TYPE.exec(rest);
  if (direct) {
    number = cleanNumber(direct[1] ?? direct[2] ?? '');
    rest = rest.slice(direct[0].length);
  } else {
    // A name first ("Luật Bình đẳng giới số 73/2006/QH11"), or no number at all.
    const head = rest.slice(0, 300);
    const stop = firstIndexOf(head, NAME_STOPS.filter((s) => s !== ' số '));
    const inner = NUMBER_INSIDE.exec(head.slice(0, Math.min(head.length, stop + 1)));
    if (inner) {
      name = head.slice(0, inner.index).trim() || null;
      number = cleanNumber(inner[1]!);
      rest = rest.slice(inner.index + inner[0].length);
    } else {
      const end = firstIndexOf(rest, NAME_STOPS);
      name = trimSentenceEnd(rest.slice(0, end)) || null;
      rest = rest.slice(end);
    }
  }

  let date: string | null = null;
  let seenDate = false;
  let issuer: string | null = null;
  for (let guard = 0; guard < 4; guard += 1) {
    rest = rest.replace(/^[\s,]{1,10}/u, ' ');
    const trimmed = rest.trimStart();
    const when = seenDate ? null : dateAtStart(trimmed);
    if (when) {
      seenDate = true;
      date = when.date;
      rest = trimmed.slice(when.end);
      continue;
    }
    if (issuer === null && /^của\s/iu.test(trimmed)) {
      const after = trimmed.slice(4);
      const stop = firstIndexOf(after, ISSUER_STOPS);
      issuer = trimSentenceEnd(after.slice(0, stop)) || null;
      rest = after.slice(stop);
      continue;
    }
    break;
  }
  // The words after the issuer are the title; a document cited by name ("Luật Bình đẳng giới")
  // has its name as its title.
  const title = cleanTitle(rest) ?? name;
  return { lead, type, number: number || null, date, issuer, title, text };
}

/**
 * Where the plan's own clause starts after the citations, or -1: the first ", " outside
 * quotes followed by a unit ("Ban …", "Phòng …", "Trường …") with a verb close behind it.
 */
export function mainClauseStart(text: string): number {
  const mask = quotedMask(text);
  let at = text.indexOf(', ');
  while (at >= 0) {
    if (!mask[at]) {
      const after = text.slice(at + 2, at + 2 + 260);
      if (CLAUSE_SUBJECTS.some((s) => after.startsWith(s)) && CLAUSE_VERBS.some((v) => after.includes(v))) return at;
    }
    at = text.indexOf(', ', at + 2);
  }
  return -1;
}

/** The pieces of a citation list that each start with a document type: a ";" before anything else joins the piece to the one before. */
function citationSegments(text: string): string[] {
  const segments: string[] = [];
  for (const piece of splitOutsideQuotes(text, ';')) {
    const segment = piece.text.trim();
    if (!segment) continue;
    const startsCitation = segments.length === 0 || typeAtStart(segment.replace(/^(?:và|các|những)\s/iu, '')) !== null;
    if (startsCitation) segments.push(segment);
    else segments[segments.length - 1] += `; ${segment}`;
  }
  // "…, Thông tư số …" / "… và Kế hoạch số …" inside one piece: two citations.
  return segments.flatMap((segment) => {
    const mask = quotedMask(segment);
    const cuts: number[] = [];
    for (const m of segment.matchAll(TYPE_AHEAD)) if (!mask[m.index]) cuts.push(m.index);
    if (cuts.length === 0) return [segment];
    const parts: string[] = [];
    let start = 0;
    for (const cut of cuts) {
      parts.push(segment.slice(start, cut));
      start = cut + (segment[cut] === ',' ? 1 : 4);
    }
    parts.push(segment.slice(start));
    return parts.map((p) => p.trim()).filter(Boolean);
  });
}

export interface CitationParagraph {
  citations: Citation[];
  /** The plan's own clause that followed the citations in the same paragraph, or null. */
  remainder: string | null;
}

/** Every citation of a "Căn cứ …" / "Thực hiện …" paragraph, and the clause that may follow them. */
export function parseCitationParagraph(paragraph: string): CitationParagraph {
  const text = stripBullet(normalizeText(paragraph));
  const lead = citationLeadOf(text);
  const clause = mainClauseStart(text);
  const list = clause >= 0 ? text.slice(0, clause) : text;
  const remainder = clause >= 0 ? text.slice(clause + 2).trim() || null : null;
  const citations = citationSegments(list).map((segment) => parseCitation(segment, lead));
  return { citations, remainder };
}
