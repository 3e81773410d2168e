/**
 * Reads an uploaded plan — a Word .docx or a .txt — into the paragraphs the plan parser
 * (common/plans/import) works on, and refuses everything else with a message a person
 * can act on. Pure: nothing is written, nothing is kept.
 *
 * The file is recognised by its content, not its name: a .doc, a PDF, a photo renamed
 * .docx are each told what they are. A .docx is a zip: its directory and declared sizes
 * are checked first (server/lib/files/zip-guard.ts), then only the four parts read here
 * are inflated, in small steps, each stopped as soon as it outgrows what it declared or
 * PLAN_FILE_LIMITS.maxPartBytes — the pictures are never inflated at all.
 *
 * What is read from word/document.xml, in reading order:
 * - each paragraph (w:p) with its runs' text: w:t, w:tab as "\t", and w:br / w:cr as the end
 *   of a line — a line break makes a new SourceParagraph with the same alignment and table
 *   cell (the header's "UBND HUYỆN X<br/>PHÒNG GD&ĐT" are two lines, as in pasted text);
 *   the Word auto-number goes to the first line only;
 * - bold / italic when every run with text in that line is bold / italic (w:b, w:i on the
 *   run, its character style, the paragraph style with its basedOn chain, the defaults);
 * - alignment (w:jc, or the paragraph style's): both → 'justify';
 * - tables: each cell's paragraphs, cells left to right, row by row, with
 *   { index, row, cell } counted from 0 (a table nested in a cell reports the outer cell);
 * - Word auto-numbering (w:numPr, directly or through the paragraph style) resolved
 *   through word/numbering.xml into `listLabel` ("I.", "2.1.1.", "a)", "-"). Counters run
 *   per abstract definition, as Word does: instances (w:num) of one definition continue
 *   each other, a w:startOverride restarts its levels when its instance first appears,
 *   and using a level restarts the levels below it (unless w:lvlRestart says otherwise);
 * - tracked changes as accepted: inserted text kept, deleted and moved-away text skipped;
 *   field codes (w:instrText) skipped, field results and hyperlink text kept. Text boxes,
 *   headers, footers, footnotes and comments are not read.
 * Text is NFC-normalised and trimmed; soft hyphens are dropped; empty lines are skipped.
 *
 * Old Vietnamese encodings (TCVN3 with .VnTime, VNI with VNI-Times) are refused: by the
 * statistics of the text (common/text/legacy-encoding.ts) or, with a lower bar, when the
 * document's fonts (document.xml, styles.xml, fontTable.xml) are such fonts.
 */
import { romanNumeral } from '../../../../common/plans/symbols.ts';
import { Unzlib } from 'fflate';
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import type { SourceParagraph } from '../../../../common/plans/import/source.ts';
import {
  detectLegacyVietnameseEncoding,
  legacyEncodingMessage,
  legacyEncodingOfFont,
  type LegacyVietnameseEncoding,
} from '../../../../common/text/legacy-encoding.ts';
import { AppError } from '../../../lib/errors.ts';
import { assertDeclaredSizes, inflateEntry, isZip, readZipDirectory, ZipRefusal, type ZipEntry } from '../../../lib/files/zip-guard.ts';

const MB = 1024 * 1024;

export const PLAN_FILE_LIMITS = {
  /** The upload itself (the HTTP layer cuts the stream here too). */
  maxBytes: 20 * MB,
  /** One XML part once inflated; a 300-page document.xml is about 10 MB. */
  maxPartBytes: 50 * MB,
  /** Paragraphs (lines) in one plan; a long plan has a few hundred. */
  maxParagraphs: 20_000,
  /** What may be inflated from a PDF while looking for its fonts. */
  maxPdfInflatedBytes: 50 * MB,
} as const;

// ---------------------------------------------------------------------------------------
// Messages

const megabytes = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "100,0 MB"; a size is rounded up, so a file just over the limit never reads as equal to it. */
function formatMegabytes(bytes: number, roundUp = false): string {
  const value = bytes / MB;
  return `${megabytes.format(roundUp ? Math.ceil(value * 10) / 10 : value)} MB`;
}

/** The file's name as the person gave it, without a path or control characters. */
function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]+/g, '').trim().slice(0, 120);
}

/** 'Tệp "ke-hoach.docx"', the subject of every refusal ('tệp …' inside a sentence). */
function subjectOf(fileName: string, isInsideSentence = false): string {
  const name = displayName(fileName);
  const subject = name ? `Tệp "${name}"` : 'Tệp đã chọn';
  return isInsideSentence ? `t${subject.slice(1)}` : subject;
}

const UPLOAD_HINT = 'Hãy tải lên tệp Word (.docx) của kế hoạch hoặc dán văn bản.';
const RESAVE_HINT = 'Hãy mở tệp bằng Word, lưu lại dạng .docx rồi tải lên lại.';

/** 413 for a file past PLAN_FILE_LIMITS.maxBytes; the HTTP layer uses it for a cut upload too. */
export function planFileTooLarge(size: number, fileName = ''): AppError {
  return new AppError(
    'FILE_TOO_LARGE',
    `${subjectOf(fileName)} có dung lượng ${formatMegabytes(size, true)}, vượt giới hạn ${formatMegabytes(PLAN_FILE_LIMITS.maxBytes)}. ` +
      'Hãy bớt hoặc nén ảnh trong tệp (Word: Tệp → Nén ảnh) rồi tải lên lại, hoặc dán văn bản.',
  );
}

