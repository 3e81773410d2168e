/**
 * Finding the header of a roster sheet and what each column holds.
 *
 * Real sheets open with title rows ("DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN", the
 * school's name, the school year) and often have a two-level header made of merged
 * cells: "Ngày sinh" over "Nam" | "Nữ" (the date is written in the column of the
 * person's sex), "Họ và tên" over "Họ đệm" | "Tên". The caller expands merged cells
 * into every cell they cover; here every single row and every pair of adjacent rows is
 * tried as the header, and the one that recognises the most distinct fields wins. A pair
 * must recognise more than its top row alone and at least as much as its bottom row
 * alone, and its top row must itself name a field and group columns under a merged cell
 * — so a title row above a one-row header never changes the answer.
 *
 * Recognition is diacritic- and case-insensitive on the usual Vietnamese headers; a
 * mapping the person saved at a previous import (header text → field) comes first.
 * Row and column numbers are 0-based positions in the rows passed in.
 */
import { cellText, wordKey } from './cell-text.ts';
import type { CellValue } from './cell-text.ts';

export const ROSTER_FIELDS = [
  'fullName',
  'familyName',
  'givenName',
  'birthDate',
  'birthYear',
  'birthDateMale',
  'birthDateFemale',
  'sex',
  'female',
  'male',
  'ethnicGroup',
  'ethnicMinority',
  'position',
  'staffGroup',
  'trainingLevel',
  'politicalTheory',
  'partyMember',
  'partyCommittee',
  'planningPool',
  'genderTrainingYear',
  'committeeRole',
  'startDate',
  'endDate',
  'note',
  'ignore',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** What the mapping screen shows for each field. */
export const ROSTER_FIELD_LABELS: Readonly<Record<RosterField, string>> = {
  fullName: 'Họ và tên',
  familyName: 'Họ và tên đệm',
  givenName: 'Tên',
  birthDate: 'Ngày sinh',
  birthYear: 'Năm sinh',
  birthDateMale: 'Ngày sinh (cột Nam)',
  birthDateFemale: 'Ngày sinh (cột Nữ)',
  sex: 'Giới tính',
  female: 'Nữ (đánh dấu x)',
  male: 'Nam (đánh dấu x)',
  ethnicGroup: 'Dân tộc',
  ethnicMinority: 'Dân tộc thiểu số (đánh dấu x)',
  position: 'Chức vụ',
  staffGroup: 'Nhóm (CBQL / GV / NV)',
  trainingLevel: 'Trình độ đào tạo',
  politicalTheory: 'Lý luận chính trị',
  partyMember: 'Đảng viên',
  partyCommittee: 'Cấp ủy',
  planningPool: 'Quy hoạch',
  genderTrainingYear: 'Năm tập huấn về giới, bình đẳng giới',
  committeeRole: 'Vai trò trong Ban VSTBPN',
  startDate: 'Ngày đến đơn vị',
  endDate: 'Ngày rời đơn vị',
  note: 'Ghi chú',
  ignore: 'Bỏ qua cột này',
};

// Fields several columns may share without ambiguity.
const REPEATABLE: ReadonlySet<RosterField> = new Set(['note', 'ignore']);

// Patterns on the header's word key (no diacritics, punctuation as spaces), first match
// wins. Anchored: a title such as "Danh sách cán bộ, giáo viên, nhân viên" matches none.
const HEADER_PATTERNS: readonly (readonly [RosterField, RegExp])[] = [
  ['ignore', /^(stt|tt|so tt|so thu tu|thu tu|ma so|so)$/],
  ['familyName', /^(ho|ho dem|ho lot|ho va dem|ho va ten dem|ho va chu dem|ho va ten lot|ho ten dem)$/],
  ['givenName', /^ten$/],
  ['fullName', /^(ho (va )?ten( .*)?|ten (cua )?(can bo|giao vien|nhan vien|cb|gv|nv|cbgvnv|cb gv nv|nguoi lao dong|vien chuc|cong chuc|cbql)( .*)?)$/],
  ['birthYear', /^nam sinh( .*)?$/],
  ['birthDate', /^(ngay sinh|ngay thang nam sinh|sinh ngay|ngay thang sinh)( .*)?$/],
  ['sex', /^(gioi tinh|gioi|phai|gt)$/],
  ['female', /^(nu|la nu)$/],
  ['male', /^(nam|la nam)$/],
  ['ethnicMinority', /^(dan toc thieu so|dtts|la dtts|nguoi dtts|nguoi dan toc thieu so)$/],
  ['ethnicGroup', /^(dan toc|ten dan toc)$/],
  ['staffGroup', /^(nhom|doi tuong|phan loai|loai|nhom can bo|cbql gv nv|cb gv nv|doi ngu)$/],
  ['partyCommittee', /^(cap uy|cap uy vien|chi uy|dang uy|chuc vu dang|tham gia cap uy|la cap uy vien|chuc vu trong dang)$/],
  ['position', /^(chuc vu|chuc danh|chuc vu chuc danh|chuc vu hoac chuc danh|vi tri viec lam|nhiem vu)( (hien nay|hien tai|chinh quyen|cong tac|chuyen mon))?$/],
  ['politicalTheory', /^((trinh do )?(ly luan chinh tri|llct|chinh tri)|trinh do lltc)$/],
  ['trainingLevel', /^(trinh do( dao tao| chuyen mon| chuyen mon nghiep vu| dao tao chuyen mon| chuan| cao nhat)*|tdcm|tddt|chuan dao tao|bang cap|van bang|hoc van|hoc vi)( .*)?$/],
  ['partyMember', /^(dang vien|la dang vien|ngay vao dang|dang|dang vien dcs vn|ngay ket nap dang)$/],
  ['planningPool', /^((trong )?dien quy hoach|quy hoach|quy hoach chuc danh|quy hoach chuc vu|duoc quy hoach)( .*)?$/],
  ['committeeRole', /^(.*\b(vstb|vstbpn|vstbcpn|vi su tien bo)\b.*)$/],
  ['genderTrainingYear', /^(.*\b(tap huan|boi duong)\b.*\b(gioi|bdg)\b.*)$/],
  ['startDate', /^(ngay (vao|den|ve|chuyen den) (truong|don vi|co quan)|ngay bat dau( cong tac)?( tai (truong|don vi))?|tu ngay|ngay nhan cong tac tai (truong|don vi))$/],
  ['endDate', /^(ngay (nghi|roi|chuyen di|thoi viec|nghi viec|nghi huu)( .*)?|den ngay)$/],
  ['note', /^ghi chu( .*)?$/],
];

/** The key a header is recognised and a saved mapping is stored under: "Ngày sinh / Nữ" → "ngay sinh nu". */
export function headerKey(text: string): string {
  // A trailing column number or unit ("Họ và tên (1)", "Năm sinh (*)") says nothing about the field.
  return wordKey(text.replace(/\(\s*(\d+|\*+|[a-z])\s*\)\s*$/i, ''));
}

/** The field a header names, or null. */
export function recogniseHeader(text: string): RosterField | null {
  const key = headerKey(text);
  if (key === '') return null;
  return HEADER_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}

/** Header text (or its headerKey) → field, as remembered from a previous import. */
export type SavedMapping = Readonly<Record<string, RosterField>>;

const FIELD_SET: ReadonlySet<string> = new Set(ROSTER_FIELDS);

// Keys are re-keyed so a mapping saved as typed ("NS") works; a field no longer in the
// list (a mapping saved by an older version) is dropped rather than trusted.
function normaliseMapping(saved: SavedMapping): SavedMapping {
  return Object.fromEntries(Object.entries(saved).flatMap(([text, field]) => (FIELD_SET.has(field) ? [[headerKey(text), field]] : [])));
}

export interface DetectedColumn {
  index: number;
  /** The header as shown: "Ngày sinh / Nữ" for a two-level header. */
  label: string;
  /** headerKey(label): what a saved mapping uses. */
  key: string;
  field: RosterField | null;
  /** Where the field came from: the saved mapping, recognition, or the person just now. */
  source: 'saved' | 'recognised' | 'chosen' | null;
}

export interface MissingColumn {
  requirement: 'name' | 'sex' | 'birth';
  message: string;
}

export type HeaderDetection =
  | { found: false; message: string }
  | {
      found: true;
      headerRowIndex: number;
      headerRowCount: 1 | 2;
      /** The first row after the header (and after a row of column numbers "(1) (2) (3)", if any). */
      dataRowIndex: number;
      /** Every column with a header, in sheet order. */
      columns: DetectedColumn[];
      /** Columns the person must map or ignore. */
      unmapped: DetectedColumn[];
      /** A field that more than one column claims: the first keeps it, the others are unmapped. */
      duplicates: { field: RosterField; columns: number[] }[];
      missing: MissingColumn[];
    };

const DEFAULT_MAX_ROWS = 30;
const NAME_FIELDS: ReadonlySet<RosterField> = new Set(['fullName', 'familyName', 'givenName']);

interface Candidate {
  headerRowIndex: number;
  headerRowCount: 1 | 2;
  columns: DetectedColumn[];
  score: number;
}

function fieldOf(label: string, saved: SavedMapping): Pick<DetectedColumn, 'field' | 'source'> {
  const key = headerKey(label);
  const fromSaved = saved[key];
  if (fromSaved) return { field: fromSaved, source: 'saved' };
  const field = recogniseHeader(label);
  return field ? { field, source: 'recognised' } : { field: null, source: null };
}

function column(index: number, label: string, found: Pick<DetectedColumn, 'field' | 'source'>): DetectedColumn {
  return { index, label, key: headerKey(label), ...found };
}

function singleRow(cells: readonly string[], saved: SavedMapping): DetectedColumn[] {
  return cells.flatMap((text, index) => (text === '' ? [] : [column(index, text, fieldOf(text, saved))]));
}

/**
 * One column of a two-level header: the top cell (repeated across a merged group) over
 * the bottom one. "Ngày sinh" over "Nam"/"Nữ" is a birth date split by sex; "Giới tính"
 * over them is a pair of marks; otherwise the two read together, then the bottom alone,
 * then the top alone when it is not shared with a neighbour.
 */
function pairColumn(index: number, top: string, bottom: string, isTopShared: boolean, saved: SavedMapping): DetectedColumn | null {
  if (top === '' && bottom === '') return null;
  if (bottom === '' || headerKey(bottom) === headerKey(top)) return column(index, top, fieldOf(top, saved));
  if (top === '') return column(index, bottom, fieldOf(bottom, saved));
  const label = `${top} / ${bottom}`;
  const fromSaved = saved[headerKey(label)];
  if (fromSaved) return column(index, label, { field: fromSaved, source: 'saved' });
  const parent = recogniseHeader(top);
  const child = recogniseHeader(bottom);
  if (child === 'female' || child === 'male') {
    if (parent === 'birthDate' || parent === 'birthYear') return column(index, label, { field: child === 'female' ? 'birthDateFemale' : 'birthDateMale', source: 'recognised' });
    if (parent === 'sex' || parent === null) return column(index, label, { field: child, source: 'recognised' });
    // "Đảng viên" over "Nữ" is a table of counts, not a roster.
    return column(index, label, { field: null, source: null });
  }
  // Read together, "Trình độ" over "Lý luận chính trị" is the political theory. But a
  // shared top that names a field only by swallowing the bottom word (a title row over
  // "Họ và tên") must not hide what the bottom says on its own.
  const together = recogniseHeader(`${top} ${bottom}`);
  const field = together && !(isTopShared && together === parent && child) ? together : (child ?? (isTopShared ? null : parent));
  return column(index, label, field ? { field, source: 'recognised' } : { field: null, source: null });
}

function pairRows(top: readonly string[], bottom: readonly string[], saved: SavedMapping): DetectedColumn[] {
  const width = Math.max(top.length, bottom.length);
  const columns: DetectedColumn[] = [];
  for (let index = 0; index < width; index += 1) {
    const t = top[index] ?? '';
    const isShared = t !== '' && (top[index - 1] === t || top[index + 1] === t);
    const detected = pairColumn(index, t, bottom[index] ?? '', isShared, saved);
    if (detected) columns.push(detected);
  }
  return columns;
}

function scoreOf(columns: readonly DetectedColumn[]): number {
  return new Set(columns.flatMap((c) => (c.field ? [c.field] : []))).size;
}

function isAcceptable(candidate: Candidate): boolean {
  const hasName = candidate.columns.some((c) => c.field !== null && NAME_FIELDS.has(c.field));
  return candidate.score >= 3 || (candidate.score >= 2 && hasName);
}

function hasMergedGroup(top: readonly string[], bottom: readonly string[]): boolean {
  return top.some((text, i) => text !== '' && top[i + 1] === text && (bottom[i] ?? '') !== '' && (bottom[i + 1] ?? '') !== '' && bottom[i] !== bottom[i + 1]);
}

// "(1)", "1", "A": the row of column numbers many official forms put under the header.
function isNumberingRow(cells: readonly string[]): boolean {
  const filled = cells.filter((text) => text !== '');
  return filled.length >= 2 && filled.every((text) => /^\(?\s*(\d{1,2}|[A-Z])\s*\)?$/.test(text));
}

/**
 * Finds the header in the first rows of a sheet (merged cells already expanded) and maps
 * its columns. Not found when no row or pair of rows recognises at least two fields with
 * a name among them (or three fields without one).
 */
export function detectHeader(rows: readonly (readonly CellValue[])[], options: { savedMapping?: SavedMapping; maxRows?: number } = {}): HeaderDetection {
  const saved = normaliseMapping(options.savedMapping ?? {});
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const texts = rows.slice(0, maxRows).map((row) => row.map((cell) => cellText(cell)));
  let best: Candidate | null = null;
  for (let r = 0; r < texts.length; r += 1) {
    const single: Candidate = { headerRowIndex: r, headerRowCount: 1, columns: singleRow(texts[r]!, saved), score: 0 };
    single.score = scoreOf(single.columns);
    let chosen = single;
    if (r + 1 < texts.length) {
      const pair: Candidate = { headerRowIndex: r, headerRowCount: 2, columns: pairRows(texts[r]!, texts[r + 1]!, saved), score: 0 };
      pair.score = scoreOf(pair.columns);
      const below = scoreOf(singleRow(texts[r + 1]!, saved));
      // A two-level header has a top row that names fields itself and groups columns under
      // merged cells. That keeps out a title row above a header (it names nothing) and a
      // header above the first person (no merged group over the data). A tie with the
      // bottom row alone goes to the pair: "Nam" | "Nữ" under "Ngày sinh" are dates, not marks.
      if (single.score >= 1 && pair.score > single.score && pair.score >= below && hasMergedGroup(texts[r]!, texts[r + 1]!)) chosen = pair;
    }
    if (!best || chosen.score > best.score) best = chosen;
  }
  if (!best || !isAcceptable(best)) {
    return {
      found: false,
      message: `Không tìm thấy dòng tiêu đề trong ${Math.min(maxRows, rows.length)} dòng đầu của trang tính: cần có các cột như "Họ và tên", "Ngày sinh", "Giới tính" hoặc "Nữ"`,
    };
  }
  let dataRowIndex = best.headerRowIndex + best.headerRowCount;
  if (texts[dataRowIndex] && isNumberingRow(texts[dataRowIndex]!)) dataRowIndex += 1;
  return summarise(best.headerRowIndex, best.headerRowCount, dataRowIndex, best.columns);
}

function summarise(headerRowIndex: number, headerRowCount: 1 | 2, dataRowIndex: number, detected: readonly DetectedColumn[]): HeaderDetection & { found: true } {
  const firstColumnOf = new Map<RosterField, number>();
  const duplicateColumns = new Map<RosterField, number[]>();
  const columns = detected.map((c) => {
    if (!c.field || REPEATABLE.has(c.field)) return c;
    const first = firstColumnOf.get(c.field);
    if (first === undefined) {
      firstColumnOf.set(c.field, c.index);
      return c;
    }
    duplicateColumns.set(c.field, [...(duplicateColumns.get(c.field) ?? [first]), c.index]);
    return { ...c, field: null, source: null };
  });
  return {
    found: true,
    headerRowIndex,
    headerRowCount,
    dataRowIndex,
    columns,
    unmapped: columns.filter((c) => c.field === null),
    duplicates: [...duplicateColumns].map(([field, indexes]) => ({ field, columns: indexes })),
    missing: findMissingColumns(columns.flatMap((c) => (c.field ? [c.field] : []))),
  };
}

/**
 * The person's choices on the mapping screen (column index → field, or null to clear),
 * applied over a detection; duplicates and missing columns are worked out again.
 * Save `{ [column.key]: column.field }` of the chosen columns to remember them.
 */
export function remapColumns(detection: HeaderDetection & { found: true }, choices: Readonly<Record<number, RosterField | null>>): HeaderDetection & { found: true } {
  const columns = detection.columns.map((c) => {
    if (!(c.index in choices)) return c;
    const field = choices[c.index] ?? null;
    return { ...c, field, source: field ? ('chosen' as const) : null };
  });
  return summarise(detection.headerRowIndex, detection.headerRowCount, detection.dataRowIndex, columns);
}

/**
 * The columns a roster cannot do without: a name ("Họ và tên", or "Họ đệm" with "Tên"),
 * the sex ("Giới tính", a "Nữ" or "Nam" column, or "Ngày sinh" split into Nam | Nữ), and
 * the birth (a date or a year).
 */
export function findMissingColumns(fields: Iterable<RosterField>): MissingColumn[] {
  const has = new Set(fields);
  const missing: MissingColumn[] = [];
  const hasSplitBirth = has.has('birthDateMale') && has.has('birthDateFemale');
  if (!has.has('fullName') && !(has.has('familyName') && has.has('givenName'))) {
    missing.push({ requirement: 'name', message: 'Thiếu cột "Họ và tên" (hoặc hai cột "Họ đệm" và "Tên")' });
  }
  if (!has.has('sex') && !has.has('female') && !has.has('male') && !hasSplitBirth) {
    missing.push({ requirement: 'sex', message: 'Thiếu cột "Giới tính" (hoặc cột "Nữ" đánh dấu x)' });
  }
  if (!has.has('birthDate') && !has.has('birthYear') && !hasSplitBirth) {
    missing.push({ requirement: 'birth', message: 'Thiếu cột "Ngày sinh" hoặc "Năm sinh"' });
  }
  return missing;
}
