/**
 * The values people write in the rosters the sector already keeps in Excel, read into
 * the roster's vocabularies (roster-record.ts). Each parser answers with a value, perhaps
 * with a warning the person may accept, or with a reason in Vietnamese to fix — the text
 * after "Dòng 12, cột C: ". Blank cells are null (or false, or "male" in a "Nữ" column):
 * whether a column is required is the import's business, not the parser's.
 *
 * Recognition works on diacritic-free word keys (cell-text.ts), so "NỮ", "nữ" in NFD,
 * "Nu" and "nu" are the same answer; the words are those of the sector's own sheets.
 */
import { resolveEthnicGroup } from './ethnic-groups.ts';
import type { EthnicGroup } from './ethnic-groups.ts';
import { cellText, compactKey, hasPhrase, wordKey } from './cell-text.ts';
import type { CellValue, ParsedValue } from './cell-text.ts';
import { parseBirthDate } from './date-parsers.ts';
import type { BirthDateOptions } from './date-parsers.ts';
import { DEGREES, staffGroupOfPosition } from './roster-record.ts';
import type { BirthDate, CommitteeRole, Degree, PoliticalTheoryLevel, Position, Sex, StaffGroup, TrainingStandard } from './roster-record.ts';

// ── marks: "x" in a column means yes ────────────────────────────────────────────────

const TICKS = new Set(['✓', '✔', '☑', '✅', '√', '☒', '⊠']);
const DASHES = new Set(['-', '–', '—', '_']);
const YES_WORDS = new Set(['x', '1', 'co', 'yes', 'y', 'true', 'v', 'dung']);
const NO_WORDS = new Set(['0', 'khong', 'no', 'n', 'false', 'chua', 'khong co', 'sai']);

type Mark = 'yes' | 'no' | 'other';

function markOf(value: CellValue): Mark {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = cellText(value);
  if (text === '' || DASHES.has(text)) return 'no';
  if (TICKS.has(text)) return 'yes';
  const key = wordKey(text);
  if (YES_WORDS.has(key)) return 'yes';
  if (NO_WORDS.has(key)) return 'no';
  return 'other';
}

const MARK_HINT = 'ghi x (có) hoặc để trống (không)';

/**
 * A yes/no column ("Đảng viên", "Cấp ủy", "DTTS"): x, X, 1, có, yes, ✓, √ are yes;
 * blank, 0, không, "-" are no. Anything else is an error rather than a guess.
 */
export function parseYesNo(value: CellValue): ParsedValue<boolean> {
  const mark = markOf(value);
  if (mark !== 'other') return { ok: true, value: mark === 'yes' };
  return { ok: false, error: `Không hiểu "${cellText(value)}": ${MARK_HINT}` };
}

const DATE_LIKE = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}$|^\d{4}$|^\d{4}-\d{2}-\d{2}/;

/**
 * Party member (đảng viên). Many rosters have "Ngày vào Đảng" instead of a mark: a date
 * or a year there says yes, as does the word itself ("Đảng viên", "ĐV").
 */
export function parsePartyMember(value: CellValue): ParsedValue<boolean> {
  const mark = markOf(value);
  if (mark !== 'other') return { ok: true, value: mark === 'yes' };
  if (value instanceof Date || typeof value === 'number') return { ok: true, value: true };
  const text = cellText(value);
  const key = wordKey(text);
  if (DATE_LIKE.test(text) || key === 'dv' || hasPhrase(key, 'dang vien')) return { ok: true, value: true };
  return { ok: false, error: `Không hiểu "${text}": ${MARK_HINT}, hoặc ghi ngày vào Đảng` };
}

const COMMITTEE_WORDS = ['uy vien', 'bi thu', 'cap uy', 'chi uy', 'dang uy', 'ban chap hanh'];

/** Party committee member (cấp ủy viên): a mark, or the post itself ("Bí thư chi bộ", "Chi ủy viên"). */
export function parsePartyCommittee(value: CellValue): ParsedValue<boolean> {
  const mark = markOf(value);
  if (mark !== 'other') return { ok: true, value: mark === 'yes' };
  const text = cellText(value);
  const key = wordKey(text);
  if (COMMITTEE_WORDS.some((phrase) => hasPhrase(key, phrase)) || ['cuv', 'duv', 'btcb', 'bt'].includes(key)) return { ok: true, value: true };
  return { ok: false, error: `Không hiểu "${text}": ${MARK_HINT}, hoặc ghi chức vụ trong cấp ủy` };
}

// ── sex ─────────────────────────────────────────────────────────────────────────────