function badFile(fileName: string, message: string): AppError {
  return new AppError('BAD_FILE', `${subjectOf(fileName)} ${message}`);
}

const broken = (fileName: string) => badFile(fileName, `bị hỏng hoặc tải lên không đầy đủ: không mở được như tệp Word (.docx). ${RESAVE_HINT}`);
const brokenPart = (fileName: string, part: string) => badFile(fileName, `bị hỏng: phần "${part}" không đọc được (XML sai cấu trúc). ${RESAVE_HINT}`);
const zipBomb = (fileName: string) => badFile(fileName, 'có nội dung giải nén bất thường (nghi là "zip bomb") nên bị từ chối.');
const withMacros = (fileName: string) =>
  badFile(fileName, 'chứa macro (VBA) nên không được nhận vì lý do an toàn; hãy lưu lại dạng .docx (Word: Tệp → Lưu thành → "Word Document (*.docx)") rồi tải lên lại.');
const noText = (fileName: string) =>
  new AppError('BAD_FILE', `Tài liệu không có nội dung chữ: ${subjectOf(fileName, true)} không có đoạn văn bản nào đọc được (có thể chỉ có ảnh, hình vẽ hoặc hộp văn bản). ${UPLOAD_HINT}`);

// ---------------------------------------------------------------------------------------
// Entry point

/**
 * The paragraphs of an uploaded plan, or an AppError (BAD_FILE 400, FILE_TOO_LARGE 413)
 * naming the file and saying what to do.
 */
export function readPlanFile(bytes: Uint8Array, fileName: string): SourceParagraph[] {
  if (bytes.length === 0) throw badFile(fileName, `rỗng (0 byte). ${UPLOAD_HINT}`);
  if (bytes.length > PLAN_FILE_LIMITS.maxBytes) throw planFileTooLarge(bytes.length, fileName);
  const extension = /\.([a-z0-9]{1,5})$/i.exec(displayName(fileName))?.[1]?.toLowerCase() ?? '';
  if (isZip(bytes)) {
    if (extension === 'docm' || extension === 'dotm') throw withMacros(fileName);
    return readDocx(bytes, fileName);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw badFile(fileName, 'là tệp Word 97-2003 (.doc) hoặc tệp Word có đặt mật khẩu: chưa đọc được. Hãy mở bằng Word, bỏ mật khẩu (nếu có) và lưu lại dạng .docx (Tệp → Lưu thành → "Word Document (*.docx)") rồi tải lên lại.');
  }
  if (startsWith(bytes, [...'%PDF-'].map((c) => c.charCodeAt(0)))) throw refusePdf(bytes, fileName);
  const image = imageKind(bytes);
  if (image) throw badFile(fileName, `là ảnh (${image}), không phải tệp Word. ${UPLOAD_HINT}`);
  if (startsWith(bytes, [...'{\\rtf'].map((c) => c.charCodeAt(0)))) {
    throw badFile(fileName, 'là tệp RTF: chưa đọc được. Hãy mở bằng Word, lưu lại dạng .docx rồi tải lên lại, hoặc dán văn bản.');
  }
  if (['docx', 'dotx', 'docm', 'dotm', 'doc', 'dot'].includes(extension)) {
    throw badFile(fileName, `không phải tệp Word thật (tệp bị hỏng hoặc bị đổi đuôi). ${RESAVE_HINT}`);
  }
  if (extension === '' || extension === 'txt' || extension === 'text') return readTextFile(bytes, fileName);
  throw badFile(fileName, `không phải tệp Word (.docx) hay tệp văn bản (.txt). ${UPLOAD_HINT}`);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function imageKind(bytes: Uint8Array): string | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'GIF';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  // "BM" alone could open a text; a BMP also has zero reserved bytes and a known header size.
  if (ascii(0, 2) === 'BM' && bytes.length > 18 && bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0 && [12, 40, 52, 56, 64, 108, 124].includes(bytes[14]!)) return 'BMP';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'WebP';
  if (ascii(4, 8) === 'ftyp' && /^(heic|heix|mif1|avif)$/.test(ascii(8, 12))) return 'HEIC';
  return null;
}

// ---------------------------------------------------------------------------------------
// Text files

