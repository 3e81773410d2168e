/**
 * SQL for the staff roster: the personal rows (`roster_people`), the periods the figures
 * count (`roster_versions`), the cross-unit identity check and the statistics query.
 * Every function takes the caller's transaction; rules and policy live in roster.service.ts.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { containsPattern, intArray, rows, textArray } from '../../db/sql.ts';
import { rosterPeople, rosterVersions } from '../../db/schema.ts';
import type { RosterStatisticsWithMinority } from '../../../common/roster/statistics.ts';
import type { CalendarDate } from '../../../common/text/calendar-dates.ts';
import { dateLiteral, statisticsOfRow, statisticsQuery, unitsWithRosterQuery } from './roster-statistics.sql.ts';

export interface PersonRow {
  id: number;
  unitId: number;
  fullName: string;
  nameKey: string;
  birthDate: string | null;
  birthYear: number;
  ethnicGroupCode: string | null;
}

/** The facts of one period, as stored (roster_versions minus its bookkeeping). */
export interface VersionFacts {
  sex: string;
  isEthnicMinority: boolean;
  position: string | null;
  staffGroup: string | null;
  degree: string | null;
  trainingStandard: string | null;
  politicalTheory: string | null;
  isPartyMember: boolean;
  isPartyCommitteeMember: boolean;
  isInPlanningPool: boolean;
  planningPoolPost: string | null;
  genderTrainingYears: number[];
  committeeRole: string | null;
}

export interface VersionRow extends VersionFacts {
  id: number;
  personId: number | null;
  unitId: number;
  validFrom: string;
  validTo: string | null;
  endReason: string | null;
  recordedAt: string;
  recordedByName: string | null;
}

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

const PERSON_COLUMNS = sql.raw(`p.id, p.unit_id as "unitId", p.full_name as "fullName", p.name_key as "nameKey",
       p.birth_date as "birthDate", p.birth_year as "birthYear", p.ethnic_group_code as "ethnicGroupCode"`);

const VERSION_COLUMNS = sql`v.id, v.person_id as "personId", v.unit_id as "unitId", v.valid_from as "validFrom", v.valid_to as "validTo",
       v.sex, v.is_ethnic_minority as "isEthnicMinority", v.position, v.staff_group as "staffGroup", v.degree,
       v.training_standard as "trainingStandard", v.political_theory as "politicalTheory", v.is_party_member as "isPartyMember",
       v.is_party_committee_member as "isPartyCommitteeMember", v.is_in_planning_pool as "isInPlanningPool",
       v.planning_pool_post as "planningPoolPost", v.gender_training_years as "genderTrainingYears", v.committee_role as "committeeRole",
       v.end_reason as "endReason", ${iso('v.recorded_at')} as "recordedAt", ru.full_name as "recordedByName"`;

// ---------------------------------------------------------------------------------------
// People and their versions

export async function insertPerson(
  tx: Tx,
  values: Omit<PersonRow, 'id'> & { sortKey: string; createdBy: number },
): Promise<number> {
  const [row] = await tx
    .insert(rosterPeople)
    .values({ ...values, updatedBy: values.createdBy })
    .returning({ id: rosterPeople.id });
  return row!.id;
}

export async function updatePersonIdentity(
  tx: Tx,
  id: number,
  values: Pick<PersonRow, 'fullName' | 'nameKey' | 'birthDate' | 'birthYear' | 'ethnicGroupCode'> & { sortKey: string; updatedBy: number },
): Promise<void> {
  await tx.update(rosterPeople).set({ ...values, updatedAt: sql`now()` }).where(eq(rosterPeople.id, id));
}

export async function insertVersion(
  tx: Tx,
  values: VersionFacts & { personId: number; unitId: number; validFrom: string; validTo?: string | null; recordedBy: number },
): Promise<number> {
  const [row] = await tx.insert(rosterVersions).values(values).returning({ id: rosterVersions.id });
  return row!.id;
}

/** Corrects the facts of a version in place (a change effective from the day it began). */
export async function replaceVersionFacts(tx: Tx, id: number, facts: VersionFacts, recordedBy: number): Promise<void> {
  await tx.update(rosterVersions).set({ ...facts, recordedAt: sql`now()`, recordedBy }).where(eq(rosterVersions.id, id));
}

export async function closeVersion(tx: Tx, id: number, validTo: string, endReason: string | null): Promise<void> {
  await tx.update(rosterVersions).set({ validTo, endReason }).where(eq(rosterVersions.id, id));
}

