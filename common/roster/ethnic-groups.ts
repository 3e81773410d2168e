/**
 * The 54 ethnic groups of Vietnam (các dân tộc Việt Nam) and the resolver that reads
 * what people write in a roster's "Dân tộc" column.
 *
 * Codes and names are those of the official list "Danh mục các thành phần dân tộc Việt
 * Nam" (Quyết định 121-TCTK/PPCĐ, 02/3/1979), ordered by population at the time:
 * 01 Kinh … 52 Brâu, 53 Ơ Đu, 54 Rơ-măm. The statistics office's later list (Quyết định
 * 1019/QĐ-TCTK, 2008) numbers them differently from 04 on (04 Mường, 05 Khơ-me, 06 Hoa,
 * 11 Ê-đê…), so a code is only ever read together with the list it comes from.
 * Aliases are spellings in current use (Mông, Khmer, Ê Đê, Ba Na, K'Ho…); the list's
 * historical "other names" are left out on purpose — several are shared by two groups
 * (Thổ is an old name of the Tày and of the Khơ-me) or are now felt as slurs.
 *
 * Ethnic origin is sensitive personal data (Luật 91/2025/QH15): this module only names
 * groups; who may see a person's group is decided elsewhere.
 */
import { normalizeText } from '../text/vietnamese.ts';
import { compactKey, compactMarkedKey, isDiacriticCompatible, wordKey } from './cell-text.ts';

export interface EthnicGroup {
  /** Two digits, '01'..'54'. */
  code: string;
  /** The official name, with its diacritics. */
  name: string;
  /** Other spellings people write for the same group. */
  aliases: readonly string[];
  /** Every group but the Kinh is an ethnic minority (dân tộc thiểu số, DTTS). */
  isMinority: boolean;
}

const GROUPS: readonly (readonly [string, string, readonly string[]])[] = [
  ['01', 'Kinh', ['Việt', 'Kinh (Việt)']],
  ['02', 'Tày', []],
  ['03', 'Thái', ['Thái Đen', 'Thái Trắng']],
  ['04', 'Hoa', ['Hán', 'Hoa (Hán)']],
  ['05', 'Khơ-me', ['Khmer', 'Khơ Me', 'Khơme', 'Khmer Krôm', 'Khơ-me Krôm']],
  ['06', 'Mường', []],
  ['07', 'Nùng', []],
  ['08', 'HMông', ['Mông', "H'Mông", 'Hmong', "H'mong"]],
  ['09', 'Dao', ['Dao Đỏ', 'Dao Tiền']],
  ['10', 'Gia-rai', ['Gia Rai', 'Giarai', 'Jrai', 'Jarai']],
  ['11', 'Ngái', []],
  ['12', 'Ê-đê', ['Ê Đê', 'Êđê', 'Ra-đê', 'Rađê']],
  ['13', 'Ba-na', ['Ba Na', 'Bana', 'Bahnar']],
  ['14', 'Xơ-đăng', ['Xơ Đăng', 'Xê Đăng', 'Sedang']],
  ['15', 'Sán Chay', ['Cao Lan', 'Sán Chỉ', 'Cao Lan - Sán Chỉ']],
  ['16', 'Cơ-ho', ['Cơ Ho', "K'Ho", 'Kơ Ho', 'Koho']],
  ['17', 'Chăm', ['Chàm']],
  ['18', 'Sán Dìu', []],
  ['19', 'Hrê', ["H'rê"]],
  ['20', 'Mnông', ["M'Nông", 'Mơ Nông']],
  ['21', 'Ra-glai', ['Ra Glai', 'Raglai']],
  ['22', 'Xtiêng', ["X'tiêng", 'Stiêng', 'Xa Điêng']],
  ['23', 'Bru-Vân Kiều', ['Bru Vân Kiều', 'Vân Kiều', 'Bru']],
  ['24', 'Thổ', []],
  ['25', 'Giáy', []],
  ['26', 'Cơ-tu', ['Cơ Tu', 'Cờ Tu', 'Ka Tu', 'Katu']],
  ['27', 'Gié-Triêng', ['Gié Triêng', 'Giẻ-Triêng', 'Giẻ Triêng']],
  ['28', 'Mạ', []],
  ['29', 'Khơ-mú', ['Khơ Mú', 'Khmu', 'Kmhmu']],
  ['30', 'Co', ['Cor']],
  ['31', 'Tà-ôi', ['Tà Ôi', 'Ta Ôi', 'Ta-ôi', 'Pa Cô']],
  ['32', 'Chơ-ro', ['Chơ Ro', 'Châu Ro', 'Đơ Ro']],
  ['33', 'Kháng', []],
  ['34', 'Xinh-mun', ['Xinh Mun']],
  ['35', 'Hà Nhì', []],
  ['36', 'Chu-ru', ['Chu Ru', 'Churu']],
  ['37', 'Lào', []],
  ['38', 'La Chí', []],
  ['39', 'La Ha', []],
  ['40', 'Phù Lá', []],
  ['41', 'La Hủ', []],
  ['42', 'Lự', ['Lữ']],
  ['43', 'Lô Lô', []],
  ['44', 'Chứt', []],
  ['45', 'Mảng', []],
  ['46', 'Pà Thẻn', []],
  ['47', 'Co Lao', ['Cờ Lao', 'Cơ Lao']],
  ['48', 'Cống', []],
  ['49', 'Bố Y', []],
  ['50', 'Si La', []],
  ['51', 'Pu Péo', []],
  ['52', 'Brâu', []],
  ['53', 'Ơ Đu', ['Ơ-đu']],
  ['54', 'Rơ-măm', ['Rơ Măm']],
];

