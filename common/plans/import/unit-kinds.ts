/**
 * Which kinds of unit a phrase names — the codes of unit_kinds: "Các trường MN, TH, THCS"
 * → MN, TH, THCS; "Phòng GD&ĐT huyện/thị xã" → PGD. "Tổ chức thực hiện" addresses its
 * subsections to units this way, and the cascade hands those items to the units' own plans.
 *
 * A unit named as the owner of another ("các đơn vị trực thuộc Sở GD&ĐT", "của Phòng …")
 * is not addressed, so a mention after "thuộc", "của", "với", "qua", "về" is skipped.
 */

/** Every kind of school or centre (not offices): what "các trường", "các cơ sở giáo dục" mean without a level. */
export const SCHOOL_KINDS = ['MN', 'MG', 'TH', 'THCS', 'THPT', 'LC', 'GDNN-GDTX'] as const;
const ORDER = ['SO', 'PGD', 'XA', ...SCHOOL_KINDS] as const;

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

// Levels written after "trường" / "cơ sở giáo dục", which make a phrase name those levels only.
const LEVEL_WORDS = `(?:mầm non|mẫu giáo|tiểu học|trung học|liên cấp|phổ thông|MN|MG|TH|TiH|THCS|THPT|PTDTBT|PTDTNT|PT)${E}`;

const PATTERNS: ReadonlyArray<[string, RegExp]> = [
  // "Sở" with a capital S: "cơ sở" is written in lower case; upper-case headings say "SỞ".
  ['SO', new RegExp(`${B}(?:Sở|SỞ|SGD(?:ĐT|&ĐT)?)${E}`, 'gu')],
  ['PGD', new RegExp(`${B}(?:phòng\\s(?:gd|giáo dục)|PGD(?:ĐT|&ĐT)?${E})`, 'giu')],
  ['XA', new RegExp(`${B}(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s(?:các\\s)?(?:cấp\\s)?(?:xã|phường|đặc khu)${E}`, 'giu')],
  ['MN', new RegExp(`${B}(?:mầm non${E}|MN${E})`, 'giu')],
  ['MG', new RegExp(`${B}(?:mẫu giáo${E}|MG${E})`, 'giu')],
  ['TH', new RegExp(`${B}(?:TH|TiH)${E}`, 'gu')],
  ['THCS', new RegExp(`${B}(?:trung học cơ sở${E}|THCS${E})`, 'giu')],
  ['THPT', new RegExp(`${B}(?:trung học phổ thông${E}|THPT${E})`, 'giu')],
  ['LC', new RegExp(`${B}liên cấp${E}`, 'giu')],
  ['GDNN-GDTX', new RegExp(`${B}(?:GDNN|GDTX|giáo dục nghề nghiệp|giáo dục thường xuyên)${E}`, 'giu')],
  [
    'ALL_SCHOOLS',
    new RegExp(
      `${B}(?:(?:các|những)\\s(?:đơn vị\\s)?trường(?:\\shọc)?${E}(?!\\s${LEVEL_WORDS})|các cơ sở giáo dục${E}(?!\\s${LEVEL_WORDS})|các đơn vị trực thuộc${E}|các đơn vị trường học${E}|các nhà trường${E})`,
      'giu',
    ),
  ],
];
// "tiểu học" needs case-insensitive matching but "TH" must not match "th"; the TH pattern is
// case-sensitive, so its word form is added here.
const TIEU_HOC = new RegExp(`${B}tiểu học${E}`, 'giu');

const OWNED = /(?:thuộc|của|với|qua|về|cho)\s$/iu;

/** The unit kind codes `text` addresses, in a fixed order (SO, PGD, XA, MN, MG, TH, THCS, THPT, LC, GDNN-GDTX). */
export function unitKindsNamed(text: string): string[] {
  const found = new Set<string>();
  const consider = (kind: string, index: number) => {
    const before = text.slice(Math.max(0, index - 14), index);
    if (OWNED.test(before)) return;
    if (kind === 'ALL_SCHOOLS') SCHOOL_KINDS.forEach((k) => found.add(k));
    else found.add(kind);
  };
  for (const [kind, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) consider(kind, m.index);
  }
  for (const m of text.matchAll(TIEU_HOC)) consider('TH', m.index);
  return ORDER.filter((kind) => found.has(kind));
}

/**
 * The kind of the issuing unit, when its name, its symbol or its signer's title tells it:
 * "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" / "…/KH-PGDĐT" / "TRƯỞNG PHÒNG" → PGD. Null when unsure.
 */
export function issuerKindOf(hints: { issuerName: string | null; number: string | null; signerTitles: string[] }): string | null {
  const single = (kinds: string[]) => (kinds.length === 1 ? kinds[0]! : null);
  if (hints.issuerName) {
    const kind = single(unitKindsNamed(hints.issuerName));
    if (kind) return kind;
    if (/^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s(?:xã|phường|đặc khu)/iu.test(hints.issuerName)) return 'XA';
  }
  const symbol = hints.number?.split('/').slice(1).join('/') ?? '';
  if (/SGD/u.test(symbol)) return 'SO';
  if (/PGD/u.test(symbol)) return 'PGD';
  for (const title of hints.signerTitles) {
    const upper = title.toLocaleUpperCase('vi');
    if (/GIÁM ĐỐC|SỞ GD|SỞ GIÁO DỤC/u.test(upper)) return 'SO';
    if (/TRƯỞNG PHÒNG|PHÒNG GD|PHÒNG GIÁO DỤC/u.test(upper)) return 'PGD';
  }
  return null;
}

// The issuing body's own parts: its divisions ("Các phòng thuộc Sở", "Văn phòng Sở", "Phòng
// Tổ chức cán bộ", a commune's "Phòng Văn hóa - Xã hội"), its leaders, a school's Ban giám hiệu.
const INTERNAL_PARTS = [
  /^(?:các\s)?(?:phòng|ban|bộ phận|tổ)(?:\s(?:chuyên môn|chức năng|nghiệp vụ))?(?:,\s?(?:ban|bộ phận|tổ))?\s(?:thuộc|của|trong)\s/iu,
  /^(?:văn phòng|lãnh đạo|ban giám hiệu|thường trực|cơ quan)(?![\p{L}])/iu,
  /^Phòng\s(?:Tổ chức|Kế hoạch|Thanh tra|Chính trị|Giáo dục\s(?:mầm non|tiểu học|trung học|phổ thông|thường xuyên|chuyên nghiệp)|GDMN|GDTH|GDTrH|GDPT|Văn hóa|Văn hoá|Kinh tế|Tài chính|Nội vụ|Quản lý)/u,
];

/** True when a heading of "Tổ chức thực hiện" names a part of the issuing body itself, not a unit below it. */
export function isInternalPart(title: string): boolean {
  return INTERNAL_PARTS.some((pattern) => pattern.test(title.trim()));
}
