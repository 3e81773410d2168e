/**
 * SQL for the roster import: the unit's current roster in one query and its fingerprint,
 * the remembered mapping, the stored previews, and the writes of an apply as set-based
 * statements — each column of a chunk of rows travels as one array parameter
 * (`unnest($1::text[], $2::date[], …)`), so 100,000 people are a few dozen statements on
 * PGlite and on PostgreSQL, never one per person, and no row is spelled out as JSON.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { boolArray, intArray, intArrayLiteral, rows, textArray } from '../../../db/sql.ts';
import type { SavedMapping } from '../../../../common/roster/header-detection.ts';
import type { CalendarDate } from '../../../../common/text/calendar-dates.ts';
import type { VersionFacts } from '../roster.repo.ts';
import { dateLiteral } from '../roster-statistics.sql.ts';
import { previewStore } from '../../../lib/import-previews.ts';

/** Rows per statement: large enough to be few, small enough to keep each parameter a few hundred KB. */
const CHUNK = 5000;

/**
 * One statement per chunk of `items`. The next chunk is taken from `items` (a generator
 * may compute it then) and its statement built while the database runs the last one, so
 * on PostgreSQL the preparation costs no wall time; PGlite runs in this thread anyway.
 */
async function executeInChunks<T>(tx: Tx, items: Iterable<T>, statementOf: (chunk: readonly T[]) => SQL): Promise<number> {
  let running: Promise<unknown> = Promise.resolve();
  let chunk: T[] = [];
  let count = 0;
  const send = async () => {
    const statement = statementOf(chunk);
    chunk = [];
    await running;
    running = tx.execute(statement).then(() => undefined);
    // Awaited by the next send or at the end; marked handled so a failure while the next chunk is built is not "unhandled".
    running.catch(() => undefined);
  };
  for (const item of items) {
    chunk.push(item);
    count += 1;
    if (chunk.length === CHUNK) await send();
  }
  if (chunk.length > 0) await send();
  await running;
  return count;
}

