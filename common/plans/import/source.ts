/**
 * The importer's input: a document as a list of paragraphs, whatever it came from — the
 * .docx reader (server/modules/plans/import/) builds them from WordprocessingML, and
 * `paragraphsFromText` builds them from text pasted into the browser.
 *
 * Column gaps are kept. A pasted two-column block — the header's issuer beside the national
 * motto, "Nơi nhận" beside the signature — arrives as one line with a tab or a long run of
 * spaces between the columns; that gap is the only trace of the layout, so it survives as
 * one tab character and the header and signature parsers cut there. Everywhere else a tab
 * reads as a space.
 */

export interface SourceParagraph {
  text: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Word auto-numbering rendered as text: 'I.', '1.', 'a)', '-' — treat as if the text began with it. */
  listLabel?: string;
  /** Set when the paragraph sits in a table cell, e.g. the two-column header table of an official document. */
  table?: { index: number; row: number; cell: number };
}

const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * One line of text as a paragraph's text: NFC, invisible characters dropped, ends trimmed
 * (a leading or trailing tab is indentation, not a column), a column gap kept as one tab,
 * any other run of white space folded to one space.
 */
export function cleanLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .trim()
    // One pass over each run of white space (a greedy run never backtracks): a run holding a
    // tab, or of three spaces or more, is a column gap.
    .replace(/\s+/g, (run) => (run.length >= 3 || run.includes('\t') ? '\t' : ' '));
}

/**
 * Markdown-ish emphasis left by some converters: "**" anywhere (seed 000's signature is
 * wrapped in it) and a single "*" hugging a word on both sides (“*Tuyên truyền …*”). A
 * lone "* " that opens a line is a bullet and stays.
 */
export function stripEmphasis(line: string): { text: string; bold: boolean } {
  const bold = /^\s*\*\*|\*\*\s*$/.test(line);
  const text = line
    .replace(/\*\*/g, '')
    .replace(/(^|[\s“"'(«‘])\*(?=[^\s*])([^*]{1,2000}?)(?<=[^\s*])\*(?=$|[\s”"').,;:!?»’])/gu, '$1$2');
  return { text, bold };
}

/** Paragraphs of pasted text: one per non-empty line, in order. */
export function paragraphsFromText(text: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  for (const raw of text.normalize('NFC').split(LINE_BREAK)) {
    const { text: plain, bold } = stripEmphasis(raw);
    const line = cleanLine(plain);
    if (!line) continue;
    paragraphs.push(bold ? { text: line, bold: true } : { text: line });
  }
  return paragraphs;
}
