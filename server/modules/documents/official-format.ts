/**
 * The words and measures of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * how the number, the date line, the signer's lines and the recipients are written, the
 * page and type sizes, and an estimate of how wide a line of Times New Roman is (the rules
 * under the issuing body, the motto and the title are as long as their text, or a part of it).
 * Pure: no docx objects here, so the formatters are unit-tested alone.
 */

// ---------------------------------------------------------------------------------------
// Page and type (twips: 1/20 pt, 1 mm ≈ 56.7 twips; sizes in half-points as docx writes them)

export const FONT = 'Times New Roman';

export const A4 = { width: 11906, height: 16838 } as const;

/** Top 20 mm, bottom 20 mm, left 30 mm, right 15 mm — the narrow end of NĐ 30's ranges, so a page holds the most. */
export const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 } as const;

/** The width the text may fill, portrait and landscape (annex tables). */
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGINS.left - MARGINS.right;

/**
 * Half-points. Body 14 pt (the decree allows 13–14; 14 is what most offices use and
 * reads best printed). The header's left block 13, the national title 12 (13 does not fit
 * beside a 13 pt "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" on one line) and the motto 14,
 * "Nơi nhận:" 12, its items 11, the "V/v" line 12, annex tables 12 (11 when wide).
 */
export const SIZE = {
  body: 28,
  header: 26,
  nationalTitle: 24,
  motto: 28,
  dateLine: 28,
  subject: 24,
  documentType: 28,
  title: 28,
  recipientsHeading: 24,
  recipients: 22,
  signerTitle: 26,
  signerName: 28,
  pageNumber: 28,
  annexLabel: 28,
  annexCaption: 28,
  annexTitle: 28,
  tableTitle: 26,
} as const;

/** First-line indent 1.27 cm, 6 pt after each paragraph, line spacing 1.15 (single to 1.5 per the decree). */
export const BODY_INDENT = 720;
export const BODY_AFTER = 120;
export const BODY_LINE = 276;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

// ---------------------------------------------------------------------------------------
// Words

const upper = (text: string) => text.toLocaleUpperCase('vi');
const pad2 = (value: number) => String(value).padStart(2, '0');

/** Room left for a number written by hand after issuing ("Số:      /KH-PGDĐT"). */
const BLANK_NUMBER = '      ';
/** Room left for a day or month written by hand ("ngày     tháng     năm 2025"). */
const BLANK_DATE_PART = '     ';

/**
 * "Số: 05/KH-PGDĐT": the serial (a plain integer) with a leading zero under 10 and no
 * spaces around the slash; "/KH-PGDĐT" (not yet numbered) leaves room for the number;
 * anything else is printed as written. Null (no number at all) prints "Số:" and the room.
 */
export function formatNumberLine(number: string | null): string {
  if (number === null || number.trim() === '') return `Số:${BLANK_NUMBER}`;
  const text = number.trim();
  const numbered = /^(\d{1,6})\s*\/\s*(.*)$/.exec(text);
  if (numbered) return `Số: ${pad2(Number(numbered[1]))}/${numbered[2]!.replace(/\s+/g, '')}`;
  const blank = /^\/\s*(.*)$/.exec(text);
  if (blank) return `Số:${BLANK_NUMBER}/${blank[1]!.replace(/\s+/g, '')}`;
  return `Số: ${text}`;
}

/**
 * "ngày 05 tháng 3 năm 2025": days 1–9 and the months 1 and 2 take a leading zero
 * (NĐ 30/2020, Phụ lục I, I.4.b), other months do not.
 */
export function formatDayMonthYear(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not a calendar date: ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : String(month)} năm ${year}`;
}

/**
 * The date line under the motto: "Thanh Trì, ngày 05 tháng 3 năm 2025"; with no date
 * (the document is dated when signed) "Thanh Trì, ngày     tháng     năm 2025" from the year.
 */
export function formatDateLine(place: string | null, date: string | null, year: number | null): string {
  const when = date ? formatDayMonthYear(date) : `ngày${BLANK_DATE_PART}tháng${BLANK_DATE_PART}năm ${year ?? BLANK_DATE_PART}`;
  const placeText = place?.trim();
  return placeText ? `${placeText}, ${when}` : when[0]!.toLocaleUpperCase('vi') + when.slice(1);
}

/** A date as the annex caption and citations write it: 05/3/2025 (the same zero rules). */
export function formatShortDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${pad2(day)}/${month <= 2 ? pad2(month) : String(month)}/${year}`;
}

/**
 * "Nơi nhận:" items: "- Sở GD&ĐT;" each, the last "- Lưu: VT, TCCB." — whatever
 * punctuation the items were stored with.
 */
export function formatRecipientLines(recipients: readonly string[]): string[] {
  const items = recipients.map((item) => item.trim().replace(/^[-–+•]\s*/, '').replace(/[;.,\s]+$/, '')).filter((item) => item.length > 0);
  return items.map((item, index) => `- ${item}${index === items.length - 1 ? '.' : ';'}`);
}

/** The signer's lines above the signature, upper case: authority, title, further titles. */
export function signerTitleLines(signer: { authority: string | null; title: string | null; extraTitles?: readonly string[] }): string[] {
  return [signer.authority, signer.title, ...(signer.extraTitles ?? [])].map((line) => line?.trim()).filter((line): line is string => Boolean(line)).map(upper);
}

export { upper as upperCase };

// ---------------------------------------------------------------------------------------
// How wide a line is: Times Roman / Times Bold advance widths (1/1000 em, Adobe AFM) for
// ASCII 32–126; a Vietnamese letter is as wide as its base letter (Liberation Serif, which
// LibreOffice uses in place of Times New Roman, has the same metrics).

const REGULAR_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564,
  444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333,
  469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200,
  480, 541,
];
const BOLD_WIDTHS = [
  250, 333, 555, 500, 500, 1000, 833, 333, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570,
  500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333,
  581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220,
  394, 520,
];

function advance(char: string, widths: readonly number[]): number {
  let code = char.charCodeAt(0);
  if (code > 126) {
    const base = char === 'đ' ? 'd' : char === 'Đ' ? 'D' : char.normalize('NFD')[0]!;
    code = base.charCodeAt(0);
  }
  return code >= 32 && code <= 126 ? widths[code - 32]! : 500;
}

/** The width of a line of text in twips at `halfPoints` size (an estimate within a few per cent). */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let total = 0;
  for (const char of text) total += advance(char, widths);
  // 1/1000 em × (halfPoints / 2) pt × 20 twips per pt.
  return Math.round((total * halfPoints * 10) / 1000);
}
