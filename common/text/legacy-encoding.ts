/**
 * Vietnamese typed in a pre-Unicode encoding, recognised from the text alone — in a Word
 * file (read by server/modules/plans/import/plan-file.read.ts) or in the paste box (the
 * web calls `detectLegacyVietnameseEncoding` before sending). Pure: no Node, no DOM.
 *
 * Old machines typed Vietnamese with the ABC keyboard in TCVN3 fonts (.VnTime, .VnTimeH)
 * or with the VNI keyboard in VNI fonts (VNI-Times). The file holds Latin-1 characters the
 * font happens to draw as Vietnamese letters, so without the font the text reads
 * "Gi¸o dôc vµ §µo t¹o" (TCVN3) or "Giaùo duïc vaø Ñaøo taïo" (VNI). Importing such text
 * would store nonsense, so it is refused with the way to convert it (Unikey, "Chuyển mã").
 *
 * The detection counts words that carry a tell-tale of each encoding and weighs them
 * against the words that hold letters only Unicode Vietnamese has (ă đ ơ ư ạ ấ …):
 *
 * - TCVN3: Latin-1 symbols used as letters (µ ¸ ¹ ¶ · ® § « ¬ soft hyphen …) next to a
 *   letter, where Vietnamese can have that letter (® is đ: only opening a word), or a
 *   Latin-1 capital right after a small letter ("kÕ", "viÖt");
 * - VNI: a vowel followed by a character used as a tone or hat mark ("aù", "eä", "ôù",
 *   "aú"), or a word opening with ñ (đ) before a vowel ("ñaøo").
 *
 * Each tell-tale is chosen so that correct Unicode Vietnamese never produces it ("hoá",
 * "quá", "giáo", "chuyên" are left out on purpose) and French, Spanish, German or English
 * produce it rarely ("où", "maïs", "goût", "Word®"); a text is legacy when at least 10 % of
 * its words carry the tell-tale (and, for VNI, more than twice the words with accents VNI
 * cannot write, like "été"). A caller with other evidence (the document's fonts) passes
 * it as `suspected`, which lowers the bar for that encoding.
 */

export type LegacyVietnameseEncoding = 'TCVN3' | 'VNI';

/** How a Vietnamese user knows each encoding. */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyVietnameseEncoding, string>> = {
  TCVN3: 'bảng mã TCVN3 (ABC)',
  VNI: 'bảng mã VNI',
};

/** The fonts that go with each encoding, as a person sees them in Word's font list. */
export const LEGACY_ENCODING_FONTS: Readonly<Record<LegacyVietnameseEncoding, string>> = {
  TCVN3: '.VnTime, .VnTimeH, .VnArial…',
  VNI: 'VNI-Times, VNI-Helve…',
};

/** What to choose as "Nguồn" in Unikey's conversion tool. */
const UNIKEY_SOURCE: Readonly<Record<LegacyVietnameseEncoding, string>> = {
  TCVN3: 'TCVN3 (ABC)',
  VNI: 'VNI Windows',
};

export function legacyEncodingName(encoding: LegacyVietnameseEncoding): string {
  return LEGACY_ENCODING_NAMES[encoding];
}

/**
 * The refusal a person can act on. `subject` opens the sentence: 'Văn bản đã dán',
 * 'Tệp "ke-hoach.docx"'.
 */
export function legacyEncodingMessage(encoding: LegacyVietnameseEncoding, subject: string): string {
  return (
    `${subject} được gõ bằng ${LEGACY_ENCODING_NAMES[encoding]} (phông chữ ${LEGACY_ENCODING_FONTS[encoding]}), không phải Unicode, ` +
    'nên chữ tiếng Việt sẽ bị sai và không được nhận. Hãy chuyển sang Unicode bằng Unikey: mở văn bản, chọn tất cả và sao chép (Ctrl+C); ' +
    `bấm chuột phải vào biểu tượng Unikey, chọn "Công cụ…" (Ctrl+Shift+F6) để mở bảng "Chuyển mã"; chọn Nguồn "${UNIKEY_SOURCE[encoding]}", Đích "Unicode", ` +
    'bấm "Chuyển mã"; dán lại (Ctrl+V), đổi phông chữ sang Times New Roman, rồi lưu thành tệp .docx hoặc dán lại văn bản.'
  );
}

/** The encoding a font name implies: ".VnTime" → TCVN3, "VNI-Times" → VNI, anything else → null. */
export function legacyEncodingOfFont(fontName: string): LegacyVietnameseEncoding | null {
  const name = fontName.trim();
  if (/^\.vn/i.test(name)) return 'TCVN3';
  if (/^vni[-\s]/i.test(name)) return 'VNI';
  return null;
}

// ---------------------------------------------------------------------------------------
// The encodings