async function inChunks<T>(items: readonly T[], write: (chunk: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await write(items.slice(i, i + CHUNK));
}

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/** int[] per row (the training years) as text elements "{2024,2025}", cast back row by row. */
const intArrays = (values: readonly (readonly number[])[]) => textArray(values.map((years) => intArrayLiteral(years)));

// ---------------------------------------------------------------------------------------
// Reading

/** The facts of a version as stored: the roster's own shape (roster.repo.ts). */
export type StoredFacts = VersionFacts;

/** A person's version on the roster as of a day: what the apply closes, corrects or ends. */
export interface CurrentVersion {
  personId: number;
  versionId: number;
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
}

export interface CurrentPerson extends StoredFacts, CurrentVersion {
  fullName: string;
  /** toSearchKey(fullName), as stored. */
  nameKey: string;
  birthDate: CalendarDate | null;
  birthYear: number;
  ethnicGroupCode: string | null;
}

/** The columns of CurrentPerson, in one place for the list and its fingerprint. */
const CURRENT_COLUMNS: readonly (readonly [expression: string, name: string])[] = [
  ['p.id', 'personId'],
  ['v.id::int', 'versionId'],
  ['v.valid_from', 'validFrom'],
  ['v.valid_to', 'validTo'],
  ['p.full_name', 'fullName'],
  ['p.name_key', 'nameKey'],
  ['p.birth_date', 'birthDate'],
  ['p.birth_year', 'birthYear'],
  ['p.ethnic_group_code', 'ethnicGroupCode'],
  ['v.sex', 'sex'],
  ['v.is_ethnic_minority', 'isEthnicMinority'],
  ['v.position', 'position'],
  ['v.staff_group', 'staffGroup'],
  ['v.degree', 'degree'],
  ['v.training_standard', 'trainingStandard'],
  ['v.political_theory', 'politicalTheory'],
  ['v.is_party_member', 'isPartyMember'],
  ['v.is_party_committee_member', 'isPartyCommitteeMember'],
  ['v.is_in_planning_pool', 'isInPlanningPool'],
  ['v.planning_pool_post', 'planningPoolPost'],
  ['v.gender_training_years', 'genderTrainingYears'],
  ['v.committee_role', 'committeeRole'],
];

function currentRosterOf(unitId: number, asOf: CalendarDate): SQL {
  const day = dateLiteral(asOf);
  return sql`from roster_people p
             join roster_versions v on v.person_id = p.id
            where p.unit_id = ${unitId} and v.valid_from <= ${day} and (v.valid_to is null or v.valid_to > ${day})`;
}

/** Everyone on the unit's roster on `asOf`, with the version valid that day. */
export async function listCurrentRoster(tx: Tx, unitId: number, asOf: CalendarDate): Promise<CurrentPerson[]> {
  const columns = sql.raw(CURRENT_COLUMNS.map(([expression, name]) => `${expression} as "${name}"`).join(', '));
  return rows<CurrentPerson>(tx, sql`select ${columns} ${currentRosterOf(unitId, asOf)} order by p.id`);
}

/**
 * A digest of exactly what listCurrentRoster answers (every column of every row, NULL
 * told apart from empty text by the row's text form): equal digests, the same roster,
 * so a comparison made against it still holds. Computed by the database, so checking it
 * does not bring the roster over.
 */
export async function fingerprintCurrentRoster(tx: Tx, unitId: number, asOf: CalendarDate): Promise<string> {
  const record = sql.raw(`row(${CURRENT_COLUMNS.map(([expression]) => expression).join(', ')})::text`);
  const [row] = await rows<{ fingerprint: string }>(
    tx,
    sql`select encode(sha256(convert_to(coalesce(string_agg(${record}, chr(10) order by p.id, v.id), ''), 'UTF8')), 'hex') as fingerprint
          ${currentRosterOf(unitId, asOf)}`,
  );
  return row!.fingerprint;
}

export async function findMapping(tx: Tx, unitId: number): Promise<SavedMapping> {
  const [row] = await rows<{ mapping: SavedMapping }>(tx, sql`select mapping from roster_import_mappings where unit_id = ${unitId}`);
  return row?.mapping ?? {};
}

export async function saveMapping(tx: Tx, unitId: number, mapping: SavedMapping, userId: number): Promise<void> {
  await tx.execute(sql`
    insert into roster_import_mappings (unit_id, mapping, updated_by) values (${unitId}, ${json(mapping)}, ${userId})
    on conflict (unit_id) do update set mapping = excluded.mapping, updated_at = now(), updated_by = excluded.updated_by`);
}

// ---------------------------------------------------------------------------------------
// Previews (import_previews, kind 'roster')

export const { insertPreview, takePreview, deletePreview } = previewStore('roster');

// ---------------------------------------------------------------------------------------
// Writing

export interface NewPerson {
  fullName: string;
  nameKey: string;
  sortKey: string;
  birthDate: CalendarDate | null;
  birthYear: number;
  ethnicGroupCode: string | null;
}

export interface NewVersion extends StoredFacts {
  personId: number;
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
}

/** A person who joins, with their first version. */
export interface JoiningPerson extends NewPerson, StoredFacts {
  validFrom: CalendarDate;
}

/** The facts of a chunk as unnest() arguments, in the order of FACT_NAMES. */
function factArrays(facts: readonly StoredFacts[]): SQL {
  return sql`${textArray(facts.map((f) => f.sex))}::text[], ${boolArray(facts.map((f) => f.isEthnicMinority))}::boolean[],
    ${textArray(facts.map((f) => f.position))}::text[], ${textArray(facts.map((f) => f.staffGroup))}::text[], ${textArray(facts.map((f) => f.degree))}::text[],
    ${textArray(facts.map((f) => f.trainingStandard))}::text[], ${textArray(facts.map((f) => f.politicalTheory))}::text[],
    ${boolArray(facts.map((f) => f.isPartyMember))}::boolean[], ${boolArray(facts.map((f) => f.isPartyCommitteeMember))}::boolean[],
    ${boolArray(facts.map((f) => f.isInPlanningPool))}::boolean[], ${textArray(facts.map((f) => f.planningPoolPost))}::text[],
    ${intArrays(facts.map((f) => f.genderTrainingYears))}::text[], ${textArray(facts.map((f) => f.committeeRole))}::text[]`;
}

const FACT_NAMES = `sex, is_ethnic_minority, position, staff_group, degree, training_standard, political_theory, is_party_member,
  is_party_committee_member, is_in_planning_pool, planning_pool_post, gender_training_years, committee_role`;

const FACT_COLUMNS = sql.raw(FACT_NAMES);

/** The facts of the unnest() record r, as roster_versions columns (the years come as text). */
const FACT_VALUES = sql.raw(`r.sex, r.is_ethnic_minority, r.position, r.staff_group, r.degree, r.training_standard, r.political_theory,
  r.is_party_member, r.is_party_committee_member, r.is_in_planning_pool, r.planning_pool_post, coalesce(r.gender_training_years::int[], '{}'), r.committee_role`);

const identityArrays = (people: readonly NewPerson[]) =>
  sql`${textArray(people.map((p) => p.fullName))}::text[], ${textArray(people.map((p) => p.nameKey))}::text[], ${textArray(people.map((p) => p.sortKey))}::text[],
    ${textArray(people.map((p) => p.birthDate))}::date[], ${intArray(people.map((p) => p.birthYear))}::int[], ${textArray(people.map((p) => p.ethnicGroupCode))}::text[]`;

const IDENTITY_NAMES = 'full_name, name_key, sort_key, birth_date, birth_year, ethnic_group_code';

/**
 * How the two foreign keys a joining person's rows carry (person → unit, version → person)
 * are checked:
 * - 'per-row': by the keys' own triggers, a lookup per row — PostgreSQL's way, and the
 *   way on a PostgreSQL server, where the application is no superuser;
 * - 'per-import': once, set-based, after the inserts (PGlite, where the database runs in
 *   this thread and the per-row lookups were 1.2 s of a 100,000-row import). The inserts
 *   run with `session_replication_role = replica`, which skips the keys' triggers for
 *   this transaction only (as pg_restore --disable-triggers does); the unit's row is
 *   locked first as its key would lock it, and afterwards one anti-join proves every
 *   version of the unit names a person who exists: a broken reference rolls the import
 *   back. The keys stay declared, and every other write still checks them row by row.
 */
export type ReferenceChecks = 'per-row' | 'per-import';

/** Replica mode skips every ordinary trigger, not only the keys': allowed only while the roster tables have no other. */
async function hasOnlyKeyTriggers(tx: Tx): Promise<boolean> {
  const [row] = await rows<{ others: number }>(
    tx,
    sql`select count(*)::int as others from pg_trigger
         where tgrelid in ('roster_people'::regclass, 'roster_versions'::regclass) and not tgisinternal`,
  );
  return row!.others === 0;
}

/**
 * Inserts people of one unit with their first version, one statement per chunk: ids are
 * drawn in the statement (a volatile nextval keeps the CTE materialised, so each row
 * gets one id and both inserts read the same one).
 */
export async function insertJoiningPeople(tx: Tx, unitId: number, people: Iterable<JoiningPerson>, userId: number, checks: ReferenceChecks = 'per-row'): Promise<void> {
  if (checks === 'per-import' && (await hasOnlyKeyTriggers(tx))) {
    const [unit] = await rows<{ id: number }>(tx, sql`select id from units where id = ${unitId} for key share`);
    if (!unit) throw new Error(`roster import: unit ${unitId} does not exist`);
    await tx.execute(sql`set local session_replication_role = replica`);
    const inserted = await insertJoiningChunks(tx, unitId, people, userId);
    await tx.execute(sql`set local session_replication_role = origin`);
    if (inserted > 0) await assertVersionsNamePeople(tx, unitId);
    return;
  }
  await insertJoiningChunks(tx, unitId, people, userId);
}

/** The check the version → person key makes, for all of a unit's versions at once. */
export async function assertVersionsNamePeople(tx: Tx, unitId: number): Promise<void> {
  const [broken] = await rows<{ versionId: number; personId: number }>(
    tx,
    sql`select v.id::int as "versionId", v.person_id as "personId" from roster_versions v
         where v.unit_id = ${unitId} and v.person_id is not null
           and not exists (select 1 from roster_people p where p.id = v.person_id)
         limit 1`,
  );
  if (broken) throw new Error(`roster import: version ${broken.versionId} names person ${broken.personId}, who does not exist`);
}

async function insertJoiningChunks(tx: Tx, unitId: number, people: Iterable<JoiningPerson>, userId: number): Promise<number> {
  return executeInChunks(tx, people, (chunk) =>
    sql`
      with joining as materialized (
        select nextval(s.seq)::int as id, u.*
          from (select pg_get_serial_sequence('roster_people', 'id')::regclass as seq) s,
               unnest(${identityArrays(chunk)}, ${textArray(chunk.map((p) => p.validFrom))}::date[], ${factArrays(chunk)})
                 as u(${sql.raw(IDENTITY_NAMES)}, valid_from, ${FACT_COLUMNS})),
      people as (
        insert into roster_people (id, unit_id, ${sql.raw(IDENTITY_NAMES)}, created_by, updated_by)
        select r.id, ${unitId}, ${sql.raw(IDENTITY_NAMES)}, ${userId}, ${userId} from joining r)
      insert into roster_versions (person_id, unit_id, valid_from, ${FACT_COLUMNS}, recorded_by)
      select r.id, ${unitId}, r.valid_from, ${FACT_VALUES}, ${userId} from joining r`,
  );
}

export async function insertVersions(tx: Tx, unitId: number, versions: readonly NewVersion[], userId: number): Promise<void> {
  await executeInChunks(tx, versions, (chunk) =>
    sql`
      insert into roster_versions (person_id, unit_id, valid_from, valid_to, ${FACT_COLUMNS}, recorded_by)
      select r.person_id, ${unitId}, r.valid_from, r.valid_to, ${FACT_VALUES}, ${userId}
        from unnest(${intArray(chunk.map((v) => v.personId))}::int[], ${textArray(chunk.map((v) => v.validFrom))}::date[],
                    ${textArray(chunk.map((v) => v.validTo))}::date[], ${factArrays(chunk)})
          as r(person_id, valid_from, valid_to, ${FACT_COLUMNS})`,
  );
}

/** Corrects versions in place (a change effective on the day the version began). */
export async function replaceVersionFacts(tx: Tx, versions: readonly (StoredFacts & { versionId: number })[], userId: number): Promise<void> {
  await executeInChunks(tx, versions, (chunk) =>
    sql`
      update roster_versions v
         set (${FACT_COLUMNS}) = (select ${FACT_VALUES}), recorded_at = now(), recorded_by = ${userId}
        from unnest(${intArray(chunk.map((v) => v.versionId))}::bigint[], ${factArrays(chunk)}) as r(version_id, ${FACT_COLUMNS})
       where v.id = r.version_id`,
  );
}

/** Ends versions on `validTo` (the first day they no longer hold). */
export async function closeVersions(tx: Tx, versionIds: readonly number[], validTo: CalendarDate, endReason: string | null): Promise<void> {
  await executeInChunks(tx, versionIds, (chunk) =>
    sql`update roster_versions set valid_to = ${validTo}::date, end_reason = ${endReason} where id = any(${intArray(chunk)}::bigint[])`,
  );
}

/** Drops versions that would hold for no day at all (begun on the day they end), and people left without any. */
export async function deleteVersions(tx: Tx, versionIds: readonly number[]): Promise<void> {
  await inChunks(versionIds, async (chunk) => {
    const gone = await rows<{ personId: number }>(tx, sql`delete from roster_versions where id = any(${intArray(chunk)}::bigint[]) returning person_id as "personId"`);
    await tx.execute(sql`delete from roster_people p
                          where p.id = any(${intArray(gone.map((g) => g.personId))}::int[])
                            and not exists (select 1 from roster_versions v where v.person_id = p.id)`);
  });
}

/** Identity corrections (name as written, a full birth date for a year, the ethnic group). */
export async function updateIdentities(tx: Tx, people: readonly (NewPerson & { personId: number })[], userId: number): Promise<void> {
  await executeInChunks(tx, people, (chunk) =>
    sql`
      update roster_people p
         set full_name = r.full_name, name_key = r.name_key, sort_key = r.sort_key, birth_date = r.birth_date, birth_year = r.birth_year,
             ethnic_group_code = r.ethnic_group_code, updated_at = now(), updated_by = ${userId}
        from unnest(${intArray(chunk.map((p) => p.personId))}::int[], ${identityArrays(chunk)}) as r(person_id, ${sql.raw(IDENTITY_NAMES)})
       where p.id = r.person_id`,
  );
}

/** Ethnicity is identity: a corrected group corrects the minority mark of every period of the person. */
export async function setMinorityOfPeople(tx: Tx, people: readonly { personId: number; isEthnicMinority: boolean }[]): Promise<void> {
  await executeInChunks(tx, people, (chunk) =>
    sql`
      update roster_versions v set is_ethnic_minority = r.is_ethnic_minority
        from unnest(${intArray(chunk.map((p) => p.personId))}::int[], ${boolArray(chunk.map((p) => p.isEthnicMinority))}::boolean[]) as r(person_id, is_ethnic_minority)
       where v.person_id = r.person_id and v.is_ethnic_minority <> r.is_ethnic_minority`,
  );
}
