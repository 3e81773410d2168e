/**
 * The parser's view of the source paragraphs: each a normalised line with its columns
 * (cut at the tabs `cleanLine` keeps), its formatting and where it came from. Paragraphs
 * broken by a page or a line wrap in the extraction are joined back here, before any
 * structure is looked for.
 */
import { cleanLine, stripEmphasis, type SourceParagraph } from './source.ts';
import { startsWithLowercase } from './text-shape.ts';

export interface Line {
  /** Index of the source paragraph (several lines may share one: a Word paragraph with line breaks). */
  index: number;
  /** The line's text: NFC, white space folded, columns joined by a space. */
  text: string;
  /** The line's columns, left to right; one for an ordinary paragraph. */
  columns: string[];
  bold: boolean;
  align?: SourceParagraph['align'];
  table?: SourceParagraph['table'];
}

const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;
// A lower-case lettered label ("a) …", "đ. …") starts a new paragraph although it starts in lower case.
const LETTER_LABEL = /^[a-zđ]\s{0,2}[).\/]\s/u;

function sameCell(a: Line, b: Line): boolean {
  if (!a.table && !b.table) return true;
  return Boolean(a.table && b.table && a.table.index === b.table.index && a.table.row === b.table.row && a.table.cell === b.table.cell);
}

/**
 * True when `next` is the rest of `previous` cut by the extraction: it starts in lower case
 * (or with "( " and lower case) and `previous` did not end its sentence; or it is a lone
 * address or link after a ":" (seed 001's e-mail address).
 */
function continues(previous: Line, next: Line): boolean {
  if (previous.columns.length > 1 || next.columns.length > 1 || !sameCell(previous, next)) return false;
  const text = next.text;
  if (LETTER_LABEL.test(text)) return false;
  const last = previous.text[previous.text.length - 1] ?? '';
  if (last === ':' && !text.includes(' ') && /[@.]/.test(text)) return true;
  if ('.!?:;'.includes(last)) return false;
  return startsWithLowercase(text) || /^\(\s?\p{Ll}/u.test(text);
}

// A draft leaves blanks as long runs of spaces ("Số:        /KH-PGDĐT", "ngày      tháng
// năm 2025"): those runs are not column gaps.
const BLANK_BEFORE = /(?:^Số\s?:?|(?<![\p{L}])(?:ngày|tháng))$/iu;
const BLANK_AFTER = /^(?:[.…_]*\/|(?:tháng|năm)(?![\p{L}]))/iu;

function joinBlankFills(columns: string[]): string[] {
  const joined: string[] = [];
  for (const column of columns) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && (BLANK_BEFORE.test(previous) || BLANK_AFTER.test(column))) joined[joined.length - 1] = `${previous} ${column}`;
    else joined.push(column);
  }
  return joined;
}

/** Lines of the source paragraphs, wrapped lines joined. */
export function linesOf(paragraphs: SourceParagraph[]): Line[] {
  const lines: Line[] = [];
  paragraphs.forEach((paragraph, index) => {
    const raw = paragraph.listLabel ? `${paragraph.listLabel} ${paragraph.text}` : paragraph.text;
    for (const part of raw.split(LINE_BREAK)) {
      // Markdown-ish emphasis also reaches here from Word files converted from text.
      const columns = joinBlankFills(
        cleanLine(stripEmphasis(part).text)
          .split('\t')
          .map((column) => column.trim())
          .filter(Boolean),
      );
      if (columns.length === 0) continue;
      const line: Line = { index, text: columns.join(' '), columns, bold: paragraph.bold === true };
      if (paragraph.align) line.align = paragraph.align;
      if (paragraph.table) line.table = paragraph.table;
      const previous = lines[lines.length - 1];
      if (previous && continues(previous, line)) {
        previous.text = `${previous.text} ${line.text}`;
        previous.columns = [previous.text];
        previous.bold = previous.bold && line.bold;
      } else {
        lines.push(line);
      }
    }
  });
  return lines;
}
