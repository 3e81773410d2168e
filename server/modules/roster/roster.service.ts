/**
 * The staff roster's rules (danh sách cán bộ, giáo viên, nhân viên): a unit's own
 * reporters list, add, change, end, export and erase its people; anyone reads the figures
 * of their subtree. History is kept as periods, so a figure as of a past day never changes
 * when a person is edited, ended or erased.
 *
 * Privacy (Luật 91/2025/QH15): personal fields are answered only under `roster:personal`
 * (the unit's own committee head and officer); every read and export of them is in the
 * audit log, and no audit entry ever holds a personal value — only ids, dates, counts and
 * the names of the fields that changed, since administrators read the audit log.
 */
import type { Database, Tx } from '../../db/client.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { ErrorDetail } from '../../../common/errors.ts';
import { recordAudit } from '../../lib/audit.ts';
import { authorize, can, type Actor } from '../../lib/policy.ts';
import { loadUnitFor } from '../units/units.service.ts';
import { ethnicGroupByCode } from '../../../common/roster/ethnic-groups.ts';
import {
  deriveTrainingStandard,
  ethnicMinorityOf,
  staffGroupOfPosition,
  type RosterFacts,
  type SchoolLevel,
} from '../../../common/roster/roster-record.ts';
import { changedFields } from '../../../common/roster/roster-diff.ts';
import { STATISTIC_RULES } from '../../../common/roster/statistics.ts';
import { isCalendarDate } from '../../../common/text/calendar-dates.ts';
import { formatDate, todayInVietnam } from '../../../common/text/format.ts';
import { toSearchKey, vietnameseSortKey } from '../../../common/text/vietnamese.ts';
import type {
  CreateRosterPersonBody,
  RosterFactsInput,
  RosterFactsView,
  RosterList,
  RosterPerson,
  RosterPersonDetail,
  RosterStatistics,
  RosterVersionView,
  UpdateRosterPersonBody,
} from '../../../common/contracts/roster.ts';
import type { z } from 'zod';
import type { endRosterPersonBody, rosterListQuery, rosterPersonExport } from '../../../common/contracts/roster.ts';
import * as repo from './roster.repo.ts';
import { rosterVi } from '../../../common/i18n/roster.vi.ts';

export type RosterListQuery = z.infer<typeof rosterListQuery>;
export type EndRosterPersonBody = z.infer<typeof endRosterPersonBody>;
export type RosterPersonExport = z.infer<typeof rosterPersonExport>;

const PERSONAL_ONLY =
  'Thông tin cá nhân trong danh sách cán bộ, giáo viên, nhân viên chỉ do trưởng ban và cán bộ phụ trách của chính đơn vị xem và cập nhật; đơn vị cấp trên chỉ xem số liệu tổng hợp.';
const personNotFound = () => notFound('Không tìm thấy người này trong danh sách cán bộ, giáo viên, nhân viên');

/** Youngest age at which a person can be on a school's staff: below it, the birth date is a typo. */
const MIN_AGE = 15;

// ---------------------------------------------------------------------------------------
// Who may act, on what

/** The unit whose roster is read or changed: inside the actor's subtree (else 404), and their own (else 403). */
async function loadRosterUnit(tx: Tx, actor: Actor, unitId: number) {
  const unit = await loadUnitFor(tx, actor, unitId, 'unit:read');
  authorize(actor, 'roster:personal', unit, PERSONAL_ONLY);
  return unit;
}

/** A person of the actor's own unit; someone outside the actor's subtree does not exist for them. */
async function loadPersonFor(tx: Tx, actor: Actor, id: number): Promise<repo.PersonWithUnit> {
  const person = await repo.findPerson(tx, id);
  if (!person || !can(actor, 'unit:read', { path: person.unitPath })) throw personNotFound();
  authorize(actor, 'roster:personal', { path: person.unitPath }, PERSONAL_ONLY);
  return person;
}

/**
 * The person, for a write: their unit's roster locked first (the lock an import's apply
 * holds, repo.lockUnitRoster), then their row read again, locked — after waiting for an
 * apply, what the write starts from is what the apply left (perhaps no person at all).
 */
