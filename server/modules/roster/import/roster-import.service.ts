/**
 * Importing a unit's staff roster from its Excel file, in two steps a person can trust
 * (the same design as the units import):
 *
 * 1. preview — stream the file into parsed rows (roster-file.read.ts), check them against
 *    the database (the same person twice in the file, a person on another unit's roster
 *    that day), compare them with the roster as of `asOf` (joined / changed / left /
 *    unchanged, common/roster/roster-diff.ts), store the rows and the outcome as a write
 *    plan (roster-import.plan.ts, packed small) in import_previews with a fingerprint of
 *    the roster it was compared with, and answer with every column's mapping, the errors
 *    (must fix) and warnings (may accept);
 * 2. apply — in ONE transaction, with the unit's roster locked (the lock every roster
 *    write takes, roster.repo.ts): when the roster is still the one the preview saw (same
 *    fingerprint) the stored plan is the outcome; otherwise the rows are compared again
 *    and the apply refuses when the outcome differs from the preview. Then the other-unit
 *    check again, the writes set-based (new people and their first version; a new version
 *    for each change, the current one closed on `asOf`; the current version of each
 *    leaver closed on `asOf`) and one audit entry with counts and the file name — no
 *    personal data. The file is not read again: what the preview validated is what is
 *    written.
 *
 * The import is always into the actor's own unit (policy `roster:personal`). A preview
 * belongs to its user, lives a day and is consumed by its apply.
 */
import { createHash } from 'node:crypto';
import type { Database, Tx } from '../../../db/client.ts';
import { recordAudit } from '../../../lib/audit.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import { authorize, type Actor } from '../../../lib/policy.ts';
import { rosterField, type RosterImportPreview, type RosterImportResult } from '../../../../common/contracts/roster.ts';
import type { DetectedColumn, RosterField, SavedMapping } from '../../../../common/roster/header-detection.ts';
import { ROSTER_FIELD_LABELS } from '../../../../common/roster/header-detection.ts';
import { diffRoster, type RosterDiff, type RosterEntry } from '../../../../common/roster/roster-diff.ts';
import type { RosterFacts } from '../../../../common/roster/roster-record.ts';
import { isCalendarDate, type CalendarDate } from '../../../../common/text/calendar-dates.ts';
import { formatDate, formatNumber, todayInVietnam } from '../../../../common/text/format.ts';
import { normalizeText, toSearchKey } from '../../../../common/text/vietnamese.ts';
import { findPeopleInOtherUnits, findUnitKindCode, lockUnitRoster, type PersonElsewhere, type PersonKey } from '../roster.repo.ts';
import { rosterSortKey, schoolLevelOfKind, toRosterFacts } from '../roster.service.ts';
import { readRosterFile, type RosterFile } from './roster-file.read.ts';
import { packPlan, unpackPlan, type ImportedRow, type WritePlan } from './roster-import.plan.ts';
import { columnLetter, MAX_PROBLEMS_SHOWN, type RosterProblem } from './roster-import.rows.ts';
import * as repo from './roster-import.repo.ts';

const CHANGES_SHOWN = 200;
const PERSONAL_ONLY = 'Chỉ cán bộ phụ trách và trưởng ban của chính đơn vị được nhập danh sách cán bộ, giáo viên, nhân viên của đơn vị';

export interface PreviewInput {
  fileName: string;
  content: Uint8Array;
  /** The day the file is true as of; today in Vietnam by default. */
  asOf?: string | undefined;
  /** The person's mapping: column index → field (null: do not use the column). */
  mapping?: Readonly<Record<number, RosterField | null>> | undefined;
  /** When given, must be the actor's own unit. */
  unitId?: number | undefined;
  /** For tests: the data-row limit (MAX_ROWS otherwise). */
  maxRows?: number | undefined;
}