export const KINH_CODE = '01';

/** The 54 groups in the order of their codes. */
export const ETHNIC_GROUPS: readonly EthnicGroup[] = GROUPS.map(([code, name, aliases]) =>
  Object.freeze({ code, name, aliases: Object.freeze([...aliases]), isMinority: code !== KINH_CODE }),
);

const BY_CODE = new Map(ETHNIC_GROUPS.map((group) => [group.code, group]));

/** The group with this code ('08' or 8); undefined for anything else. */
export function ethnicGroupByCode(code: string | number): EthnicGroup | undefined {
  const text = typeof code === 'number' ? String(code) : code.trim();
  if (!/^\d{1,2}$/.test(text)) return undefined;
  return BY_CODE.get(text.padStart(2, '0'));
}

/**
 * True for an ethnic minority. Takes a group or its code; an unknown code throws, so a
 * typo in a mapping can never quietly count someone as Kinh.
 */
export function isMinority(group: EthnicGroup | string): boolean {
  if (typeof group !== 'string') return group.isMinority;
  const found = ethnicGroupByCode(group);
  if (!found) throw new RangeError(`Not an ethnic group code: ${group}`);
  return found.isMinority;
}

export type EthnicGroupResolution =
  | { kind: 'blank' }
  | { kind: 'match'; group: EthnicGroup }
  /** Not sure: the closest groups, best first; the person picks one. */
  | { kind: 'suggest'; suggestions: readonly EthnicGroup[] }
  | { kind: 'unknown' };

interface Spelling {
  group: EthnicGroup;
  /** Lower-case, diacritics kept, no separators: "êđê". */
  marked: string;
  /** Diacritic-free words: "e de". */
  words: string;
}

// Every spelling by its compact key ("ede"): the diacritic-insensitive index. A key held
// by two groups would be a collision the resolver must not guess through; the tests
// check there is none among the names and aliases above.
const SPELLINGS = new Map<string, Spelling[]>();
for (const group of ETHNIC_GROUPS) {
  for (const spelling of [group.name, ...group.aliases]) {
    const key = compactKey(spelling);
    const list = SPELLINGS.get(key) ?? [];
    list.push({ group, marked: compactMarkedKey(spelling), words: wordKey(spelling) });
    SPELLINGS.set(key, list);
  }
}

/** Compact keys held by more than one group; empty for the list above (see the tests). */
export function foldedNameCollisions(): { key: string; codes: string[] }[] {
  return [...SPELLINGS.entries()]
    .map(([key, spellings]) => ({ key, codes: distinctGroups(spellings.map((s) => s.group)).map((g) => g.code) }))
    .filter((entry) => entry.codes.length > 1);
}

function distinctGroups(groups: readonly EthnicGroup[]): EthnicGroup[] {
  return [...new Map(groups.map((group) => [group.code, group])).values()];
}

// "Dân tộc Tày", "DT Kinh", "Người Mường": the label repeated in the cell.
const PREFIX = /^(dan toc|dt|nguoi)\s+/;
const MAX_SUGGESTIONS = 5;

/**
 * Reads a "Dân tộc" cell. An exact spelling (after NFC and case folding, separators
 * ignored: "Ê Đê" = "Ê-đê" = "êđê") is a match. A spelling written without some or all
 * of its diacritics ("Tay", "hmong", "Ê De") is a match when exactly one group fits;
 * a mark that contradicts every group ("Táy", "Cơ") or a fit with several groups makes
 * suggestions instead of a guess, as does a near miss by edit distance ("Tyy", "Kihn").
 * A number is unknown, never a code (see below).
 */