/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3): the byte of each letter, read as Latin-1. The
 * capitals with a tone have no code: .VnTimeH draws the small letters' codes as capitals.
 */
const TCVN3_RANGES: readonly [number, number][] = [[0xa1, 0xae], [0xb5, 0xb9], [0xbb, 0xbe], [0xc6, 0xcc], [0xce, 0xd8], [0xdc, 0xdf], [0xe1, 0xef], [0xf1, 0xfe]];
const TCVN3_LETTERS = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';

const TCVN3_OF_LETTER: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const letters = [...TCVN3_LETTERS];
  let i = 0;
  for (const [from, to] of TCVN3_RANGES) for (let code = from; code <= to; code += 1) map.set(letters[i++]!, String.fromCharCode(code));
  return map;
})();

const TONE_OF_MARK: Readonly<Record<string, number>> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
/** VNI's tone marks after a plain vowel, by tone (none, sắc, huyền, hỏi, ngã, nặng). */
const VNI_TONE = ['', 'ù', 'ø', 'û', 'õ', 'ï'];
/** After a vowel with a circumflex (â ê ô): the hat and the tone in one character. */
const VNI_CIRCUMFLEX = ['â', 'á', 'à', 'å', 'ã', 'ä'];
/** After a (ă): the breve and the tone in one character. */
const VNI_BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë'];
/** i and ỵ are single characters. */
const VNI_I = ['i', 'í', 'ì', 'æ', 'ó', 'ò'];

function vniOfLetter(letter: string): string {
  if (letter === 'đ') return 'ñ';
  if (letter === 'Đ') return 'Ñ';
  const parts = letter.normalize('NFD');
  const base = parts[0]!;
  const lower = base.toLowerCase();
  if (!'aeiouy'.includes(lower) || parts.length === 1) return letter;
  const isUpper = base !== lower;
  const marks = parts.slice(1);
  let tone = 0;
  for (const mark of marks) tone = TONE_OF_MARK[mark] ?? tone;
  let out: string;
  if (lower === 'i') out = VNI_I[tone]!;
  else if (lower === 'y' && tone === 5) out = 'î';
  else if (marks.includes('\u0302')) out = lower + VNI_CIRCUMFLEX[tone]!;
  else if (marks.includes('\u0306')) out = lower + VNI_BREVE[tone]!;
  else if (marks.includes('\u031b')) out = (lower === 'o' ? 'ô' : 'ö') + VNI_TONE[tone]!;
  else out = lower + VNI_TONE[tone]!;
  return isUpper ? out.toUpperCase() : out;
}

/**
 * Unicode Vietnamese as it reads when typed in a legacy encoding and shown without its
 * font (each byte as Latin-1): what a .VnTime or VNI-Times document really holds. Tests
 * and test files build their samples with it; it also pins down what the detection looks for.
 */