interface StoredPreview {
  version: 2;
  unitId: number;
  asOf: CalendarDate;
  rowsRead: number;
  errorCount: number;
  /** The outcome the person saw (fingerprint of every join, change, leave): apply refuses another. */
  outcome: string;
  counts: Pick<RosterImportResult, 'joined' | 'changed' | 'left' | 'unchanged'>;
  /** repo.fingerprintCurrentRoster of the roster the rows were compared with. */
  rosterFingerprint: string;
  /** The rows and the write plan (roster-import.plan.ts); '' when the file cannot be applied. */
  plan: string;
}

function authorizeImport(actor: Actor, unitId: number | undefined): void {
  if (unitId !== undefined && unitId !== actor.unitId) throw forbidden(PERSONAL_ONLY);
  authorize(actor, 'roster:personal', { path: actor.unitPath }, PERSONAL_ONLY);
}

function cleanFileName(name: string): string {
  const base = normalizeText(name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '');
  return base.slice(0, 200) || 'danh-sach.xlsx';
}

/** The mapping field of the contract ("1": "partyMember") → column index → field; anything else is refused with its reason. */
export function parseMappingField(text: string | undefined): Record<number, RosterField | null> {
  if (text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', 'Cách ghép cột (mapping) không phải JSON hợp lệ');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new AppError('VALIDATION', 'Cách ghép cột (mapping) phải có dạng { "số cột": "trường" }');
  const choices: Record<number, RosterField | null> = {};
  for (const [key, field] of Object.entries(value)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index > 16383) throw new AppError('VALIDATION', `Số cột "${key}" không hợp lệ`);
    if (field === null) choices[index] = null;
    else {
      const parsed = rosterField.safeParse(field);
      if (!parsed.success) throw new AppError('VALIDATION', `Trường "${String(field)}" không có trong danh sách các trường của danh sách cán bộ`);
      choices[index] = parsed.data;
    }
  }
  return choices;
}

// ---------------------------------------------------------------------------------------
// The roster as it is, and the comparison

/** The rows of the file compared with the people on the roster. */
function compare(people: readonly repo.CurrentPerson[], rows: readonly ImportedRow[]): { diff: RosterDiff; plan: WritePlan } {
  const diff = diffRoster(
    people.map((p) => ({ ref: p.personId, facts: toRosterFacts(p, p), nameKey: p.nameKey })),
    rows.map((r) => ({ ref: r.row, facts: r.facts, nameKey: r.nameKey })),
  );
  const current = new Map(people.map((p) => [p.personId, p]));
  const rowByNumber = new Map(rows.map((r) => [r.row, r]));
  const imported = (entry: RosterEntry) => rowByNumber.get(Number(entry.ref))!;
  const versionOf = (entry: RosterEntry): repo.CurrentVersion => {
    const { personId, versionId, validFrom, validTo } = current.get(Number(entry.ref))!;
    return { personId, versionId, validFrom, validTo };
  };
  return {
    diff,
    plan: {
      joined: diff.joined.map(imported),
      changed: diff.changed.map((c) => ({ imported: imported(c.imported), person: versionOf(c.current), fields: c.fields })),
      left: diff.left.map(versionOf),
    },
  };
}

/** What an outcome reduces to, as a string: the same file against the same roster gives the same one. */
function outcomeOf(diff: RosterDiff): string {
  const hash = createHash('sha256');
  for (const e of diff.joined) hash.update(`j${e.ref};`);
  for (const c of diff.changed) hash.update(`c${c.imported.ref}>${c.current.ref}:${c.fields.join(',')};`);
  for (const u of diff.unchanged) hash.update(`u${u.imported.ref}>${u.current.ref};`);
  for (const e of diff.left) hash.update(`l${e.ref};`);
  return hash.digest('hex');
}

const countsOf = (diff: RosterDiff) => ({ joined: diff.joined.length, changed: diff.changed.length, left: diff.left.length, unchanged: diff.unchanged.length });

/**
 * Keys per query of the other-unit check: 2 MB of parameter at most, so a file of the
 * largest size is four queries. Fewer, larger queries matter: each one plans and runs its
 * own join, and against a roster table the planner hashes whole (PGlite's, up to some
 * hundred thousand people), twenty queries of 5,000 keys took 1.0 s where two of 50,000
 * took 0.25 s.
 */