export function resolveEthnicGroup(text: string): EthnicGroupResolution {
  // A column holds a handful of distinct values over thousands of rows: resolve each once.
  const cached = resolved.get(text);
  if (cached) return cached;
  // Frozen because the cache hands the same object to every caller.
  const resolution = Object.freeze(resolveUncached(text));
  if (resolution.kind === 'suggest') Object.freeze(resolution.suggestions);
  if (resolved.size >= RESOLVED_CAPACITY) resolved.clear();
  resolved.set(text, resolution);
  return resolution;
}

const resolved = new Map<string, EthnicGroupResolution>();
const RESOLVED_CAPACITY = 2000;

function resolveUncached(text: string): EthnicGroupResolution {
  const written = normalizeText(text);
  if (written === '') return { kind: 'blank' };
  // A bare number is not read as a code: the 2008 list (QĐ 1019/QĐ-TCTK) numbers the
  // groups differently from 04 on, and a wrong guess would misfile sensitive data.
  if (/^\d+$/.test(written)) return { kind: 'unknown' };

  const conflicting: EthnicGroup[] = [];
  for (const variant of variantsOf(written)) {
    const spellings = SPELLINGS.get(compactKey(variant));
    if (!spellings) continue;
    const marked = compactMarkedKey(variant);
    const exact = distinctGroups(spellings.filter((s) => s.marked === marked).map((s) => s.group));
    if (exact.length === 1) return { kind: 'match', group: exact[0]! };
    const compatible = distinctGroups(spellings.filter((s) => isDiacriticCompatible(marked, s.marked)).map((s) => s.group));
    if (compatible.length === 1) return { kind: 'match', group: compatible[0]! };
    if (compatible.length > 1) return { kind: 'suggest', suggestions: compatible };
    conflicting.push(...spellings.map((s) => s.group));
  }

  const suggestions = distinctGroups([...conflicting, ...nearGroups(written)]).slice(0, MAX_SUGGESTIONS);
  return suggestions.length > 0 ? { kind: 'suggest', suggestions } : { kind: 'unknown' };
}

/** The cell as written, without a "Dân tộc"/"Người" prefix, without a bracketed note: "Kinh (Việt)". */
function variantsOf(written: string): string[] {
  const withoutNote = written.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const variants = [written, withoutNote];
  for (const text of [written, withoutNote]) {
    const words = wordKey(text);
    const match = PREFIX.exec(words);
    // The prefix is cut from the original text by word count, so its diacritics survive.
    if (match) variants.push(text.split(/\s+/).slice(match[1]!.split(' ').length).join(' '));
  }
  return [...new Set(variants.filter((v) => v !== ''))];
}

/** Groups within a small edit distance of the cell, or starting with it ("Sán" → Sán Chay, Sán Dìu), closest first. */
function nearGroups(written: string): EthnicGroup[] {
  const key = compactKey(written.replace(/\([^)]*\)/g, ' '));
  const words = wordKey(written).split(' ');
  if (key === '') return [];
  const limit = key.length <= 3 ? 1 : key.length <= 6 ? 2 : 3;
  const scored: { group: EthnicGroup; score: number }[] = [];
  const leadingWords = `${words.join(' ')} `;
  for (const [spellingKey, spellings] of SPELLINGS) {
    const distance = editDistance(key, spellingKey);
    const base = distance <= limit ? distance : Number.POSITIVE_INFINITY;
    // "Tày - Nùng" (mixed parentage) names two groups: offer both.
    const named = spellingKey.length >= 3 && words.includes(spellingKey) ? 1 : Number.POSITIVE_INFINITY;
    const startsWith = key.length >= 3 && spellingKey.startsWith(key) ? 1.5 : Number.POSITIVE_INFINITY;
    for (const spelling of spellings) {
      // Whole leading words ("La" of La Chí, La Ha, La Hủ) say more than a one-letter slip.
      const wordPrefix = `${spelling.words} `.startsWith(leadingWords) ? 0.5 : Number.POSITIVE_INFINITY;
      const score = Math.min(base, named, startsWith, wordPrefix);
      if (Number.isFinite(score)) scored.push({ group: spelling.group, score });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.group.code.localeCompare(b.group.code));
  return distinctGroups(scored.map((s) => s.group));
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps ("Tya" → "Tay" is 1). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