const FEMALE_WORDS = new Set(['nu', 'f', 'female']);
const MALE_WORDS = new Set(['nam', 'm', 'male']);

function sexWord(value: CellValue): Sex | null {
  const key = compactKey(cellText(value));
  return FEMALE_WORDS.has(key) ? 'female' : MALE_WORDS.has(key) ? 'male' : null;
}

/**
 * A "Giới tính" column: Nam / Nữ in any case and Unicode form, also without diacritics
 * ("nu": no other value folds to it, so it is taken without a warning), and F / M.
 * A 1 or 0 is refused: sheets disagree on which of them means women.
 */
export function parseSex(value: CellValue): ParsedValue<Sex | null> {
  const text = cellText(value);
  if (text === '') return { ok: true, value: null };
  const sex = sexWord(value);
  if (sex) return { ok: true, value: sex };
  const key = wordKey(text);
  if (key === '1' || key === '0') return { ok: false, error: `Giới tính "${text}" không rõ nghĩa: ghi Nam hoặc Nữ` };
  if (markOf(value) === 'yes') return { ok: false, error: `Cột giới tính cần ghi Nam hoặc Nữ; dấu "${text}" chỉ dùng trong cột "Nữ"` };
  return { ok: false, error: `Không hiểu giới tính "${text}": ghi Nam hoặc Nữ` };
}

/** A lone "Nữ" column: a mark (x, X, 1, ✓) is a woman, blank is a man; the words Nữ / Nam are read as such. */
export function parseFemaleMark(value: CellValue): ParsedValue<Sex> {
  return parseLoneMark(value, 'female');
}

/** A lone "Nam" column, the mirror of parseFemaleMark: blank is a woman. */
export function parseMaleMark(value: CellValue): ParsedValue<Sex> {
  return parseLoneMark(value, 'male');
}

function parseLoneMark(value: CellValue, marked: Sex): ParsedValue<Sex> {
  const word = sexWord(value);
  if (word) return { ok: true, value: word };
  const mark = markOf(value);
  if (mark === 'other') return { ok: false, error: `Không hiểu "${cellText(value)}" ở cột "${marked === 'female' ? 'Nữ' : 'Nam'}": ${MARK_HINT}` };
  return { ok: true, value: mark === 'yes' ? marked : marked === 'female' ? 'male' : 'female' };
}

/** A "Giới tính" header over two columns "Nam" | "Nữ": exactly one of them is marked. */
export function parseSexMarkPair(maleCell: CellValue, femaleCell: CellValue): ParsedValue<Sex> {
  const male = markOf(maleCell) === 'yes' || sexWord(maleCell) === 'male';
  const female = markOf(femaleCell) === 'yes' || sexWord(femaleCell) === 'female';
  for (const [cell, isMarked, column] of [[maleCell, male, 'Nam'], [femaleCell, female, 'Nữ']] as const) {
    if (!isMarked && markOf(cell) === 'other') return { ok: false, error: `Không hiểu "${cellText(cell)}" ở cột "${column}": ${MARK_HINT}` };
  }
  if (male && female) return { ok: false, error: 'Đánh dấu cả cột Nam và cột Nữ: chỉ đánh dấu một cột' };
  if (!male && !female) return { ok: false, error: 'Chưa đánh dấu cột Nam hoặc cột Nữ' };
  return { ok: true, value: female ? 'female' : 'male' };
}

/**
 * The classic two-level header "Ngày sinh" over "Nam" | "Nữ": the birth date is written
 * in the column of the person's sex, and the other is left blank.
 */
export function parseSplitBirthDate(maleCell: CellValue, femaleCell: CellValue, options: BirthDateOptions): ParsedValue<{ sex: Sex; birth: BirthDate }> {
  const male = parseBirthDate(maleCell, options);
  const female = parseBirthDate(femaleCell, options);
  if (!male.ok) return male;
  if (!female.ok) return female;
  if (male.value && female.value) return { ok: false, error: 'Ngày sinh ghi ở cả cột Nam và cột Nữ: chỉ ghi ở cột đúng giới tính' };
  const [sex, parsed] = male.value ? (['male', male] as const) : (['female', female] as const);
  if (!parsed.value) return { ok: false, error: 'Thiếu ngày sinh (ghi ở cột Nam hoặc cột Nữ)' };
  return { ok: true, value: { sex, birth: parsed.value }, ...(parsed.warning ? { warning: parsed.warning } : {}) };
}

// ── name and ethnic group ───────────────────────────────────────────────────────────

function isAllCapitals(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word) => (word === '' ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join(' ');
}