const LOOKUP_CHUNK = 50_000;

/** The identity a person is matched by across units (and stored with): folded name, birth date or year. */
const personKeyOf = (r: ImportedRow): PersonKey => {
  const birth = r.facts.birth;
  return { nameKey: r.nameKey, birthDate: 'date' in birth ? birth.date : null, birthYear: 'date' in birth ? Number(birth.date.slice(0, 4)) : birth.year };
};

/** The rows whose person is one of `found` (same name and year, and the same date where both know it). */
function rowsOf(rows: readonly ImportedRow[], found: readonly PersonElsewhere[]): { row: number; unitCode: string }[] {
  if (found.length === 0) return [];
  const byNameYear = new Map<string, PersonElsewhere[]>();
  for (const f of found) {
    const key = `${f.nameKey}|${f.birthYear}`;
    const group = byNameYear.get(key);
    if (group) group.push(f);
    else byNameYear.set(key, [f]);
  }
  const matched: { row: number; unitCode: string }[] = [];
  for (const r of rows) {
    const key = personKeyOf(r);
    const match = byNameYear.get(`${key.nameKey}|${key.birthYear}`)?.find((f) => key.birthDate === null || f.birthDate === null || f.birthDate === key.birthDate);
    if (match) matched.push({ row: r.row, unitCode: match.unitCode });
  }
  return matched;
}

/** The file's rows that are also on another unit's roster that day: a person belongs to one unit at a time. */
async function findRowsElsewhere(tx: Tx, unitId: number, asOf: CalendarDate, rows: readonly ImportedRow[]): Promise<{ row: number; unitCode: string }[]> {
  let found: PersonElsewhere[] = [];
  // concat, not push(...): a chunk may find tens of thousands, past what a call's arguments hold.
  for (let start = 0; start < rows.length; start += LOOKUP_CHUNK) found = found.concat(await findPeopleInOtherUnits(tx, unitId, rows.slice(start, start + LOOKUP_CHUNK).map(personKeyOf), asOf));
  return rowsOf(rows, found);
}

function elsewhereProblem(found: { row: number; unitCode: string }, nameColumn: string | null): RosterProblem {
  return {
    row: found.row,
    column: nameColumn,
    message: `Người này đang có tên trong danh sách của đơn vị ${found.unitCode}: một người chỉ thuộc một đơn vị. Đơn vị ${found.unitCode} cần ghi người này rời đơn vị trước`,
  };
}

// ---------------------------------------------------------------------------------------
// Preview

const FACT_LABELS: Readonly<Record<keyof RosterFacts, string>> = {
  fullName: 'Họ và tên',
  birth: 'Ngày sinh',
  sex: 'Giới tính',
  ethnicGroupCode: 'Dân tộc',
  isEthnicMinority: 'Dân tộc thiểu số',
  position: 'Chức vụ',
  staffGroup: 'Nhóm',
  degree: 'Trình độ đào tạo',
  trainingStandard: 'Chuẩn đào tạo',
  politicalTheory: 'Lý luận chính trị',
  isPartyMember: 'Đảng viên',
  isPartyCommitteeMember: 'Cấp ủy',
  isInPlanningPool: 'Quy hoạch',
  planningPoolPost: 'Chức danh quy hoạch',
  genderTrainingYears: 'Tập huấn về giới',
  committeeRole: 'Ban VSTBPN',
};

const birthText = (facts: RosterFacts) => ('date' in facts.birth ? formatDate(facts.birth.date) : String(facts.birth.year));

function columnSource(column: DetectedColumn): RosterImportPreview['columns'][number]['source'] {
  switch (column.source) {
    case 'saved':
      return 'remembered';
    case 'recognised':
      return 'recognised';
    case 'chosen':
      return 'user';
    default:
      return 'unmapped';
  }
}

const MISSING_FIELD = { name: 'fullName', sex: 'sex', birth: 'birthDate' } as const;