async function lockPersonFor(tx: Tx, actor: Actor, id: number): Promise<repo.PersonWithUnit> {
  const person = await loadPersonFor(tx, actor, id);
  await repo.lockUnitRoster(tx, person.unitId);
  const locked = await repo.findPerson(tx, id, true);
  if (!locked || locked.unitId !== person.unitId) throw personNotFound();
  return locked;
}

// ---------------------------------------------------------------------------------------
// Keys, derived facts and the checks of one person's input

/**
 * Vietnamese staff lists are ordered by given name (tên), then by the rest of the name:
 * "Nguyễn Thị An" before "Bùi Văn Bình". The key is the units' sort key of "tên họ đệm".
 */
export function rosterSortKey(fullName: string): string {
  const words = fullName.split(' ').filter(Boolean);
  const given = words.pop() ?? '';
  return vietnameseSortKey([given, ...words].join(' '));
}

/** The level a unit teaches, from its kind (unit_kinds codes); other units use the bachelor standard. */
export function schoolLevelOfKind(kindCode: string | undefined): SchoolLevel {
  switch (kindCode) {
    case 'MN':
    case 'MG':
      return 'preschool';
    case 'TH':
      return 'primary';
    case 'THPT':
      return 'upper_secondary';
    case 'GDNN-GDTX':
      return 'continuing';
    default:
      return 'lower_secondary';
  }
}

interface Identity {
  fullName: string;
  nameKey: string;
  sortKey: string;
  birthDate: string | null;
  birthYear: number;
  ethnicGroupCode: string | null;
}

class Problems {
  readonly details: ErrorDetail[] = [];
  add(field: string, message: string): void {
    this.details.push({ field, message });
  }
  throwIfAny(): void {
    if (this.details.length === 0) return;
    const message = this.details.length === 1 ? this.details[0]!.message : `Thông tin chưa hợp lệ (${this.details.length} lỗi)`;
    throw new AppError('VALIDATION', message, this.details);
  }
}

type PersonInput = Pick<CreateRosterPersonBody, 'fullName' | 'birthDate' | 'birthYear'> & RosterFactsInput;

function checkIdentity(input: PersonInput, firstDay: string, problems: Problems): Identity {
  const today = todayInVietnam();
  const dateYear = input.birthDate ? Number(input.birthDate.slice(0, 4)) : null;
  if (input.birthDate === null && input.birthYear === null) problems.add('birthDate', 'Cần có ngày sinh hoặc năm sinh');
  if (dateYear !== null && input.birthYear !== null && dateYear !== input.birthYear) {
    problems.add('birthYear', `Năm sinh (${input.birthYear}) không khớp với ngày sinh (${formatDate(input.birthDate)})`);
  }
  if (input.birthDate && input.birthDate > today) problems.add('birthDate', `Ngày sinh ${formatDate(input.birthDate)} ở tương lai`);
  const birthYear = dateYear ?? input.birthYear ?? 0;
  if (birthYear > 0 && Number(firstDay.slice(0, 4)) - birthYear < MIN_AGE) {
    problems.add(input.birthDate ? 'birthDate' : 'birthYear', `Người sinh năm ${birthYear} chưa đủ ${MIN_AGE} tuổi vào ngày ${formatDate(firstDay)}: kiểm tra lại ngày sinh`);
  }
  if (input.ethnicGroupCode !== null && !ethnicGroupByCode(input.ethnicGroupCode)) {
    problems.add('ethnicGroupCode', `Mã dân tộc "${input.ethnicGroupCode}" không có trong danh mục 54 dân tộc Việt Nam`);
  }
  return {
    fullName: input.fullName,
    nameKey: toSearchKey(input.fullName),
    sortKey: rosterSortKey(input.fullName),
    birthDate: input.birthDate,
    birthYear,
    ethnicGroupCode: input.ethnicGroupCode,
  };
}

/** The staff groups a position allows: a group head leads a subject group (teacher) or the office group (staff). */
const GROUPS_OF_POSITION = {
  principal: ['manager'],
  vice_principal: ['manager'],
  head_of_group: ['teacher', 'staff'],
  deputy_head_of_group: ['teacher', 'staff'],
  teacher: ['teacher'],
  staff: ['staff'],
} as const;