/**
 * Họ và tên, NFC. A name in capitals ("NGUYỄN THỊ HOA", as many lists are typed) is
 * title-cased, since it is shown and sorted beside names that are not.
 */
export function parseFullName(value: CellValue): ParsedValue<string | null> {
  const text = cellText(value);
  if (text === '') return { ok: true, value: null };
  if (/\d/.test(text)) return { ok: false, error: `Họ và tên "${text}" có chữ số: kiểm tra lại cột được chọn` };
  if (!/\p{L}/u.test(text)) return { ok: false, error: `Họ và tên "${text}" không có chữ nào` };
  const name = isAllCapitals(text) ? titleCase(text) : text;
  if (!name.includes(' ')) return { ok: true, value: name, warning: `Họ và tên "${name}" chỉ có một từ: kiểm tra đã ghi đủ họ và tên chưa` };
  return { ok: true, value: name };
}

/** Two columns "Họ (và tên) đệm" | "Tên", joined into one full name. */
export function parseSplitName(familyCell: CellValue, givenCell: CellValue): ParsedValue<string | null> {
  const family = cellText(familyCell);
  const given = cellText(givenCell);
  if (family === '' && given === '') return { ok: true, value: null };
  if (given === '') return { ok: false, error: 'Thiếu tên (cột "Tên" để trống)' };
  return parseFullName(`${family} ${given}`);
}

/** A "Dân tộc" cell: a group, or the closest groups to pick from when the text is not sure. */
export function parseEthnicGroup(value: CellValue): ParsedValue<EthnicGroup | null> {
  const text = cellText(value);
  const resolution = resolveEthnicGroup(text);
  switch (resolution.kind) {
    case 'blank':
      return { ok: true, value: null };
    case 'match':
      return { ok: true, value: resolution.group };
    case 'suggest': {
      const names = resolution.suggestions.map((group) => group.name);
      return { ok: false, error: `Không rõ dân tộc "${text}": có phải ${names.join(', ')}?`, suggestions: names };
    }
    case 'unknown':
      if (/^\d+$/.test(text)) return { ok: false, error: `Ghi tên dân tộc (ví dụ Kinh, Tày), không ghi mã số "${text}"` };
      return { ok: false, error: `"${text}" không có trong danh mục 54 dân tộc Việt Nam` };
  }
}

// ── position and staff group ────────────────────────────────────────────────────────

/** The word keys of a cell two ways: dots as breaks ("p ht") and dots dropped ("pht"). */
function keysOf(text: string): string[] {
  return [...new Set([wordKey(text), wordKey(text.replace(/\./g, ''))])];
}

function matchesAny(keys: readonly string[], patterns: readonly RegExp[]): boolean {
  return keys.some((key) => patterns.some((pattern) => pattern.test(key)));
}

// Most senior first: "Phó hiệu trưởng kiêm tổ trưởng" is a vice-principal, and
// "phó hiệu trưởng" must be tested before the "hiệu trưởng" inside it.
const POSITION_PATTERNS: readonly (readonly [Position, readonly RegExp[]])[] = [
  ['vice_principal', [/\b(pho|p) ?(hieu truong|ht)\b/, /\bhieu pho\b/, /\bpho giam doc\b/, /\bpgd\b/, /\bpho truong phong\b/, /\bptp\b/]],
  ['principal', [/\bhieu truong\b/, /\bht\b/, /\bgiam doc\b/, /\btruong phong\b/]],
  ['deputy_head_of_group', [/\bto pho\b/, /\bpho to truong\b/, /\btp ?cm\b/, /\btptcm\b/]],
  ['head_of_group', [/\bto truong\b/, /\btt ?cm\b/]],
  // Tổng phụ trách Đội is a teacher's post (giáo viên làm Tổng phụ trách Đội).
  ['teacher', [/\bgiao vien\b/, /\bgv\b/, /\bgiang vien\b/, /\btong phu trach\b/, /\btpt\b/]],
  [
    'staff',
    [
      /\bnhan vien\b/, /\bnv\b/, /\bke toan\b/, /\bvan thu\b/, /\bthu quy\b/, /\by te\b/, /\by si\b/, /\bthu vien\b/, /\bthiet bi\b/,
      /\bbao ve\b/, /\bcap duong\b/, /\bnau an\b/, /\bphuc vu\b/, /\blao cong\b/, /\btap vu\b/, /\bcntt\b/, /\bcong nghe thong tin\b/,
      /\bthu kho\b/, /\bchuyen vien\b/, /\bhanh chinh\b/, /\blai xe\b/, /\btai xe\b/, /\bgiao vu\b/, /\bho tro giao duc\b/, /\bthi nghiem\b/,
    ],
  ],
];