function changesOf(diff: RosterDiff): RosterImportPreview['changes'] {
  const changes: RosterImportPreview['changes'] = [];
  const push = (change: RosterImportPreview['changes'][number]) => changes.length < CHANGES_SHOWN && changes.push(change);
  for (const c of diff.changed) push({ row: Number(c.imported.ref), fullName: c.imported.facts.fullName, birth: birthText(c.imported.facts), kind: 'changed', fields: c.fields.map((f) => FACT_LABELS[f]) });
  for (const e of diff.joined) push({ row: Number(e.ref), fullName: e.facts.fullName, birth: birthText(e.facts), kind: 'joined', fields: [] });
  for (const e of diff.left) push({ row: null, fullName: e.facts.fullName, birth: birthText(e.facts), kind: 'left', fields: [] });
  return changes;
}

/** Rows that leave the unit on or before asOf are not on its roster that day. */
function rowsOnRoster(file: RosterFile, asOf: CalendarDate, nameColumn: string | null): ImportedRow[] {
  const rows: ImportedRow[] = [];
  for (const r of file.rows) {
    if (r.endDate && r.endDate <= asOf) {
      file.log.warning({ row: r.row, column: nameColumn, message: `Đã rời đơn vị ngày ${formatDate(r.endDate)}: không tính vào danh sách tại ngày ${formatDate(asOf)}` });
      continue;
    }
    if (r.startDate && r.startDate > asOf) {
      file.log.warning({ row: r.row, column: nameColumn, message: `Đến đơn vị ngày ${formatDate(r.startDate)}, sau ngày ${formatDate(asOf)}: được tính từ ngày đến` });
    }
    rows.push({ row: r.row, facts: r.facts, startDate: r.startDate, nameKey: toSearchKey(r.facts.fullName) });
  }
  return rows;
}