function checkFacts(input: RosterFactsInput, schoolLevel: SchoolLevel, problems: Problems): repo.VersionFacts {
  const staffGroup = input.staffGroup ?? (input.position ? staffGroupOfPosition(input.position) : null);
  if (input.position && staffGroup && !(GROUPS_OF_POSITION[input.position] as readonly string[]).includes(staffGroup)) {
    problems.add('staffGroup', `Chức vụ "${rosterVi.positions[input.position]}" không thuộc nhóm đã chọn`);
  }
  if (!input.isInPlanningPool && input.planningPoolPost) {
    problems.add('planningPoolPost', 'Chỉ ghi chức danh quy hoạch khi người này thuộc diện quy hoạch');
  }
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = [...new Set(input.genderTrainingYears)].sort((a, b) => a - b);
  const future = years.find((y) => y > thisYear);
  if (future !== undefined) problems.add('genderTrainingYears', `Năm tập huấn ${future} chưa đến`);
  const knownGroup = input.ethnicGroupCode === null || ethnicGroupByCode(input.ethnicGroupCode) !== undefined;
  return {
    sex: input.sex,
    isEthnicMinority: knownGroup ? ethnicMinorityOf(input.ethnicGroupCode) : false,
    position: input.position,
    staffGroup,
    degree: input.degree,
    trainingStandard: input.trainingStandard ?? deriveTrainingStandard(input.degree, schoolLevel, staffGroup),
    politicalTheory: input.politicalTheory,
    isPartyMember: input.isPartyMember,
    isPartyCommitteeMember: input.isPartyCommitteeMember,
    isInPlanningPool: input.isInPlanningPool,
    planningPoolPost: input.isInPlanningPool ? (input.planningPoolPost ?? null) || null : null,
    genderTrainingYears: years,
    committeeRole: input.committeeRole,
  };
}

/** A stored person and one of their periods, as the pure core sees them (the import compares these too). */
export function toRosterFacts(person: Pick<repo.PersonRow, 'fullName' | 'birthDate' | 'birthYear' | 'ethnicGroupCode'>, version: repo.VersionFacts): RosterFacts {
  return {
    ...factsOf(version, person.ethnicGroupCode),
    fullName: person.fullName,
    birth: person.birthDate ? { date: person.birthDate } : { year: person.birthYear },
    isEthnicMinority: version.isEthnicMinority,
  };
}

const IDENTITY_FIELDS = ['fullName', 'birthDate', 'birthYear', 'ethnicGroupCode'] as const;
const IDENTITY_FACTS: readonly (keyof RosterFacts)[] = ['fullName', 'birth', 'ethnicGroupCode', 'isEthnicMinority'];

/** 409 when the person is on another unit's roster (or already on this one) from `asOf` on. */
async function assertNotOnAnotherRoster(tx: Tx, unitId: number, identity: Identity, asOf: string, exceptPersonId: number | null): Promise<void> {
  const key = { nameKey: identity.nameKey, birthDate: identity.birthDate, birthYear: identity.birthYear };
  const elsewhere = await repo.findPeopleInOtherUnits(tx, unitId, [key], asOf);
  if (elsewhere.length > 0) {
    const codes = [...new Set(elsewhere.map((p) => p.unitCode))].join(', ');
    throw new AppError(
      'DUPLICATE',
      `Người có cùng họ tên và ngày (năm) sinh đang có tên trong danh sách của đơn vị ${codes}. Một người chỉ thuộc danh sách của một đơn vị: đơn vị đó cần ghi nhận người này thôi làm việc (chuyển công tác) trước.`,
      [{ field: 'fullName', message: `Đang thuộc danh sách của đơn vị ${codes}` }],
    );
  }
  const here = await repo.findPeopleInUnit(tx, unitId, [key], asOf, exceptPersonId);
  if (here.length > 0) {
    throw new AppError('DUPLICATE', 'Người có cùng họ tên và ngày (năm) sinh đã có trong danh sách của đơn vị', [{ field: 'fullName', message: 'Đã có trong danh sách' }]);
  }
}

async function schoolLevelOf(tx: Tx, unitId: number): Promise<SchoolLevel> {
  return schoolLevelOfKind(await repo.findUnitKindCode(tx, unitId));
}

// ---------------------------------------------------------------------------------------
// Views