/**
 * chức vụ → position and its staff group. A head or deputy of the office group (tổ
 * văn phòng) is staff, not a teacher. Unrecognised text is an error naming the words
 * that are understood.
 */
export function parsePosition(value: CellValue): ParsedValue<{ position: Position; staffGroup: StaffGroup } | null> {
  const text = cellText(value);
  if (text === '') return { ok: true, value: null };
  const keys = keysOf(text);
  const found = POSITION_PATTERNS.find(([, patterns]) => matchesAny(keys, patterns));
  if (!found) {
    return {
      ok: false,
      error: `Không nhận ra chức vụ "${text}": ghi Hiệu trưởng, Phó hiệu trưởng, Tổ trưởng, Tổ phó, Giáo viên hoặc Nhân viên (kế toán, văn thư, …)`,
    };
  }
  const position = found[0];
  const isOfficeGroup = (position === 'head_of_group' || position === 'deputy_head_of_group') && keys.some((key) => hasPhrase(key, 'van phong') || /\btvp\b/.test(key));
  return { ok: true, value: { position, staffGroup: isOfficeGroup ? 'staff' : staffGroupOfPosition(position) } };
}

const STAFF_GROUP_PATTERNS: readonly (readonly [StaffGroup, readonly RegExp[]])[] = [
  ['manager', [/\bcbql\b/, /\bcan bo quan ly\b/, /\bquan ly\b/, /\bql\b/]],
  ['teacher', [/\bgiao vien\b/, /\bgv\b/]],
  ['staff', [/\bnhan vien\b/, /\bnv\b/]],
];

/** A "CBQL / GV / NV" column. */
export function parseStaffGroup(value: CellValue): ParsedValue<StaffGroup | null> {
  const text = cellText(value);
  if (text === '') return { ok: true, value: null };
  const keys = keysOf(text);
  const found = STAFF_GROUP_PATTERNS.find(([, patterns]) => matchesAny(keys, patterns));
  if (found) return { ok: true, value: found[0] };
  return { ok: false, error: `Không hiểu nhóm "${text}": ghi CBQL (cán bộ quản lý), GV (giáo viên) hoặc NV (nhân viên)` };
}

// ── training level ──────────────────────────────────────────────────────────────────

// Highest first, so "ĐHSP Toán, ThS QLGD" is a master's.
const DEGREE_PATTERNS: readonly (readonly [Degree, readonly RegExp[]])[] = [
  ['doctorate', [/\btien s[iy]\b/, /\bts\b/, /\btskh\b/, /\bp?gs ?ts\b/, /\bpgs\b/, /\bgs\b/]],
  ['master', [/\bthac s[iy]\b/, /\bth ?s\b/, /\bcao hoc\b/]],
  ['bachelor', [/\bdai hoc\b/, /\bcu nhan\b/, /\bky su\b/, /\bbac si\b/, /\bduoc si dai hoc\b/, /\bdh\b/, /\bdhsp\b/, /\bdh ?sp\b/, /\bcn\b/, /\bks\b/]],
  ['college', [/\bcao dang\b/, /\bcd\b/, /\bcd ?sp\b/]],
  ['intermediate', [/\btrung cap\b/, /\btrung hoc su pham\b/, /\btrung hoc chuyen nghiep\b/, /\btc\b/, /\btc ?sp\b/, /\bthsp\b/, /\bthcn\b/, /\by si\b/]],
  ['elementary', [/\bso cap\b/, /\bsc\b/]],
  ['none', [/\bchua qua dao tao\b/, /\bchua dao tao\b/, /\bpho thong\b/, /\bthpt\b/, /\b12 12\b/]],
];

const STANDARD_PATTERNS: readonly (readonly [TrainingStandard, readonly RegExp[]])[] = [
  ['below', [/\bduoi chuan\b/, /\bchua dat chuan\b/, /\bkhong dat chuan\b/]],
  ['above', [/\btren chuan\b/, /\bvuot chuan\b/]],
  ['standard', [/\bdat chuan\b/, /^chuan$/]],
];

export interface TrainingLevelValue {
  degree: Degree | null;
  /** Only when the sheet says it; otherwise derived from the degree (deriveTrainingStandard). */
  standard: TrainingStandard | null;
}

/**
 * Trình độ đào tạo / chuyên môn: a degree ("Đại học sư phạm Toán", "ĐHSP", "CĐ", "ThS",
 * "Th.S", "TS"), a standard ("Đạt chuẩn", "Trên chuẩn", "Dưới chuẩn"), or both
 * ("Đại học - trên chuẩn"). They are kept apart because whether a degree meets the
 * standard depends on the level taught: a college degree is the standard in preschool
 * and below it in primary school (deriveTrainingStandard).
 */
