/**
 * Reporting deadlines a plan sets: "theo định kỳ 6 tháng (trước ngày 1/6) và cả năm (trước
 * ngày 25/11)" → 6 tháng 1/6, Cả năm 25/11; "vào tháng 6 và tháng 12 hằng năm" → two
 * month-only entries; "gửi đường link … trong tháng 03/2025" → the plan's publication.
 *
 * Only sentences about reporting or sending (báo cáo, gửi, nộp) count, and only a date
 * announced as a limit ("trước", "chậm nhất", "vào", "trong" …) or listed right after one
 * ("trước ngày 5/6 và 30/11"): a cited document's date or an event's date is not a
 * deadline, nor is a range ("từ ngày 15/11 đến 15/12").
 *
 * A deadline's label is the period named in the words just before it ("6 tháng", "cả
 * năm", "tổng kết", "học kỳ I", "quý II"); two dates with no period named, one in the first
 * half of the year and one at its end, are the 6-month and the yearly report.
 */
import type { ReportingDeadline } from '../plan-document.ts';
import { plausibleYear, splitOutsideQuotes, splitSentences, trimSentenceEnd } from './text-shape.ts';

const REPORTING = /(?<![\p{L}])(?:báo cáo|gửi|nộp)(?![\p{L}])/iu;

type Found = { index: number; end: number; day?: number; month: number; year?: number };

// Day and month: "ngày 01 tháng 5 (năm 2023)", "01 tháng 11", "15/5/2023", "1/6".
const WORD_DAY = /(?<![\p{L}\p{N}])(?:ngày\s)?(\d{1,2})\stháng\s(\d{1,2})(?:\snăm\s(\d{4}))?(?!\d)/giu;
const NUMERIC_DAY = /(?<![\p{N}/.\-])(\d{1,2})\s?\/\s?(\d{1,2})(?:\s?\/\s?(\d{4}))?(?![\p{N}/])/gu;
// Month only: "tháng 6", "tháng 03/2025", "tháng 12 năm 2024".
const MONTH = /(?<![\p{L}\p{N}])tháng\s(\d{1,2})(?:\s?\/\s?(\d{4})|\snăm\s(\d{4}))?(?![\p{N}/])/giu;

// What announces a limit, at the end of the text before a date.
const CUE = /(?:trước|chậm nhất(?:\slà)?|không muộn hơn|hạn chót(?:\slà)?|hạn(?:\snộp)?|vào|trong|đầu|cuối|trước hoặc vào)\s(?:ngày\s)?$/iu;
// What joins a further date to the one before it.
const JOIN = /^\s?(?:,|và|hoặc|;)?\s?(?:ngày\s)?$/iu;
// What starts a range: its dates are not deadlines.
const RANGE = /(?:từ|đến)\s(?:ngày\s)?$/iu;

const PERIODS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/(?<![\p{L}\p{N}])(?:0?6|sáu)\stháng/giu, () => '6 tháng'],
  [/(?<![\p{L}\p{N}])(?:0?9|chín)\stháng/giu, () => '9 tháng'],
  [/(?<![\p{L}])quý\s(IV|I{1,3}|[1-4])(?![\p{L}])/giu, (m) => `Quý ${m[1]!.toUpperCase()}`],
  [/(?<![\p{L}])học kỳ\s(II|I|[12])(?![\p{L}])/giu, (m) => `Học kỳ ${m[1] === '2' ? 'II' : m[1] === '1' ? 'I' : m[1]!.toUpperCase()}`],
  [/(?<![\p{L}])(?:cả năm|hằng năm|hàng năm|tổng kết(?:\snăm)?|cuối năm|năm học|báo cáo năm(?!\s\d))(?![\p{L}])/giu, () => 'Cả năm'],
];