function toVersionView(row: repo.VersionRow, ethnicGroupCode: string | null): RosterVersionView {
  return {
    ...factsOf(row, ethnicGroupCode),
    validFrom: row.validFrom,
    validTo: row.validTo,
    endReason: row.endReason,
    recordedAt: row.recordedAt,
    recordedByName: row.recordedByName,
  };
}

function factsOf(row: repo.VersionFacts, ethnicGroupCode: string | null): RosterFactsView {
  return {
    sex: row.sex as RosterFactsInput['sex'],
    ethnicGroupCode,
    position: row.position as RosterFactsInput['position'],
    staffGroup: row.staffGroup as RosterFactsInput['staffGroup'],
    degree: row.degree as RosterFactsInput['degree'],
    trainingStandard: row.trainingStandard as RosterFactsInput['trainingStandard'],
    politicalTheory: row.politicalTheory as RosterFactsInput['politicalTheory'],
    isPartyMember: row.isPartyMember,
    isPartyCommitteeMember: row.isPartyCommitteeMember,
    isInPlanningPool: row.isInPlanningPool,
    planningPoolPost: row.planningPoolPost,
    genderTrainingYears: [...row.genderTrainingYears],
    committeeRole: row.committeeRole as RosterFactsInput['committeeRole'],
  };
}

function toPerson(person: repo.PersonRow, shown: repo.VersionFacts, startDate: string, endDate: string | null): RosterPerson {
  return {
    ...factsOf(shown, person.ethnicGroupCode),
    id: person.id,
    unitId: person.unitId,
    fullName: person.fullName,
    birthDate: person.birthDate,
    birthYear: person.birthYear,
    isEthnicMinority: shown.isEthnicMinority,
    startDate,
    endDate,
  };
}

/** The person with every period; shown facts are those of the open period, else the latest. */
async function readDetail(tx: Tx, person: repo.PersonRow): Promise<RosterPersonDetail> {
  const versions = await repo.listVersions(tx, person.id);
  const latest = versions.at(-1);
  if (!latest) throw personNotFound();
  const shown = versions.find((v) => v.validTo === null) ?? latest;
  return {
    ...toPerson(person, shown, versions[0]!.validFrom, latest.validTo),
    versions: versions.map((v) => toVersionView(v, person.ethnicGroupCode)),
  };
}

// ---------------------------------------------------------------------------------------
// Reads

/** The actor's own unit's roster as of a day (default today), searched on the folded name. */
export async function listRoster(database: Database, actor: Actor, query: RosterListQuery): Promise<RosterList> {
  return database.db.transaction(async (tx) => {
    const unit = await loadRosterUnit(tx, actor, query.unitId ?? actor.unitId);
    const asOf = query.asOf ?? todayInVietnam();
    const nameKey = query.q ? toSearchKey(query.q) : '';
    const listed = await repo.listPeople(tx, { unitId: unit.id, asOf, include: query.include, nameKey: nameKey || null });
    await recordAudit(tx, actor, {
      action: 'roster.view',
      entityType: 'roster',
      entityId: unit.id,
      unitId: unit.id,
      after: { asOf, include: query.include, searched: nameKey.length > 0, count: listed.length },
    });
    return {
      unit: { id: unit.id, code: unit.code, name: unit.name },
      asOf,
      total: listed.length,
      people: listed.map((p) => toPerson(p, p.version, p.startDate, p.lastValidTo)),
    };
  });
}

export async function getRosterPerson(database: Database, actor: Actor, id: number): Promise<RosterPersonDetail> {
  return database.db.transaction(async (tx) => {
    const person = await loadPersonFor(tx, actor, id);
    const detail = await readDetail(tx, person);
    await recordAudit(tx, actor, { action: 'roster.view-person', entityType: 'roster_person', entityId: id, unitId: person.unitId, after: { versions: detail.versions.length } });
    return detail;
  });
}

/** Everything stored about one person, for a data-subject request (Luật 91/2025/QH15). */
export async function exportRosterPerson(database: Database, actor: Actor, id: number): Promise<RosterPersonExport> {
  return database.db.transaction(async (tx) => {
    const person = await loadPersonFor(tx, actor, id);
    const detail = await readDetail(tx, person);
    await recordAudit(tx, actor, { action: 'roster.export-person', entityType: 'roster_person', entityId: id, unitId: person.unitId, after: { versions: detail.versions.length } });
    return { exportedAt: new Date().toISOString(), unit: { id: person.unitId, code: person.unitCode, name: person.unitName }, person: detail };
  });
}