/** Ethnicity is identity: a corrected group corrects the minority mark of every period. */
export async function setMinorityOfPerson(tx: Tx, personId: number, isEthnicMinority: boolean): Promise<void> {
  await tx.update(rosterVersions).set({ isEthnicMinority }).where(eq(rosterVersions.personId, personId));
}

export interface PersonWithUnit extends PersonRow {
  unitCode: string;
  unitName: string;
  unitPath: string;
}

/** The person row and its unit (for the policy), the person locked for the write that follows when `forUpdate`. */
export async function findPerson(tx: Tx, id: number, forUpdate = false): Promise<PersonWithUnit | undefined> {
  const [row] = await rows<PersonWithUnit>(
    tx,
    sql`select ${PERSON_COLUMNS}, u.code as "unitCode", u.name as "unitName", u.path::text as "unitPath"
          from roster_people p join units u on u.id = p.unit_id
         where p.id = ${id} ${forUpdate ? sql`for update of p` : sql``}`,
  );
  return row;
}

/** Every period of a person, oldest first. */
export async function listVersions(tx: Tx, personId: number): Promise<VersionRow[]> {
  return rows<VersionRow>(
    tx,
    sql`select ${VERSION_COLUMNS} from roster_versions v left join users ru on ru.id = v.recorded_by
         where v.person_id = ${personId} order by v.valid_from, v.id`,
  );
}

export interface ListedPerson extends PersonRow {
  /** The version shown: valid on the as-of day, or (listing everyone) the latest. */
  version: VersionRow;
  startDate: string;
  /** valid_to of the latest version. */
  lastValidTo: string | null;
}

/**
 * A unit's people in Vietnamese order of their sort keys: those on the staff on `asOf`
 * (`current`), or everyone ever in the unit with their latest period (`all`). `nameKey`
 * filters on the folded name.
 */
export async function listPeople(tx: Tx, options: { unitId: number; asOf: CalendarDate; include: 'current' | 'all'; nameKey: string | null }): Promise<ListedPerson[]> {
  const day = dateLiteral(options.asOf);
  const chosen =
    options.include === 'current'
      ? sql`v.valid_from <= ${day} and (v.valid_to is null or v.valid_to > ${day})`
      : sql`true`;
  const found = await rows<PersonRow & { version: VersionRow; startDate: string; lastValidTo: string | null }>(
    tx,
    sql`
      select ${PERSON_COLUMNS}, shown.version, span.start_date as "startDate", span.last_valid_to as "lastValidTo"
        from roster_people p
        join lateral (
          select to_jsonb(x) as version from (
            select ${VERSION_COLUMNS} from roster_versions v left join users ru on ru.id = v.recorded_by
             where v.person_id = p.id and ${chosen}
             order by v.valid_from desc limit 1) x
        ) shown on true
        join lateral (
          select min(v.valid_from) as start_date,
                 (array_agg(v.valid_to order by v.valid_from desc))[1] as last_valid_to
            from roster_versions v where v.person_id = p.id
        ) span on true
       where p.unit_id = ${options.unitId}
         ${options.nameKey ? sql`and p.name_key like ${containsPattern(options.nameKey)}` : sql``}
       order by p.sort_key, p.id`,
  );
  return found;
}

/** Erasure: the personal row goes; its periods stay, unlinked (FK set null), with their free text cleared. */
export async function erasePerson(tx: Tx, id: number): Promise<number> {
  const cleared = await tx
    .update(rosterVersions)
    .set({ planningPoolPost: null, endReason: null })
    .where(eq(rosterVersions.personId, id))
    .returning({ id: rosterVersions.id });
  await tx.delete(rosterPeople).where(eq(rosterPeople.id, id));
  return cleared.length;
}

export async function findOpenVersion(tx: Tx, personId: number): Promise<VersionRow | undefined> {
  const [row] = await rows<VersionRow>(
    tx,
    sql`select ${VERSION_COLUMNS} from roster_versions v left join users ru on ru.id = v.recorded_by
         where v.person_id = ${personId} and v.valid_to is null order by v.valid_from desc limit 1`,
  );
  return row;
}

// ---------------------------------------------------------------------------------------
// The same person in another unit

export interface PersonKey {
  nameKey: string;
  birthDate: string | null;
  birthYear: number;
}

export interface PersonElsewhere {
  nameKey: string;
  birthYear: number;
  birthDate: string | null;
  unitCode: string;
}