/** The roster as of a day and its fingerprint, read in one snapshot so the one describes the other. */
async function readRoster(database: Database, unitId: number, asOf: CalendarDate): Promise<{ people: repo.CurrentPerson[]; fingerprint: string }> {
  return database.db.transaction(
    async (tx) => ({ people: await repo.listCurrentRoster(tx, unitId, asOf), fingerprint: await repo.fingerprintCurrentRoster(tx, unitId, asOf) }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export async function previewRosterImport(database: Database, actor: Actor, input: PreviewInput): Promise<RosterImportPreview> {
  authorizeImport(actor, input.unitId);
  const unitId = actor.unitId;
  const today = todayInVietnam();
  const asOf = input.asOf ?? today;
  if (!isCalendarDate(asOf)) throw new AppError('VALIDATION', `Ngày "${asOf}" không hợp lệ`);
  const fileName = cleanFileName(input.fileName);
  const db = database.db;
  const savedMapping = await repo.findMapping(db, unitId);
  const schoolLevel = schoolLevelOfKind(await findUnitKindCode(db, unitId));
  const file = await readRosterFile(input.content, fileName, { savedMapping, choices: input.mapping ?? {}, today, schoolLevel, maxRows: input.maxRows });
  const { detection, log } = file;
  const nameIndex = detection.columns.find((c) => c.field === 'fullName' || c.field === 'givenName')?.index;
  const nameColumn = nameIndex === undefined ? null : columnLetter(nameIndex);

  for (const missing of detection.missing) log.error({ row: file.headerRow, column: null, message: missing.message });
  for (const duplicate of detection.duplicates) {
    const [first, ...others] = duplicate.columns;
    for (const other of others) {
      log.warning({ row: file.headerRow, column: columnLetter(other), message: `Cột này trùng nội dung "${ROSTER_FIELD_LABELS[duplicate.field]}" với cột ${columnLetter(first!)}: chỉ dùng cột ${columnLetter(first!)}` });
    }
  }
  for (const column of detection.unmapped) {
    log.warning({ row: file.headerRow, column: columnLetter(column.index), message: `Chưa biết cột "${column.label}" ghi gì: hãy chọn trường cho cột này, nếu không dữ liệu cột sẽ bị bỏ qua` });
  }

  const rows = rowsOnRoster(file, asOf, nameColumn);
  // The other-unit check is the database's work: on PostgreSQL it runs, on its own
  // connection, while this process reads the roster and compares the rows with it.
  const rowsElsewhere = findRowsElsewhere(db, unitId, asOf, rows);
  rowsElsewhere.catch(() => undefined);
  const roster = await readRoster(database, unitId, asOf);
  const { diff, plan } = compare(roster.people, rows);
  const rowByNumber = new Map(rows.map((r) => [r.row, r]));
  const duplicateRows = new Set<number>();
  for (const duplicate of diff.duplicates) {
    const [first, ...later] = duplicate.refs.map(Number);
    for (const row of later) {
      duplicateRows.add(row);
      const facts = rowByNumber.get(row)!.facts;
      log.error({ row, column: nameColumn, message: `Trùng với dòng ${first}: cùng họ tên "${facts.fullName}" và ngày sinh ${birthText(facts)}. Mỗi người chỉ ghi một dòng (nếu là hai người khác nhau, hãy ghi đủ ngày sinh)` });
    }
  }
  // Packed while the database may still be checking (thrown away if the file has errors).
  const packed = log.errorCount === 0 ? packPlan(rows, plan) : null;
  packed?.catch(() => undefined);
  for (const found of await rowsElsewhere) if (!duplicateRows.has(found.row)) log.error(elsewhereProblem(found, nameColumn));
  log.errors.sort((a, b) => a.row - b.row);
  log.warnings.sort((a, b) => a.row - b.row);

  const canApply = log.errorCount === 0;
  const counts = countsOf(diff);
  const payload: StoredPreview = {
    version: 2,
    unitId,
    asOf,
    rowsRead: file.rowsRead,
    errorCount: log.errorCount,
    outcome: outcomeOf(diff),
    counts,
    rosterFingerprint: roster.fingerprint,
    plan: canApply && packed ? await packed : '',
  };
  const previewId = await db.transaction(async (tx) => {
    if (detection.missing.length === 0) await rememberMapping(tx, actor, savedMapping, detection.columns);
    return repo.insertPreview(tx, { userId: actor.userId, fileName, payload });
  });
  return {
    previewId,
    fileName,
    sheetName: file.sheetName,
    headerRow: file.headerRow,
    columns: detection.columns.map((c) => ({ index: c.index, letter: columnLetter(c.index), header: c.label, field: c.field, source: columnSource(c) })),
    missingFields: detection.missing.map((m) => MISSING_FIELD[m.requirement]),
    rowsRead: file.rowsRead,
    ...counts,
    errors: capped(log.errors, log.errorCount),
    errorCount: log.errorCount,
    warnings: capped(log.warnings, log.warningCount),
    warningCount: log.warningCount,
    changes: changesOf(diff),
    canApply,
  };
}

function capped(problems: RosterProblem[], count: number): RosterProblem[] {
  if (count <= problems.length) return problems;
  return [...problems, { row: problems.at(-1)?.row ?? 0, column: null, message: `… và ${formatNumber(count - problems.length, 0)} mục khác (chỉ hiển thị ${formatNumber(MAX_PROBLEMS_SHOWN, 0)} mục đầu)` }];
}

/** The columns the person mapped just now join the unit's remembered mapping. */
async function rememberMapping(tx: Tx, actor: Actor, saved: SavedMapping, columns: readonly DetectedColumn[]): Promise<void> {
  const chosen = columns.filter((c) => c.source === 'chosen' && c.field !== null && c.key !== '');
  if (chosen.length === 0) return;
  await repo.saveMapping(tx, actor.unitId, { ...saved, ...Object.fromEntries(chosen.map((c) => [c.key, c.field!])) }, actor.userId);
}

// ---------------------------------------------------------------------------------------
// Apply

function isStoredPreview(payload: unknown): payload is StoredPreview {
  const p = payload as Partial<StoredPreview> | null;
  return !!p && p.version === 2 && typeof p.plan === 'string' && typeof p.outcome === 'string' && typeof p.rosterFingerprint === 'string' && typeof p.asOf === 'string';
}

const GONE = 'Không tìm thấy bản xem trước này: có thể đã được áp dụng, đã quá 1 ngày, hoặc thuộc người dùng khác. Hãy tải tệp lên lại.';

export async function applyRosterImport(database: Database, actor: Actor, previewId: string): Promise<RosterImportResult> {
  authorizeImport(actor, undefined);
  return database.db.transaction(async (tx) => {
    const stored = await repo.takePreview(tx, previewId, actor.userId);
    if (!stored || !isStoredPreview(stored.payload)) throw notFound(GONE);
    const preview = stored.payload;
    authorizeImport(actor, preview.unitId);
    if (preview.errorCount > 0) {
      throw new AppError('IMPORT_INVALID', `Tệp còn ${formatNumber(preview.errorCount, 0)} lỗi nên chưa thể áp dụng. Hãy sửa tệp và tải lên lại.`);
    }
    const unpacked = await unpackPlan(preview.plan);
    if (!unpacked) throw notFound(GONE);
    const { rows } = unpacked;
    let plan = unpacked.plan;
    await lockUnitRoster(tx, preview.unitId);
    // The roster the preview was compared with, unchanged: its outcome holds as stored. Changed: compare again.
    if ((await repo.fingerprintCurrentRoster(tx, preview.unitId, preview.asOf)) !== preview.rosterFingerprint) {
      const again = compare(await repo.listCurrentRoster(tx, preview.unitId, preview.asOf), rows);
      if (outcomeOf(again.diff) !== preview.outcome) {
        throw new AppError(
          'IMPORT_INVALID',
          `Danh sách của đơn vị đã thay đổi từ lúc xem trước (lúc đó: ${describeCounts(preview.counts)}; nay: ${describeCounts(countsOf(again.diff))}). Chưa có thay đổi nào được lưu: hãy tải tệp lên lại để xem trước.`,
        );
      }
      plan = again.plan;
    }
    // Someone put on another unit's roster since the preview: nothing is written. The check
    // reads only what other units committed, so on PostgreSQL it runs on its own connection
    // while this one writes; PGlite has one connection, so there it runs first.
    const check = (on: Tx) => findRowsElsewhere(on, preview.unitId, preview.asOf, rows);
    const elsewhere = database.driver === 'postgres' ? check(database.db) : Promise.resolve(await check(tx));
    elsewhere.catch(() => undefined);
    await writePlan(tx, actor, preview, plan, stored.fileName, database.driver === 'pglite' ? 'per-import' : 'per-row');
    refuseRowsElsewhere(await elsewhere);
    const result: RosterImportResult = { rowsRead: preview.rowsRead, ...preview.counts };
    await recordAudit(tx, actor, {
      action: 'roster.import',
      entityType: 'roster_import',
      entityId: previewId,
      unitId: preview.unitId,
      after: { fileName: stored.fileName, asOf: preview.asOf, ...result },
    });
    return result;
  });
}

function refuseRowsElsewhere(elsewhere: readonly { row: number; unitCode: string }[]): void {
  if (elsewhere.length === 0) return;
  throw new AppError(
    'IMPORT_INVALID',
    'Từ lúc xem trước, có người trong tệp đã được ghi vào danh sách của đơn vị khác. Chưa có thay đổi nào được lưu.',
    elsewhere.slice(0, MAX_PROBLEMS_SHOWN).map((found) => ({ row: found.row, message: elsewhereProblem(found, null).message })),
  );
}

function describeCounts(counts: StoredPreview['counts']): string {
  const n = (value: number) => formatNumber(value, 0);
  return `thêm ${n(counts.joined)}, thay đổi ${n(counts.changed)}, rời đơn vị ${n(counts.left)}`;
}

function identityOf(imported: ImportedRow): repo.NewPerson {
  const { facts } = imported;
  return { ...personKeyOf(imported), fullName: facts.fullName, sortKey: rosterSortKey(facts.fullName), ethnicGroupCode: facts.ethnicGroupCode };
}

function storedFactsOf(facts: RosterFacts): repo.StoredFacts {
  return {
    sex: facts.sex,
    isEthnicMinority: facts.isEthnicMinority,
    position: facts.position,
    staffGroup: facts.staffGroup,
    degree: facts.degree,
    trainingStandard: facts.trainingStandard,
    politicalTheory: facts.politicalTheory,
    isPartyMember: facts.isPartyMember,
    isPartyCommitteeMember: facts.isPartyCommitteeMember,
    isInPlanningPool: facts.isInPlanningPool,
    planningPoolPost: facts.planningPoolPost,
    genderTrainingYears: [...facts.genderTrainingYears],
    committeeRole: facts.committeeRole,
  };
}

/** A row of the file who joins the unit: the person and their first version, from their start date (or asOf). */
export function joiningPersonOf(row: ImportedRow, asOf: CalendarDate): repo.JoiningPerson {
  return { ...identityOf(row), validFrom: row.startDate ?? asOf, ...storedFactsOf(row.facts) };
}

const IDENTITY_FIELDS: ReadonlySet<keyof RosterFacts> = new Set(['fullName', 'birth', 'ethnicGroupCode']);

function* mapLazily<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** The plan, written set-based. Figures as of any day before `asOf` keep the versions they had. */
async function writePlan(tx: Tx, actor: Actor, preview: StoredPreview, plan: WritePlan, fileName: string, checks: repo.ReferenceChecks): Promise<void> {
  const { unitId, asOf } = preview;

  // Joined: the person and their first version, from their start date (or asOf); each chunk's
  // keys are computed while the database writes the chunk before.
  const joining = mapLazily(plan.joined, (r) => joiningPersonOf(r, asOf));
  await repo.insertJoiningPeople(tx, unitId, joining, actor.userId, checks);

  // Changed: identity corrected in place; facts from asOf on (a version begun on asOf is corrected instead).
  const versions: repo.NewVersion[] = [];
  const toClose: number[] = [];
  const toReplace: (repo.StoredFacts & { versionId: number })[] = [];
  const identities: (repo.NewPerson & { personId: number })[] = [];
  const minority: { personId: number; isEthnicMinority: boolean }[] = [];
  for (const { imported, person, fields } of plan.changed) {
    const facts = imported.facts;
    if (fields.some((f) => IDENTITY_FIELDS.has(f))) identities.push({ ...identityOf(imported), personId: person.personId });
    if (fields.includes('ethnicGroupCode') || fields.includes('isEthnicMinority')) minority.push({ personId: person.personId, isEthnicMinority: facts.isEthnicMinority });
    if (!fields.some((f) => !IDENTITY_FIELDS.has(f) && f !== 'isEthnicMinority')) continue;
    if (person.validFrom === asOf) toReplace.push({ versionId: person.versionId, ...storedFactsOf(facts) });
    else {
      toClose.push(person.versionId);
      versions.push({ personId: person.personId, validFrom: asOf, validTo: person.validTo, ...storedFactsOf(facts) });
    }
  }
  await repo.updateIdentities(tx, identities, actor.userId);
  await repo.setMinorityOfPeople(tx, minority);
  await repo.replaceVersionFacts(tx, toReplace, actor.userId);
  await repo.closeVersions(tx, toClose, asOf, null);
  await repo.insertVersions(tx, unitId, versions, actor.userId);

  // Left: the current version ends on asOf; one that began that day never held, so it goes.
  await repo.closeVersions(tx, plan.left.filter((p) => p.validFrom < asOf).map((p) => p.versionId), asOf, `Không còn trong danh sách nhập từ tệp ${fileName}`);
  await repo.deleteVersions(tx, plan.left.filter((p) => p.validFrom >= asOf).map((p) => p.versionId));
}

/** Drops a preview that will not be applied (the command line's dry run, or a file with errors). */
export async function discardRosterImportPreview(database: Database, actor: Actor, previewId: string): Promise<void> {
  await repo.deletePreview(database.db, previewId, actor.userId);
}