// ---------------------------------------------------------------------------------------
// Writes

/** Adds a person to a unit's roster (default: the actor's own) inside the caller's transaction; answers the new id. */
export async function createRosterPersonInTx(tx: Tx, actor: Actor, input: CreateRosterPersonBody, unitId: number = actor.unitId): Promise<number> {
  const unit = await loadRosterUnit(tx, actor, unitId);
  await repo.lockUnitRoster(tx, unit.id);
  const startDate = input.startDate ?? todayInVietnam();
  const problems = new Problems();
  const identity = checkIdentity(input, startDate, problems);
  const facts = checkFacts(input, await schoolLevelOf(tx, unit.id), problems);
  problems.throwIfAny();
  await assertNotOnAnotherRoster(tx, unit.id, identity, startDate, null);
  const personId = await repo.insertPerson(tx, {
    unitId: unit.id,
    fullName: identity.fullName,
    nameKey: identity.nameKey,
    sortKey: identity.sortKey,
    birthDate: identity.birthDate,
    birthYear: identity.birthYear,
    ethnicGroupCode: identity.ethnicGroupCode,
    createdBy: actor.userId,
  });
  const versionId = await repo.insertVersion(tx, { ...facts, personId, unitId: unit.id, validFrom: startDate, recordedBy: actor.userId });
  await recordAudit(tx, actor, { action: 'roster.create', entityType: 'roster_person', entityId: personId, unitId: unit.id, after: { versionId, validFrom: startDate } });
  return personId;
}

export async function createRosterPerson(database: Database, actor: Actor, input: CreateRosterPersonBody): Promise<RosterPersonDetail> {
  return database.db.transaction(async (tx) => {
    const id = await createRosterPersonInTx(tx, actor, input);
    return readDetail(tx, (await repo.findPerson(tx, id))!);
  });
}

/**
 * Corrects who a person is (in place) and changes their facts from `effectiveFrom` on
 * (default today): the open period is closed that day and a new one begins, or — when
 * the change takes effect on the day the open period began — that period is corrected.
 */
export async function updateRosterPersonInTx(tx: Tx, actor: Actor, id: number, input: UpdateRosterPersonBody): Promise<void> {
  const person = await lockPersonFor(tx, actor, id);
  const versions = await repo.listVersions(tx, id);
  const open = versions.find((v) => v.validTo === null);
  const latest = versions.at(-1)!;
  const effectiveFrom = input.effectiveFrom ?? todayInVietnam();
  const problems = new Problems();
  const identity = checkIdentity(input, versions[0]?.validFrom ?? effectiveFrom, problems);
  const facts = checkFacts(input, await schoolLevelOf(tx, person.unitId), problems);
  const changes = changedFields(toRosterFacts(person, latest), toRosterFacts(identity, facts));
  // Name, birth and ethnic group (with the minority mark it sets) are identity (below); the rest is a period's.
  const periodChanges = changes.filter((f) => !IDENTITY_FACTS.includes(f));
  if (periodChanges.length > 0 && !open) {
    throw new AppError('CONFLICT', `Người này đã thôi làm việc tại đơn vị từ ngày ${formatDate(latest.validTo)}: không thay đổi được thông tin công tác`);
  }
  if (periodChanges.length > 0 && open && effectiveFrom < open.validFrom) {
    problems.add('effectiveFrom', `Ngày áp dụng thay đổi (${formatDate(effectiveFrom)}) không được trước ngày bắt đầu của thông tin hiện tại (${formatDate(open.validFrom)})`);
  }
  problems.throwIfAny();

  const identityChanges = IDENTITY_FIELDS.filter((field) => person[field] !== identity[field]);
  if (identityChanges.some((f) => f !== 'ethnicGroupCode')) {
    await assertNotOnAnotherRoster(tx, person.unitId, identity, open?.validFrom ?? latest.validFrom, person.id);
  }
  if (identityChanges.length > 0) await repo.updatePersonIdentity(tx, id, { ...identity, updatedBy: actor.userId });
  // Ethnicity is who the person is, not a fact of a period: a correction holds for every period.
  if (changes.includes('isEthnicMinority')) await repo.setMinorityOfPerson(tx, id, facts.isEthnicMinority);
  let versionChange: 'unchanged' | 'corrected' | 'added' = 'unchanged';
  if (periodChanges.length > 0 && open) {
    if (effectiveFrom === open.validFrom) {
      await repo.replaceVersionFacts(tx, open.id, facts, actor.userId);
      versionChange = 'corrected';
    } else {
      await repo.closeVersion(tx, open.id, effectiveFrom, null);
      await repo.insertVersion(tx, { ...facts, personId: id, unitId: person.unitId, validFrom: effectiveFrom, recordedBy: actor.userId });
      versionChange = 'added';
    }
  }
  await recordAudit(tx, actor, {
    action: 'roster.update',
    entityType: 'roster_person',
    entityId: id,
    unitId: person.unitId,
    // Field names only: the values are personal data.
    after: { identityFields: identityChanges, factFields: periodChanges, effectiveFrom, version: versionChange },
  });
}