/**
 * People on the roster of a unit other than `unitId` on `asOf` or any later day (a period
 * that overlaps [asOf, ∞): someone who left that unit before `asOf` is not there) who
 * match one of `keys`:
 * the same folded name and the same birth date — or the same birth year when either side
 * knows only the year. Answers only what identifies the key and the other unit's code,
 * never the other person's data.
 */
export async function findPeopleInOtherUnits(tx: Tx, unitId: number, keys: PersonKey[], asOf: string): Promise<PersonElsewhere[]> {
  return findMatchingPeople(tx, keys, asOf, sql`p.unit_id <> ${unitId}`);
}

/** The same check within one unit: who would be on its roster twice. */
export async function findPeopleInUnit(tx: Tx, unitId: number, keys: PersonKey[], asOf: string, exceptPersonId: number | null = null): Promise<PersonElsewhere[]> {
  return findMatchingPeople(tx, keys, asOf, sql`p.unit_id = ${unitId} ${exceptPersonId === null ? sql`` : sql`and p.id <> ${exceptPersonId}`}`);
}

async function findMatchingPeople(tx: Tx, keys: PersonKey[], asOf: string, where: SQL): Promise<PersonElsewhere[]> {
  if (keys.length === 0) return [];
  const day = dateLiteral(asOf);
  return rows<PersonElsewhere>(
    tx,
    sql`
      select distinct k."nameKey", k."birthYear", k."birthDate"::text as "birthDate", u.code as "unitCode"
        from unnest(${textArray(keys.map((k) => k.nameKey))}::text[], ${textArray(keys.map((k) => k.birthDate))}::date[], ${intArray(keys.map((k) => k.birthYear))}::int[])
               as k("nameKey", "birthDate", "birthYear")
        join roster_people p on p.name_key = k."nameKey" and p.birth_year = k."birthYear"
             and (k."birthDate" is null or p.birth_date is null or p.birth_date = k."birthDate")
        join units u on u.id = p.unit_id
       where ${where}
         and exists (select 1 from roster_versions v where v.person_id = p.id and (v.valid_to is null or v.valid_to > ${day}))
       order by u.code`,
  );
}

// ---------------------------------------------------------------------------------------
// Statistics

export interface SubtreeStatistics {
  /** Units with at least one person on the roster that day. */
  unitsWithRoster: number;
  statistics: RosterStatisticsWithMinority;
}

/** Every figure of the subtree at `unitPath` (the unit included) as of a day, in one query. */
export async function computeSubtreeStatistics(tx: Tx, unitPath: string, asOf: string): Promise<SubtreeStatistics> {
  return statisticsOf(tx, sql`u.path <@ ${unitPath}::ltree`, asOf);
}

/** The figures of one unit alone (a report holds its own unit's figures). */
export async function computeUnitStatistics(tx: Tx, unitId: number, asOf: string): Promise<SubtreeStatistics> {
  // One unit has a roster that day exactly when someone is on it: no second query for the count.
  const [row] = await rows<Record<string, number>>(tx, statisticsQuery(sql`u.id = ${unitId}`, asOf));
  const statistics = statisticsOfRow(row ?? {});
  return { unitsWithRoster: statistics.staff.all.total > 0 ? 1 : 0, statistics };
}

async function statisticsOf(tx: Tx, scope: SQL, asOf: string): Promise<SubtreeStatistics> {
  const [[row], [units]] = await Promise.all([rows<Record<string, number>>(tx, statisticsQuery(scope, asOf)), rows<{ units: number }>(tx, unitsWithRosterQuery(scope, asOf))]);
  return { unitsWithRoster: Number(units?.units ?? 0), statistics: statisticsOfRow(row ?? {}) };
}

/** The school kind code of a unit (MN, TH, THCS…), which sets the standard degree. */
export async function findUnitKindCode(tx: Tx, unitId: number): Promise<string | undefined> {
  const [row] = await rows<{ code: string }>(tx, sql`select k.code from units u join unit_kinds k on k.id = u.kind_id where u.id = ${unitId}`);
  return row?.code;
}

// ---------------------------------------------------------------------------------------
// One writer at a time per unit

/**
 * Serialises every write to one unit's roster — an import's apply, a person added,
 * changed, ended or erased — until the transaction ends, so what a writer read of the
 * roster cannot change under it. Every writer takes it before any row lock of the
 * roster, so two writers never wait for each other in opposite orders.
 */
export async function lockUnitRoster(tx: Tx, unitId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('roster'), ${unitId})`);
}