export function encodeLegacyVietnamese(text: string, encoding: LegacyVietnameseEncoding): string {
  let out = '';
  for (const letter of text.normalize('NFC')) {
    if (encoding === 'VNI') out += vniOfLetter(letter);
    else out += TCVN3_OF_LETTER.get(letter) ?? TCVN3_OF_LETTER.get(letter.toLowerCase()) ?? letter;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The detection

/** TCVN3's letters that are symbols in Latin-1 (the soft hyphen U+00AD is ư). */
const TCVN3_SYMBOL = /[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00d7\u00f7]/;
/** A Latin-1 capital right after a small letter: TCVN3's ế ệ ề ị … inside a word ("kÕ", "viÖt"). */
const TCVN3_CAPITAL_INSIDE = /[a-z][\u00c0-\u00d6\u00d8-\u00de]/;
const LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/;
/** đ, Đ open a syllable; ă, â never end one: "Word®" or "Company©" is no TCVN3. */
const TCVN3_SYLLABLE_START = new Set(['®', '§']);
const TCVN3_NEVER_LAST = new Set(['©', '¨']);

function hasTcvn3TellTale(word: string): boolean {
  if (TCVN3_CAPITAL_INSIDE.test(word)) return true;
  const chars = [...word];
  const isPart = (c: string | undefined) => c !== undefined && (LETTER.test(c) || TCVN3_SYMBOL.test(c));
  return chars.some((c, i) => {
    if (!TCVN3_SYMBOL.test(c)) return false;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (TCVN3_SYLLABLE_START.has(c)) return i === 0 && isPart(after);
    if (TCVN3_NEVER_LAST.has(c)) return isPart(after);
    return isPart(before) || isPart(after);
  });
}
/**
 * VNI's marks after the vowel they sit on. Left out because Unicode Vietnamese has them:
 * i + anything (giá, già, tiên, giúp), u + á à â ê ô (quá, quà, xuân, thuê, luôn),
 * y + ê (chuyên), o + á à é è (hoá, hoà, khoé, hoè).
 */
const VNI_SEQUENCE = /[aeouyAEOUYôöÔÖ][øûïåäëüùõØÛÏÅÄËÜÙÕ]|[aeAE][áàÁÀ]|[aeoAEO][ãâÃÂ]|[aA][êéèúÊÉÈÚ]|^[ñÑ][aeiouyAEIOUYôöÔÖ]/;
/**
 * An accented letter where VNI cannot put it: VNI's marks always follow the vowel they sit
 * on, so "café", "été", "à", "continué", "niño", "garçon" are some other language (or Unicode).
 */
const NOT_VNI = /(?:^|[^aA])[éèêúüëÉÈÊÚÜË]|(?:^|[^aeoAEO])[áàâãäåÁÀÂÃÄÅ]|(?:^|[^aeouyAEOUYôöÔÖ])[ùøûõïÙØÛÕÏ]|.[ñÑ]|[çÇßðÐþÞ]/;
/** Letters only Unicode Vietnamese has: ă đ ĩ ũ ơ ư and the precomposed block (ạ ả ấ … ỹ). */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/;
const WORD_BREAK = /[\s.,;:!?()[\]{}"'“”‘’/\\|<>=+*&%$#@^~`_\-–—…0-9]+/u;

export interface LegacyEncodingEvidence {
  /** Words holding at least one letter. */
  words: number;
  /** Words with a TCVN3 tell-tale. */
  tcvn3: number;
  /** Words with a VNI tell-tale. */
  vni: number;
  /** Words with an accented letter where VNI cannot put it (French, Spanish, Unicode Vietnamese). */
  notVni: number;
  /** Words with a letter only Unicode Vietnamese has. */
  unicodeVietnamese: number;
}

/** The counts the detection decides on (exported for tests and for callers weighing other evidence). */
export function measureLegacyVietnamese(text: string): LegacyEncodingEvidence {
  const evidence: LegacyEncodingEvidence = { words: 0, tcvn3: 0, vni: 0, notVni: 0, unicodeVietnamese: 0 };
  for (const token of text.normalize('NFC').split(WORD_BREAK)) {
    // French and Vietnamese quotes hug words: «Bonjour». Inside a word « is TCVN3's ô.
    const word = token.replace(/^[«»]+|[«»]+$/g, '');
    if (word === '') continue;
    const hasTcvnSymbol = TCVN3_SYMBOL.test(word);
    if (!hasTcvnSymbol && !/\p{L}/u.test(word)) continue;
    evidence.words += 1;
    if (UNICODE_VIETNAMESE.test(word)) evidence.unicodeVietnamese += 1;
    if (hasTcvn3TellTale(word)) evidence.tcvn3 += 1;
    // "où" is French; as VNI it would be the lone interjection "ó".
    if (VNI_SEQUENCE.test(word) && !/^où$/i.test(word)) evidence.vni += 1;
    if (NOT_VNI.test(word)) evidence.notVni += 1;
  }
  return evidence;
}

/** Share of words with the tell-tale from which a text is legacy. */
const MIN_SHARE = 0.1;

/**
 * 'TCVN3' or 'VNI' when the text is Vietnamese typed in that encoding; null for Unicode
 * text in any language. `suspected`: an encoding other evidence points to — the text is
 * set in a .VnTime or VNI-Times font, where "µ" is drawn as "à" — so one tell-tale word is
 * enough, unless Unicode Vietnamese words outnumber the tell-tales four to one.
 */
export function detectLegacyVietnameseEncoding(text: string, options: { suspected?: LegacyVietnameseEncoding | null } = {}): LegacyVietnameseEncoding | null {
  const evidence = measureLegacyVietnamese(text);
  if (evidence.words === 0) return null;
  const passes = (encoding: LegacyVietnameseEncoding): boolean => {
    const count = encoding === 'TCVN3' ? evidence.tcvn3 : evidence.vni;
    const isSuspected = options.suspected === encoding;
    // Unicode Vietnamese words outnumbering the tell-tales four to one: a Unicode text with a stray symbol.
    if (count < (isSuspected ? 1 : 2) || (!isSuspected && count / evidence.words < MIN_SHARE) || count * 4 <= evidence.unicodeVietnamese) return false;
    // VNI's marks found in a text full of accents VNI cannot write: French or Spanish ("maïs", "goût" beside "été", "café").
    return encoding === 'TCVN3' || count > 2 * evidence.notVni;
  };
  if (options.suspected && passes(options.suspected)) return options.suspected;
  const isTcvn3 = passes('TCVN3');
  const isVni = passes('VNI');
  if (isTcvn3 && isVni) return evidence.tcvn3 >= evidence.vni ? 'TCVN3' : 'VNI';
  return isTcvn3 ? 'TCVN3' : isVni ? 'VNI' : null;
}