export async function updateRosterPerson(database: Database, actor: Actor, id: number, input: UpdateRosterPersonBody): Promise<RosterPersonDetail> {
  return database.db.transaction(async (tx) => {
    await updateRosterPersonInTx(tx, actor, id, input);
    return readDetail(tx, (await repo.findPerson(tx, id))!);
  });
}

/** Ends a person's time in the unit: `endDate` is the first day they are no longer there. */
export async function endRosterPersonInTx(tx: Tx, actor: Actor, id: number, input: EndRosterPersonBody): Promise<void> {
  const person = await lockPersonFor(tx, actor, id);
  const open = await repo.findOpenVersion(tx, id);
  if (!open) throw new AppError('CONFLICT', 'Người này đã thôi làm việc tại đơn vị');
  if (input.endDate <= open.validFrom) {
    throw new AppError('VALIDATION', `Ngày thôi làm việc phải sau ngày bắt đầu (${formatDate(open.validFrom)})`, [{ field: 'endDate', message: `Phải sau ngày ${formatDate(open.validFrom)}` }]);
  }
  await repo.closeVersion(tx, open.id, input.endDate, input.reason ?? null);
  await recordAudit(tx, actor, { action: 'roster.end', entityType: 'roster_person', entityId: id, unitId: person.unitId, after: { endDate: input.endDate, withReason: Boolean(input.reason) } });
}

export async function endRosterPerson(database: Database, actor: Actor, id: number, input: EndRosterPersonBody): Promise<RosterPersonDetail> {
  return database.db.transaction(async (tx) => {
    await endRosterPersonInTx(tx, actor, id, input);
    return readDetail(tx, (await repo.findPerson(tx, id))!);
  });
}

/**
 * Erasure (xóa dữ liệu cá nhân): the personal row is deleted; its periods stay, unlinked
 * and without their free text, so every figure of every past day stays what it was.
 */
export async function eraseRosterPerson(database: Database, actor: Actor, id: number): Promise<void> {
  await database.db.transaction(async (tx) => {
    const person = await lockPersonFor(tx, actor, id);
    const versions = await repo.erasePerson(tx, id);
    await recordAudit(tx, actor, { action: 'roster.erase', entityType: 'roster_person', entityId: id, unitId: person.unitId, after: { versionsKept: versions } });
  });
}

// ---------------------------------------------------------------------------------------
// Statistics

/** The figures of a unit's subtree (default: the actor's unit) as of a day (default today). Aggregates only. */
export async function rosterStatistics(database: Database, actor: Actor, options: { unitId?: number | undefined; asOf?: string | undefined }): Promise<RosterStatistics> {
  const { db } = database;
  const unit = await loadUnitFor(db, actor, options.unitId ?? actor.unitId, 'roster:stats');
  const asOf = options.asOf ?? todayInVietnam();
  if (!isCalendarDate(asOf)) throw new AppError('VALIDATION', `Ngày "${asOf}" không hợp lệ`, [{ field: 'asOf', message: 'Ngày không hợp lệ' }]);
  const { unitsWithRoster, statistics } = await repo.computeSubtreeStatistics(db, unit.path, asOf);
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    asOf,
    unitsWithRoster,
    figures: STATISTIC_RULES.map((rule) => ({ code: rule.code, label: rule.label, ...statistics[rule.code] })),
  };
}