export function parseTrainingLevel(value: CellValue): ParsedValue<TrainingLevelValue | null> {
  const text = cellText(value);
  if (text === '') return { ok: true, value: null };
  const keys = keysOf(text);
  const standard = STANDARD_PATTERNS.find(([, patterns]) => matchesAny(keys, patterns))?.[0] ?? null;
  const degree = DEGREE_PATTERNS.find(([, patterns]) => matchesAny(keys, patterns))?.[0] ?? null;
  if (degree === null && standard === null) {
    return {
      ok: false,
      error: `Không hiểu trình độ đào tạo "${text}": ghi Trung cấp, Cao đẳng, Đại học, Thạc sĩ, Tiến sĩ, hoặc Dưới chuẩn / Đạt chuẩn / Trên chuẩn`,
    };
  }
  return { ok: true, value: { degree, standard } };
}

/** True for a master's or a doctorate (sau đại học). */
export function isPostgraduate(degree: Degree | null): boolean {
  return degree !== null && DEGREES.indexOf(degree) >= DEGREES.indexOf('master');
}

// ── political theory, committee, planning pool ──────────────────────────────────────

const POLITICAL_PATTERNS: readonly (readonly [PoliticalTheoryLevel, readonly RegExp[]])[] = [
  ['bachelor', [/\bcu nhan\b/, /\bcn\b/, /\bcnct\b/]],
  ['advanced', [/\bcao cap\b/, /\bcc\b/, /\bccllct\b/, /\bccct\b/]],
  ['intermediate', [/\btrung cap\b/, /\btc\b/, /\btcllct\b/, /\btcct\b/]],
  ['elementary', [/\bso cap\b/, /\bsc\b/, /\bscllct\b/, /\bscct\b/]],
];

/** Lý luận chính trị: Sơ cấp, Trung cấp, Cao cấp, Cử nhân (also SC, TC, CC, CN, CCLLCT…); blank or "Chưa" is none. */
export function parsePoliticalTheory(value: CellValue): ParsedValue<PoliticalTheoryLevel | null> {
  const text = cellText(value);
  if (text === '' || markOf(value) === 'no' || hasPhrase(wordKey(text), 'chua qua dao tao')) return { ok: true, value: null };
  const found = POLITICAL_PATTERNS.find(([, patterns]) => matchesAny(keysOf(text), patterns));
  if (found) return { ok: true, value: found[0] };
  return { ok: false, error: `Không hiểu trình độ lý luận chính trị "${text}": ghi Sơ cấp, Trung cấp, Cao cấp hoặc Cử nhân` };
}

const COMMITTEE_ROLE_PATTERNS: readonly (readonly [CommitteeRole, readonly RegExp[]])[] = [
  ['deputy_head', [/\bpho truong ban\b/, /\bpho ban\b/, /\bptb\b/]],
  ['head', [/\btruong ban\b/, /\btb\b/]],
  ['secretary', [/\bthu ky\b/, /\btk\b/]],
  ['member', [/\buy vien\b/, /\bthanh vien\b/, /\buv\b/, /\btv\b/]],
];

/** Role in the Ban VSTBPN: Trưởng ban, Phó (trưởng) ban, Thư ký, Ủy viên / Thành viên; a bare mark is a member. */
export function parseCommitteeRole(value: CellValue): ParsedValue<CommitteeRole | null> {
  const mark = markOf(value);
  if (mark === 'no') return { ok: true, value: null };
  if (mark === 'yes') return { ok: true, value: 'member' };
  const text = cellText(value);
  const found = COMMITTEE_ROLE_PATTERNS.find(([, patterns]) => matchesAny(keysOf(text), patterns));
  if (found) return { ok: true, value: found[0] };
  return { ok: false, error: `Không hiểu vai trò trong Ban VSTBPN "${text}": ghi Trưởng ban, Phó trưởng ban, Thư ký hoặc Ủy viên` };
}

/**
 * Quy hoạch: a mark, or the post the person is in the pool for ("Hiệu trưởng", "P.HT",
 * "Phó hiệu trưởng 2025-2030"), kept as written. Blank, 0 or "không" is not in the pool.
 */
export function parsePlanningPool(value: CellValue): ParsedValue<{ post: string | null } | null> {
  const mark = markOf(value);
  if (mark === 'no') return { ok: true, value: null };
  if (mark === 'yes') return { ok: true, value: { post: null } };
  return { ok: true, value: { post: cellText(value) } };
}