function readTextFile(bytes: Uint8Array, fileName: string): SourceParagraph[] {
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = decodeUtf8(bytes.subarray(3)) ?? notUnicode(bytes, fileName);
  else if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (bytes.includes(0)) throw badFile(fileName, `không phải tệp văn bản (.txt) đọc được (có ký tự nhị phân). ${UPLOAD_HINT}`);
  else text = decodeUtf8(bytes) ?? notUnicode(bytes, fileName);
  const paragraphs = paragraphsOfText(text, fileName);
  refuseLegacyEncoding(paragraphs, fileName, new Set());
  return finish(paragraphs, fileName);
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Bytes that are not UTF-8: a TCVN3 or VNI file says so, anything else is "not Unicode". */
function notUnicode(bytes: Uint8Array, fileName: string): never {
  const asAnsi = new TextDecoder('windows-1252').decode(bytes);
  const encoding = detectLegacyVietnameseEncoding(asAnsi);
  if (encoding) throw new AppError('BAD_FILE', legacyEncodingMessage(encoding, subjectOf(fileName)));
  throw badFile(
    fileName,
    'không dùng bảng mã Unicode (UTF-8) nên chữ tiếng Việt không đọc được. Hãy mở bằng Notepad, chọn Tệp → Lưu thành, chọn Mã hoá "UTF-8" rồi tải lên lại; hoặc tải lên tệp Word (.docx).',
  );
}

/** One paragraph per non-empty line, as pasted text is read. */
function paragraphsOfText(text: string, fileName: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  for (const line of text.split(/\r\n|[\r\n\u2028\u2029\f\v]/)) {
    if (line.trim() === '') continue;
    paragraphs.push({ text: line });
    if (paragraphs.length > PLAN_FILE_LIMITS.maxParagraphs) throw tooLong(fileName);
  }
  return paragraphs;
}

const tooLong = (fileName: string) =>
  badFile(fileName, `quá dài (hơn ${PLAN_FILE_LIMITS.maxParagraphs.toLocaleString('vi-VN')} đoạn văn) để là một kế hoạch. Hãy kiểm tra lại tệp hoặc tách thành nhiều kế hoạch.`);

/** NFC, trimmed, soft hyphens dropped, empty lines skipped; no text at all is refused. */
function finish(paragraphs: SourceParagraph[], fileName: string): SourceParagraph[] {
  const result: SourceParagraph[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.text.replace(/\u00ad/g, '').normalize('NFC').trim();
    if (text === '') continue;
    result.push({ ...paragraph, text });
  }
  if (result.length === 0) throw noText(fileName);
  return result;
}

/** The text's statistics, or — with a lower bar — the fonts the document uses. */
function refuseLegacyEncoding(paragraphs: SourceParagraph[], fileName: string, fontEncodings: ReadonlySet<LegacyVietnameseEncoding>, textInFont?: ReadonlyMap<LegacyVietnameseEncoding, string>) {
  const text = paragraphs.map((p) => p.text).join('\n');
  let encoding = detectLegacyVietnameseEncoding(text);
  for (const suspected of fontEncodings) {
    if (encoding) break;
    encoding = detectLegacyVietnameseEncoding(textInFont?.get(suspected) || text, { suspected });
  }
  if (encoding) throw new AppError('BAD_FILE', legacyEncodingMessage(encoding, subjectOf(fileName)));
}

// ---------------------------------------------------------------------------------------
// PDF

/**
 * A PDF is refused either way; the message depends on whether it has text. Text needs a
 * font, so a PDF without any /Font — in the file or in its compressed streams (object
 * streams hide the resource dictionaries) — is a scan.
 */
function refusePdf(bytes: Uint8Array, fileName: string): AppError {
  return pdfHasFonts(bytes)
    ? badFile(fileName, 'là tệp PDF: chưa đọc kế hoạch từ PDF. Hãy tải lên tệp Word (.docx) gốc của kế hoạch, hoặc mở tệp PDF, chép toàn bộ văn bản và dán vào ô văn bản.')
    : badFile(fileName, 'là bản quét (ảnh), không có chữ để đọc — hãy tải lên tệp Word (.docx) hoặc dán văn bản.');
}

const FONT_SIGN = /\/Font\b|\bTf\b/;

function pdfHasFonts(bytes: Uint8Array): boolean {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (/\/Font\b/.test(raw)) return true;
  let budget: number = PLAN_FILE_LIMITS.maxPdfInflatedBytes;
  const streamStart = /\bstream\r?\n/g;
  for (let match = streamStart.exec(raw); match && budget > 0; match = streamStart.exec(raw)) {
    const dictionary = raw.slice(Math.max(raw.lastIndexOf(' obj', match.index), match.index - 4096), match.index);
    const dataStart = match.index + match[0].length;
    const dataEnd = raw.indexOf('endstream', dataStart);
    if (dataEnd < 0) break;
    streamStart.lastIndex = dataEnd;
    // Pictures are large and cannot name a font: only content and object streams are looked into.
    if (!/\/FlateDecode\b/.test(dictionary) || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const inflated = inflatePdfStream(bytes.subarray(dataStart, dataEnd), budget);
    budget -= inflated.length;
    if (FONT_SIGN.test(inflated)) return true;
  }
  return false;
}

/** What a zlib stream inflates to (latin1), up to `limit` bytes; a damaged tail keeps what came before. */
function inflatePdfStream(data: Uint8Array, limit: number): string {
  const chunks: string[] = [];
  let produced = 0;
  const inflater = new Unzlib((chunk) => {
    produced += chunk.length;
    if (produced <= limit) chunks.push(Buffer.from(chunk).toString('latin1'));
  });
  try {
    for (let p = 0; p < data.length && produced <= limit; p += 4096) inflater.push(data.subarray(p, Math.min(data.length, p + 4096)), p + 4096 >= data.length);
  } catch {
    // A stream that does not inflate cleanly is judged on what it gave.
  }
  return chunks.join('');
}

// ---------------------------------------------------------------------------------------
// The .docx package

interface Package {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  fileName: string;
}

function readDocx(bytes: Uint8Array, fileName: string): SourceParagraph[] {
  const pkg = openPackage(bytes, fileName);
  if ([...pkg.entries.keys()].some((name) => /(^|\/)vbaproject\.bin$/.test(name))) throw withMacros(fileName);
  const contentTypes = readPart(pkg, '[content_types].xml');
  if (contentTypes === null) throw notWord(pkg);
  const types = readContentTypes(contentTypes, pkg);
  if (types.isMacroEnabled) throw withMacros(fileName);
  const mainPart = types.mainPart ?? 'word/document.xml';
  const document = readPart(pkg, mainPart);
  if (document === null) throw notWord(pkg);
  const folder = mainPart.slice(0, mainPart.lastIndexOf('/') + 1);
  const fonts = new FontEvidence();
  const styles = readStyles(readPart(pkg, `${folder}styles.xml`), pkg, fonts);
  const numbering = new Numbering(readPart(pkg, `${folder}numbering.xml`), styles, pkg);
  readFontTable(readPart(pkg, `${folder}fonttable.xml`), pkg, fonts);
  const paragraphs = readBody(document, mainPart, pkg, styles, numbering, fonts);
  refuseLegacyEncoding(paragraphs, fileName, fonts.declared, fonts.textInFont());
  return finish(paragraphs, fileName);
}

/** zip-guard's refusal (worded for a workbook) in this reader's words, by its kind. */
function inWordTerms(error: unknown, fileName: string): AppError {
  if (!(error instanceof ZipRefusal)) return broken(fileName);
  if (error.problem === 'bomb') return zipBomb(fileName);
  if (error.problem === 'method') return badFile(fileName, `dùng kiểu nén không được hỗ trợ. ${RESAVE_HINT}`);
  return broken(fileName);
}

function openPackage(bytes: Uint8Array, fileName: string): Package {
  let list: ZipEntry[];
  try {
    list = readZipDirectory(bytes);
    // The declared sizes, as for a workbook: cheap, before any inflation.
    assertDeclaredSizes(list);
  } catch (error) {
    throw inWordTerms(error, fileName);
  }
  // Part names are case-insensitive in a package (OPC); some tools write "\" or a leading "/".
  const entries = new Map(list.map((entry) => [entry.name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase(), entry]));
  return { bytes, entries, fileName };
}

/** Says what a zip that is no Word document is instead. */
function notWord(pkg: Package): AppError {
  const has = (name: string) => pkg.entries.has(name);
  if (has('xl/workbook.xml')) return badFile(pkg.fileName, `là tệp Excel (.xlsx), không phải tệp Word. ${UPLOAD_HINT}`);
  if (has('ppt/presentation.xml')) return badFile(pkg.fileName, `là tệp PowerPoint (.pptx), không phải tệp Word. ${UPLOAD_HINT}`);
  if (has('mimetype') && has('content.xml')) return badFile(pkg.fileName, 'là tệp OpenDocument (.odt): chưa đọc được. Hãy mở bằng Word hoặc LibreOffice và lưu lại dạng .docx rồi tải lên lại.');
  return badFile(pkg.fileName, `là tệp nén nhưng không phải tệp Word (.docx): không có phần nội dung văn bản (word/document.xml). ${UPLOAD_HINT}`);
}

/** One part's bytes inflated (never past its declared size: zip-guard inflateEntry) and decoded; null when absent. */
function readPart(pkg: Package, name: string): string | null {
  const entry = pkg.entries.get(name.toLowerCase());
  if (!entry) return null;
  const { bytes, fileName } = pkg;
  if (entry.uncompressedSize > PLAN_FILE_LIMITS.maxPartBytes) throw zipBomb(fileName);
  let content: Uint8Array;
  try {
    content = inflateEntry(bytes, entry);
  } catch (error) {
    throw inWordTerms(error, fileName);
  }
  return decodeXml(content, name, fileName);
}

function decodeXml(content: Uint8Array, part: string, fileName: string): string {
  if (startsWith(content, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(content.subarray(2));
  if (startsWith(content, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(content.subarray(2));
  const text = decodeUtf8(startsWith(content, [0xef, 0xbb, 0xbf]) ? content.subarray(3) : content);
  if (text === null) throw brokenPart(fileName, part);
  return text;
}

// ---------------------------------------------------------------------------------------
// XML

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  // ISO 29500 Strict
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

interface XmlElement {
  /** The local name ("p" for w:p); `isW` says whether it is WordprocessingML, `uri` names any other vocabulary. */
  local: string;
  isW: boolean;
  uri: string;
  attributes: Record<string, SaxesAttributeNS>;
}

interface XmlVisitor {
  /** Return false to skip the element's content. */
  open(element: XmlElement, parent: XmlElement | undefined): boolean | void;
  close?(element: XmlElement): void;
  text?(text: string): void;
}

/** A streaming walk over one part; malformed XML and any DOCTYPE (never in a package, the door to entity tricks) are refused. */
function walkXml(xml: string, part: string, fileName: string, visitor: XmlVisitor) {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: XmlElement[] = [];
  let skipDepth = 0;
  let failure: unknown = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('doctype', () => {
    failure ??= new Error('DOCTYPE');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (skipDepth > 0) {
      skipDepth += 1;
      return;
    }
    const element: XmlElement = { local: tag.local, isW: W_NAMESPACES.has(tag.uri), uri: tag.uri, attributes: tag.attributes as Record<string, SaxesAttributeNS> };
    if (visitor.open(element, stack[stack.length - 1]) === false) skipDepth = 1;
    else stack.push(element);
  });
  parser.on('closetag', () => {
    if (skipDepth > 0) {
      skipDepth -= 1;
      return;
    }
    const element = stack.pop();
    if (element) visitor.close?.(element);
  });
  const onText = (text: string) => {
    if (skipDepth === 0) visitor.text?.(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    failure ??= error;
  }
  if (failure) throw brokenPart(fileName, part);
}

/** A WordprocessingML attribute (w:val) by its local name; unprefixed attributes count too. */
function attr(element: XmlElement, local: string): string | undefined {
  for (const attribute of Object.values(element.attributes)) {
    if (attribute.local === local && (attribute.uri === '' || W_NAMESPACES.has(attribute.uri))) return attribute.value;
  }
  return undefined;
}

/** w:b, w:i and other on/off properties: no w:val means on. */
function isOn(element: XmlElement): boolean {
  const value = attr(element, 'val');
  return value === undefined || !/^(false|0|off|none)$/i.test(value);
}

function readContentTypes(xml: string, pkg: Package): { isMacroEnabled: boolean; mainPart: string | null } {
  let isMacroEnabled = false;
  let mainPart: string | null = null;
  walkXml(xml, '[Content_Types].xml', pkg.fileName, {
    open(element) {
      const type = element.attributes.ContentType?.value ?? '';
      if (/macroEnabled/i.test(type) || /vbaProject/i.test(type)) isMacroEnabled = true;
      if (element.local === 'Override' && /wordprocessingml\.(document|template)\.main\+xml$/i.test(type)) {
        mainPart = (element.attributes.PartName?.value ?? '').replace(/^\//, '') || null;
      }
    },
  });
  return { isMacroEnabled, mainPart };
}

// ---------------------------------------------------------------------------------------
// Fonts

/** Which legacy-font encodings the document names, and the text its runs set in them. */
class FontEvidence {
  readonly declared = new Set<LegacyVietnameseEncoding>();
  private readonly text = new Map<LegacyVietnameseEncoding, string[]>();

  noteFont(fontName: string | undefined): LegacyVietnameseEncoding | null {
    if (!fontName) return null;
    const encoding = legacyEncodingOfFont(fontName);
    if (encoding) this.declared.add(encoding);
    return encoding;
  }

  noteText(encoding: LegacyVietnameseEncoding, text: string) {
    const list = this.text.get(encoding) ?? [];
    list.push(text);
    this.text.set(encoding, list);
  }

  textInFont(): Map<LegacyVietnameseEncoding, string> {
    return new Map([...this.text].map(([encoding, parts]) => [encoding, parts.join(' ')]));
  }
}

function readFontTable(xml: string | null, pkg: Package, fonts: FontEvidence) {
  if (xml === null) return;
  walkXml(xml, 'word/fontTable.xml', pkg.fileName, {
    open(element) {
      if (element.isW && element.local === 'font') fonts.noteFont(attr(element, 'name'));
    },
  });
}

/** The font a w:rFonts gives the Latin characters (hAnsi covers é, µ, ¸ … where legacy text lives). */
function fontOf(element: XmlElement): string | undefined {
  return attr(element, 'hAnsi') ?? attr(element, 'ascii');
}

// ---------------------------------------------------------------------------------------
// Styles

type Align = NonNullable<SourceParagraph['align']>;

interface Properties {
  /** w:pStyle of a paragraph, w:rStyle of a run. */
  styleId?: string;
  bold?: boolean;
  italic?: boolean;
  font?: string;
  align?: Align;
  numId?: string;
  ilvl?: number;
}

interface Style extends Properties {
  type: string;
  basedOn?: string;
}

class StyleSheet {
  readonly styles = new Map<string, Style>();
  defaults: Properties = {};
  defaultParagraphStyle: string | undefined;

  /** A property along a style's basedOn chain (cycles and absurd depths stop the walk). */
  lookup<K extends keyof Properties>(styleId: string | undefined, key: K): Properties[K] | undefined {
    let id = styleId;
    for (let depth = 0; id !== undefined && depth < 20; depth += 1) {
      const style = this.styles.get(id);
      if (!style) break;
      if (style[key] !== undefined) return style[key];
      id = style.basedOn;
    }
    return undefined;
  }

  /** The numPr a paragraph style brings, with the style that holds it (for a level linked by w:pStyle). */
  numberingOf(styleId: string | undefined): { numId: string; ilvl?: number; styleId: string } | undefined {
    let id = styleId;
    for (let depth = 0; id !== undefined && depth < 20; depth += 1) {
      const style = this.styles.get(id);
      if (!style) break;
      if (style.numId !== undefined) return { numId: style.numId, ilvl: style.ilvl, styleId: id };
      id = style.basedOn;
    }
    return undefined;
  }
}

const ALIGN_OF_JC: Readonly<Record<string, Align>> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
  lowKashida: 'justify',
  mediumKashida: 'justify',
  highKashida: 'justify',
  thaiDistribute: 'justify',
};

/**
 * Reads one property element of a w:pPr or w:rPr into `target`. Shared by styles.xml and
 * document.xml, so a paragraph and a style mean the same by each.
 */
function readProperty(element: XmlElement, target: Properties, fonts: FontEvidence) {
  switch (element.local) {
    case 'b':
      target.bold = isOn(element);
      break;
    case 'i':
      target.italic = isOn(element);
      break;
    case 'rFonts': {
      const font = fontOf(element);
      if (font) {
        target.font = font;
        fonts.noteFont(font);
      }
      break;
    }
    case 'jc': {
      const align = ALIGN_OF_JC[attr(element, 'val') ?? ''];
      if (align) target.align = align;
      break;
    }
    case 'numId':
      target.numId = attr(element, 'val');
      break;
    case 'ilvl': {
      const level = Number(attr(element, 'val'));
      if (Number.isInteger(level) && level >= 0 && level <= 8) target.ilvl = level;
      break;
    }
  }
}

/** Elements whose content describes other formatting than the one in force: skipped. */
const FORMATTING_HISTORY = new Set(['rPrChange', 'pPrChange', 'tblStylePr', 'numberingChange', 'del', 'ins', 'tblPr', 'trPr', 'tcPr']);

function readStyles(xml: string | null, pkg: Package, fonts: FontEvidence): StyleSheet {
  const sheet = new StyleSheet();
  if (xml === null) return sheet;
  let current: Style | null = null;
  let target: Properties | null = null;
  walkXml(xml, 'word/styles.xml', pkg.fileName, {
    open(element) {
      if (!element.isW) return;
      if (FORMATTING_HISTORY.has(element.local)) return false;
      switch (element.local) {
        case 'docDefaults':
          target = sheet.defaults;
          return;
        case 'style': {
          const id = attr(element, 'styleId');
          current = { type: attr(element, 'type') ?? 'paragraph' };
          target = current;
          if (id !== undefined) {
            sheet.styles.set(id, current);
            const isDefault = attr(element, 'default');
            if (current.type === 'paragraph' && isDefault !== undefined && !/^(false|0|off)$/i.test(isDefault)) sheet.defaultParagraphStyle = id;
          }
          return;
        }
        case 'basedOn':
          if (current) current.basedOn = attr(element, 'val');
          return;
        default:
          if (target) readProperty(element, target, fonts);
      }
    },
    close(element) {
      if (element.isW && (element.local === 'style' || element.local === 'docDefaults')) {
        current = null;
        target = null;
      }
    },
  });
  return sheet;
}


// ---------------------------------------------------------------------------------------
// Numbering

interface Level {
  start: number;
  format: string;
  text: string | null;
  /** 1-based level whose use restarts this one; 0 never; undefined: any higher level. */
  restartAfter?: number;
  isLegal: boolean;
  pStyle?: string;
}

interface NumInstance {
  abstractId: string;
  /** w:lvlOverride: a new start, or a whole level definition. */
  starts: Map<number, number>;
  levels: Map<number, Partial<Level>>;
}

interface Abstract {
  levels: Map<number, Partial<Level>>;
  /** w:numStyleLink: the definition lives in a numbering style's list. */
  styleLink?: string;
}

class Numbering {
  private readonly abstracts = new Map<string, Abstract>();
  private readonly instances = new Map<string, NumInstance>();
  /** Counter values per abstract definition and level (undefined: not used since its last restart). */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly seenInstances = new Set<string>();

  private readonly styles: StyleSheet;

  constructor(xml: string | null, styles: StyleSheet, pkg: Package) {
    this.styles = styles;
    if (xml !== null) this.read(xml, pkg);
  }

  private read(xml: string, pkg: Package) {
    let abstract: Abstract | null = null;
    let instance: NumInstance | null = null;
    let overrideLevel: number | null = null;
    let level: Partial<Level> | null = null;
    walkXml(xml, 'word/numbering.xml', pkg.fileName, {
      open: (element) => {
        if (!element.isW) return;
        const val = attr(element, 'val');
        switch (element.local) {
          case 'abstractNum':
            abstract = { levels: new Map() };
            this.abstracts.set(attr(element, 'abstractNumId') ?? '', abstract);
            return;
          case 'num':
            instance = { abstractId: '', starts: new Map(), levels: new Map() };
            this.instances.set(attr(element, 'numId') ?? '', instance);
            return;
          case 'abstractNumId':
            if (instance) instance.abstractId = val ?? '';
            return;
          case 'numStyleLink':
            if (abstract && val) abstract.styleLink = val;
            return;
          case 'lvlOverride':
            overrideLevel = Number(attr(element, 'ilvl') ?? 0);
            return;
          case 'startOverride':
            if (instance && overrideLevel !== null && Number.isFinite(Number(val))) instance.starts.set(overrideLevel, Number(val));
            return;
          case 'lvl': {
            level = {};
            const ilvl = Number(attr(element, 'ilvl') ?? overrideLevel ?? 0);
            if (instance && overrideLevel !== null) instance.levels.set(overrideLevel, level);
            else if (abstract) abstract.levels.set(ilvl, level);
            return;
          }
          case 'pPr':
          case 'rPr':
            return false;
        }
        if (!level) return;
        if (element.local === 'start' && Number.isFinite(Number(val))) level.start = Number(val);
        else if (element.local === 'numFmt') level.format = val ?? 'decimal';
        else if (element.local === 'lvlText') level.text = val ?? null;
        else if (element.local === 'lvlRestart' && Number.isFinite(Number(val))) level.restartAfter = Number(val);
        else if (element.local === 'isLgl') level.isLegal = isOn(element);
        else if (element.local === 'pStyle') level.pStyle = val;
      },
      close: (element) => {
        if (!element.isW) return;
        if (element.local === 'lvl') level = null;
        else if (element.local === 'lvlOverride') overrideLevel = null;
        else if (element.local === 'abstractNum') abstract = null;
        else if (element.local === 'num') instance = null;
      },
    });
  }

  /** The abstract definition an instance counts in, following w:numStyleLink once. */
  private abstractOf(instance: NumInstance): { id: string; abstract: Abstract } | undefined {
    let id = instance.abstractId;
    let abstract = this.abstracts.get(id);
    if (abstract?.styleLink) {
      const linked = this.styles.numberingOf(abstract.styleLink);
      const target = linked ? this.instances.get(linked.numId) : undefined;
      const resolved = target ? this.abstracts.get(target.abstractId) : undefined;
      if (target && resolved) {
        id = target.abstractId;
        abstract = resolved;
      }
    }
    return abstract ? { id, abstract } : undefined;
  }

  private levelOf(instance: NumInstance, abstract: Abstract, ilvl: number): Level {
    const base = abstract.levels.get(ilvl) ?? {};
    const override = instance.levels.get(ilvl) ?? {};
    const start = instance.starts.get(ilvl);
    return { start: 1, format: 'decimal', text: `%${ilvl + 1}.`, isLegal: false, ...base, ...override, ...(start === undefined ? {} : { start }) };
  }

  /** The level a numbering style's paragraph style is linked to (w:pStyle in a w:lvl). */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const instance = this.instances.get(numId);
    const found = instance ? this.abstractOf(instance) : undefined;
    if (!found) return undefined;
    for (const [ilvl, level] of found.abstract.levels) if (level.pStyle === styleId) return ilvl;
    return undefined;
  }

  /** Advances the counters for one numbered paragraph and answers its label ("I.", "2.1.", "a)", "-"), or undefined. */
  next(numId: string, ilvl: number): string | undefined {
    const instance = this.instances.get(numId);
    const found = instance ? this.abstractOf(instance) : undefined;
    if (!instance || !found) return undefined;
    const values = this.counters.get(found.id) ?? [];
    this.counters.set(found.id, values);
    // An instance with a start override restarts those levels where it first appears.
    if (!this.seenInstances.has(numId)) {
      this.seenInstances.add(numId);
      for (const overridden of instance.starts.keys()) values[overridden] = undefined;
    }
    const level = this.levelOf(instance, found.abstract, ilvl);
    const previous = values[ilvl];
    values[ilvl] = previous === undefined ? level.start : previous + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper += 1) {
      const restartAfter = this.levelOf(instance, found.abstract, deeper).restartAfter;
      if (restartAfter === undefined || (restartAfter !== 0 && ilvl < restartAfter)) values[deeper] = undefined;
    }
    if (level.format === 'bullet') return bullet(level.text ?? '');
    if (level.text === null) return undefined;
    const label = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const index = Number(n) - 1;
      const of = this.levelOf(instance, found.abstract, index);
      const value = values[index] ?? of.start;
      return formatCounter(value, level.isLegal && index < ilvl ? 'decimal' : of.format);
    });
    return clean(label);
  }
}

function clean(label: string): string | undefined {
  const trimmed = label.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Symbol and Wingdings bullets are private-use characters (U+F0B7 is Symbol's •). */
function bullet(text: string): string | undefined {
  const label = [...text]
    .map((c) => {
      const code = c.codePointAt(0)!;
      if (code >= 0xf000 && code <= 0xf0ff) {
        const symbol = code - 0xf000;
        return symbol === 0x2d ? '-' : symbol === 0x2b ? '+' : '•';
      }
      return c === '·' ? '•' : c;
    })
    .join('');
  return clean(label);
}

/** Word's letters: a … z, then aa … zz. */
function letters(value: number): string {
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function formatCounter(value: number, format: string): string {
  if (value <= 0 && format !== 'decimal' && format !== 'decimalZero') return String(value);
  switch (format) {
    case 'upperRoman':
      return romanNumeral(value);
    case 'lowerRoman':
      return romanNumeral(value).toLowerCase();
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerLetter':
      return letters(value);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'none':
      return '';
    default:
      // decimal, and the formats a Vietnamese plan does not use, read as numbers.
      return String(value);
  }
}

// ---------------------------------------------------------------------------------------
// The body

interface Line {
  text: string;
  /** Bold / italic of the runs with visible text in this line. */
  boldRuns: number;
  italicRuns: number;
  textRuns: number;
}

/** Content that is not part of the document as it reads now, or not part of the body's flow. */
const SKIPPED = new Set([
  'del', 'moveFrom', 'delText', 'instrText', 'delInstrText',
  'txbxContent', 'footnoteReference', 'endnoteReference', 'commentReference',
  'sectPr', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'sdtPr', 'sdtEndPr', 'rPrChange', 'pPrChange',
  'object', 'pict', 'drawing',
]);

function readBody(xml: string, part: string, pkg: Package, styles: StyleSheet, numbering: Numbering, fonts: FontEvidence): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  /** Outermost table first: [index, row, cell]. */
  const tables: { index: number; row: number; cell: number }[] = [];
  let tableCount = 0;
  let inBody = false;

  let paragraph: { direct: Properties; lines: Line[] } | null = null;
  let inParagraphProperties = false;
  let run: Properties | null = null;
  let inRunProperties = false;
  let inText = false;
  /** Complex fields: true while between w:fldChar begin and separate (the instruction). */
  const fields: boolean[] = [];

  const line = (): Line => paragraph!.lines[paragraph!.lines.length - 1]!;
  const isInInstruction = () => fields.some(Boolean);

  const addText = (text: string) => {
    if (!paragraph || !run || isInInstruction() || text === '') return;
    const current = line();
    current.text += text;
    if (/\S/.test(text)) {
      const styleId = paragraphStyle(paragraph.direct);
      const resolve = <K extends 'bold' | 'italic' | 'font'>(key: K): Properties[K] | undefined =>
        run![key] ?? styles.lookup(run!.styleId, key) ?? styles.lookup(styleId, key) ?? styles.defaults[key];
      current.textRuns += 1;
      if (resolve('bold')) current.boldRuns += 1;
      if (resolve('italic')) current.italicRuns += 1;
      const encoding = legacyEncodingOfFont(resolve('font') ?? '');
      if (encoding) fonts.noteText(encoding, text);
    }
  };

  const paragraphStyle = (direct: Properties) => direct.styleId ?? styles.defaultParagraphStyle;

  const endParagraph = () => {
    if (!paragraph) return;
    const direct = paragraph.direct;
    const styleId = paragraphStyle(direct);
    const align = direct.align ?? styles.lookup(styleId, 'align');
    let listLabel: string | undefined;
    // Direct numbering wins; a style's numbering takes its level from the style, or from the level linked to the style.
    const fromStyle = direct.numId === undefined ? styles.numberingOf(styleId) : undefined;
    const numId = direct.numId ?? fromStyle?.numId;
    if (numId !== undefined && numId !== '0') {
      const ilvl = direct.ilvl ?? fromStyle?.ilvl ?? (fromStyle ? numbering.levelForStyle(numId, fromStyle.styleId) : undefined) ?? 0;
      listLabel = numbering.next(numId, ilvl);
    }
    const outer = tables[0];
    const table = outer ? { index: outer.index, row: Math.max(0, outer.row), cell: Math.max(0, outer.cell) } : undefined;
    let isFirst = true;
    for (const { text, textRuns, boldRuns, italicRuns } of paragraph.lines) {
      if (text.trim() === '') continue;
      const source: SourceParagraph = { text };
      if (textRuns > 0 && boldRuns === textRuns) source.bold = true;
      if (textRuns > 0 && italicRuns === textRuns) source.italic = true;
      if (align) source.align = align;
      if (isFirst && listLabel) source.listLabel = listLabel;
      if (table) source.table = table;
      paragraphs.push(source);
      isFirst = false;
      if (paragraphs.length > PLAN_FILE_LIMITS.maxParagraphs) throw tooLong(pkg.fileName);
    }
    paragraph = null;
  };

  walkXml(xml, part, pkg.fileName, {
    open(element, parent) {
      // mc:Fallback repeats mc:Choice for older readers: read one of them.
      if (element.uri === MC_NAMESPACE && element.local === 'Fallback') return false;
      if (!element.isW) return;
      if (element.local === 'body') {
        inBody = true;
        return;
      }
      if (!inBody) return;
      if (SKIPPED.has(element.local)) return false;
      switch (element.local) {
        case 'tbl':
          tables.push({ index: tables.length === 0 ? tableCount++ : tables[0]!.index, row: -1, cell: -1 });
          return;
        case 'tr':
          if (tables.length > 0) {
            const table = tables[tables.length - 1]!;
            table.row += 1;
            table.cell = -1;
          }
          return;
        case 'tc':
          if (tables.length > 0) tables[tables.length - 1]!.cell += 1;
          return;
        case 'p':
          endParagraph();
          paragraph = { direct: {}, lines: [{ text: '', textRuns: 0, boldRuns: 0, italicRuns: 0 }] };
          return;
        case 'pPr':
          if (parent?.local === 'p') inParagraphProperties = true;
          return;
        case 'r':
          run = {};
          return;
        case 'rPr':
          // The paragraph mark's own formatting (w:pPr/w:rPr) is not the text's.
          if (inParagraphProperties) return false;
          if (parent?.local === 'r') inRunProperties = true;
          return;
        case 't':
          inText = true;
          return;
        case 'tab':
        case 'ptab':
          if (!inParagraphProperties) addText('\t');
          return;
        case 'br':
        case 'cr':
          if (paragraph && run && !isInInstruction()) paragraph.lines.push({ text: '', textRuns: 0, boldRuns: 0, italicRuns: 0 });
          return;
        case 'noBreakHyphen':
          addText('-');
          return;
        case 'softHyphen':
          // Kept for the encoding check (TCVN3's ư is the soft hyphen's code), dropped after it.
          addText('\u00ad');
          return;
        case 'fldChar': {
          const type = attr(element, 'fldCharType');
          if (type === 'begin') fields.push(true);
          else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = false;
          else if (type === 'end') fields.pop();
          return;
        }
      }
      if (inParagraphProperties && paragraph) {
        if (element.local === 'pStyle') paragraph.direct.styleId = attr(element, 'val');
        else readProperty(element, paragraph.direct, fonts);
      } else if (inRunProperties && run) {
        if (element.local === 'rStyle') run.styleId = attr(element, 'val');
        else readProperty(element, run, fonts);
      }
    },
    close(element) {
      if (!element.isW || !inBody) return;
      switch (element.local) {
        case 'body':
          endParagraph();
          inBody = false;
          return;
        case 'p':
          endParagraph();
          return;
        case 'tbl':
          tables.pop();
          return;
        case 'pPr':
          inParagraphProperties = false;
          return;
        case 'rPr':
          inRunProperties = false;
          return;
        case 'r':
          run = null;
          return;
        case 't':
          inText = false;
          return;
      }
    },
    text(text) {
      if (inText) addText(text);
    },
  });
  return paragraphs;
}