function periodsIn(segment: string): Array<{ index: number; label: string }> {
  const found: Array<{ index: number; label: string }> = [];
  for (const [pattern, label] of PERIODS) {
    pattern.lastIndex = 0;
    for (const m of segment.matchAll(pattern)) found.push({ index: m.index, label: label(m) });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** What a deadline with no period word is for, from its clause. */
function sendingLabel(clause: string): string {
  if (/đường link|(?<![\p{L}])link(?![\p{L}])|đường dẫn/iu.test(clause)) return 'Gửi đường link kế hoạch';
  if (/(?<![\p{L}])báo cáo(?![\p{L}])/iu.test(clause)) return 'Báo cáo';
  if (/kế hoạch/iu.test(clause)) return 'Gửi kế hoạch';
  if (/danh sách/iu.test(clause)) return 'Gửi danh sách';
  return 'Gửi văn bản';
}

function toNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** Dates of a sentence that can be deadlines, in order and without overlaps. */
function datesIn(sentence: string): Found[] {
  const found: Found[] = [];
  const add = (f: Found) => {
    if (f.month < 1 || f.month > 12 || (f.day !== undefined && (f.day < 1 || f.day > 31))) return;
    if (found.some((g) => f.index < g.end && f.end > g.index)) return;
    found.push(f);
  };
  for (const m of sentence.matchAll(WORD_DAY)) add({ index: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[2]), year: toNumber(m[3]) });
  for (const m of sentence.matchAll(NUMERIC_DAY)) add({ index: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[2]), year: toNumber(m[3]) });
  for (const m of sentence.matchAll(MONTH)) add({ index: m.index, end: m.index + m[0].length, month: Number(m[1]), year: toNumber(m[2] ?? m[3]) });
  return found.sort((a, b) => a.index - b.index);
}

/** Groups of deadline dates: a cued date and the dates joined to it. */
function deadlineGroups(sentence: string): Found[][] {
  const groups: Found[][] = [];
  let previous: Found | null = null;
  let current: Found[] | null = null;
  for (const date of datesIn(sentence)) {
    const before = sentence.slice(Math.max(0, date.index - 30), date.index);
    const between = previous ? sentence.slice(previous.end, date.index) : null;
    if (current && between !== null && between.length <= 12 && JOIN.test(between)) {
      current.push(date);
    } else if (CUE.test(before) && !RANGE.test(before)) {
      current = [date];
      groups.push(current);
    } else {
      current = null;
    }
    previous = date;
  }
  return groups;
}

function labelsFor(group: Found[], segment: string, clause: string): string[] {
  const periods = periodsIn(segment).map((p) => p.label);
  if (periods.length >= group.length) return periods.slice(periods.length - group.length);
  if (periods.length === 0 && group.length === 2 && group[0]!.month <= 7 && group[1]!.month >= 10) return ['6 tháng', 'Cả năm'];
  const fallback = sendingLabel(clause);
  return group.map((_, i) => periods[i] ?? fallback);
}

/** The reporting deadlines of a paragraph, in order. */
export function findReportingDeadlines(text: string): ReportingDeadline[] {
  const deadlines: ReportingDeadline[] = [];
  for (const { text: sentence } of splitSentences(text)) {
    if (!REPORTING.test(sentence)) continue;
    const clausePieces = splitOutsideQuotes(sentence, ';');
    const clauseAt = (index: number) => clausePieces.filter((p) => p.start <= index).pop()?.text ?? sentence;
    let segmentStart = 0;
    for (const group of deadlineGroups(sentence)) {
      const first = group[0]!;
      const clause = trimSentenceEnd(clauseAt(first.index));
      const labels = labelsFor(group, sentence.slice(segmentStart, first.index), clause);
      group.forEach((date, i) => {
        const deadline: ReportingDeadline = { label: labels[i]!, month: date.month, text: clause };
        if (date.day !== undefined) deadline.day = date.day;
        const year = plausibleYear(date.year);
        if (year !== null) deadline.year = year;
        deadlines.push(deadline);
      });
      segmentStart = group[group.length - 1]!.end;
    }
  }
  return deadlines;
}

const UNDATED_PERIOD = /(?<![\p{L}\p{N}])(?:0?6 tháng|sáu tháng|cả năm|học kỳ|quý\s(?:IV|I{1,3}|[1-4])|hằng năm|hàng năm)(?![\p{L}])/iu;

/** True when a sentence asks for a periodic report ("báo cáo 06 tháng/năm") without any date: the reviewer must add it. */
export function hasUndatedReportingPeriod(text: string): boolean {
  return splitSentences(text).some(
    ({ text: sentence }) => /(?<![\p{L}])báo cáo(?![\p{L}])/iu.test(sentence) && UNDATED_PERIOD.test(sentence) && deadlineGroups(sentence).length === 0,
  );
}

/** The same day (or month) of the same year counts once; the first mention keeps its label. */
export function dedupeDeadlines(deadlines: ReportingDeadline[]): ReportingDeadline[] {
  const seen = new Set<string>();
  return deadlines.filter((d) => {
    const key = `${d.day ?? ''}/${d.month}/${d.year ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
