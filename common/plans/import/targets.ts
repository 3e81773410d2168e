/**
 * Numeric targets written in a plan's text: "70% cán bộ, giáo viên … được nâng cao nhận
 * thức", "phấn đấu đạt 35,5% …", "tổ chức ít nhất 02 lớp tập huấn" → { text, value, unit,
 * year }. A percentage is always a target candidate; a count only when a verb of aiming or
 * doing precedes it ("ít nhất", "phấn đấu", "tổ chức", …) and a countable noun follows it
 * — so document numbers, dates, years, "06 tháng" and "8 lĩnh vực" are never taken.
 */
import type { PlanTarget } from '../plan-document.ts';
import { plausibleYear, splitOutsideQuotes, splitSentences, trimSentenceEnd } from './text-shape.ts';

const PERCENT = /(?<![\p{N}.,/])(\d{1,3}(?:[.,]\d{1,2})?)\s?%/gu;

// Counted nouns, longest first so "tin bài" wins over "tin".
const COUNT_NOUNS = [
  'câu lạc bộ', 'hội nghị', 'hội thảo', 'tọa đàm', 'toạ đàm', 'cuộc thi', 'chuyên đề', 'tin bài', 'bài viết', 'hoạt động', 'mô hình',
  'sản phẩm', 'tài liệu', 'học sinh', 'giáo viên', 'cán bộ', 'đơn vị', 'cơ sở', 'gia đình', 'chương trình', 'phóng sự', 'tờ rơi',
  'người', 'lớp', 'trường', 'buổi', 'cuộc', 'đợt', 'lượt', 'khóa', 'khoá', 'tiết', 'tin', 'bài', 'nhóm', 'CLB', 'video', 'clip', 'pano',
].sort((a, b) => b.length - a.length);
const COUNT_CUES = 'ít nhất|tối thiểu|không ít hơn|phấn đấu(?:\\s(?:có|đạt))?|đạt(?:\\strên)?|tổ chức|mở|xây dựng|duy trì|thành lập|phát hành|đăng tải|biên soạn|có ít nhất';
const COUNT = new RegExp(`(?<![\\p{L}])(?:${COUNT_CUES})\\s(?:từ\\s)?(\\d{1,4})\\s(${COUNT_NOUNS.join('|')})(?![\\p{L}])`, 'giu');
// "đến năm 2025", "vào năm 2030", "năm 2025" — not "giai đoạn 2021-2030", not "năm 2016 – 2018".
const YEAR = /(?<![\p{L}])năm\s(\d{4})(?!\d|\s?[-–]\s?\d)/giu;

function toValue(written: string): number {
  return Number(written.replace(',', '.'));
}

/** The clauses of a text: its sentences, cut again at ";" outside quotes. */
function clauses(text: string): string[] {
  return splitSentences(text).flatMap((sentence) => splitOutsideQuotes(sentence.text, ';').map((piece) => piece.text.trim())).filter(Boolean);
}

/** Every numeric target of a paragraph, in order. */
export function findTargets(text: string): PlanTarget[] {
  const targets: PlanTarget[] = [];
  for (const clause of clauses(text)) {
    if (!/\d/.test(clause)) continue;
    const found: Array<{ index: number; value: number; unit: string }> = [];
    for (const m of clause.matchAll(PERCENT)) found.push({ index: m.index, value: toValue(m[1]!), unit: '%' });
    for (const m of clause.matchAll(COUNT)) {
      const noun = m[2]!;
      const value = Number(m[1]);
      if (value > 0) found.push({ index: m.index + m[0].lastIndexOf(m[1]!), value, unit: noun });
    }
    if (found.length === 0) continue;
    found.sort((a, b) => a.index - b.index);
    const years = [...clause.matchAll(YEAR)].map((m) => ({ index: m.index, year: plausibleYear(Number(m[1])) })).filter((y) => y.year !== null);
    const textOf = trimSentenceEnd(clause);
    found.forEach((target, i) => {
      const until = found[i + 1]?.index ?? clause.length;
      // The year written after the figure, before the next figure; else the clause's only year.
      const own = years.find((y) => y.index > target.index && y.index < until);
      const year = own?.year ?? (years.length === 1 ? years[0]!.year : null);
      targets.push({ text: textOf, value: target.value, unit: target.unit, year });
    });
  }
  return targets;
}
