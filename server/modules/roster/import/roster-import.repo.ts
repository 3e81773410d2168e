/**
 * SQL for the roster import: the unit's current roster in one query, the remembered
 * mapping, the stored previews, and the writes of an apply as set-based statements —
 * rows travel as one jsonb parameter per chunk (jsonb_to_recordset), so 100,000 people
 * are a few dozen statements on PGlite and on PostgreSQL, never one per person.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { rows } from '../../../db/sql.ts';
import type { SavedMapping } from '../../../../common/roster/header-detection.ts';
import type { CalendarDate } from '../../../../common/text/calendar-dates.ts';
import type { VersionFacts } from '../roster.repo.ts';
import { dateLiteral } from '../roster-statistics.sql.ts';
import { previewStore } from '../../../lib/import-previews.ts';

/** Rows per statement: large enough to be few, small enough for one jsonb parameter. */
const CHUNK = 5000;

async function inChunks<T>(items: readonly T[], write: (chunk: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await write(items.slice(i, i + CHUNK));
}

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

// ---------------------------------------------------------------------------------------
// Reading

/** The facts of a version as stored: the roster's own shape (roster.repo.ts). */
export type StoredFacts = VersionFacts;

export interface CurrentPerson extends StoredFacts {
  personId: number;
  versionId: number;
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
  fullName: string;
  birthDate: CalendarDate | null;
  birthYear: number;
  ethnicGroupCode: string | null;
}

/** Everyone on the unit's roster on `asOf`, with the version valid that day. */
export async function listCurrentRoster(tx: Tx, unitId: number, asOf: CalendarDate): Promise<CurrentPerson[]> {
  const day = dateLiteral(asOf);
  return rows<CurrentPerson>(
    tx,
    sql`select p.id as "personId", v.id::int as "versionId", v.valid_from as "validFrom", v.valid_to as "validTo",
               p.full_name as "fullName", p.birth_date as "birthDate", p.birth_year as "birthYear", p.ethnic_group_code as "ethnicGroupCode",
               v.sex, v.is_ethnic_minority as "isEthnicMinority", v.position, v.staff_group as "staffGroup", v.degree,
               v.training_standard as "trainingStandard", v.political_theory as "politicalTheory", v.is_party_member as "isPartyMember",
               v.is_party_committee_member as "isPartyCommitteeMember", v.is_in_planning_pool as "isInPlanningPool",
               v.planning_pool_post as "planningPoolPost", v.gender_training_years as "genderTrainingYears", v.committee_role as "committeeRole"
          from roster_people p
          join roster_versions v on v.person_id = p.id
         where p.unit_id = ${unitId} and v.valid_from <= ${day} and (v.valid_to is null or v.valid_to > ${day})
         order by p.id`,
  );
}

/**
 * Serialises imports and roster writes of one unit for the rest of the transaction: the
 * roster read for the diff cannot change under the apply.
 */
export async function lockUnitRoster(tx: Tx, unitId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('roster'), ${unitId})`);
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

const VERSION_RECORD = sql.raw(`r("personId" int, "validFrom" date, "validTo" date, sex text, "isEthnicMinority" boolean, position text,
  "staffGroup" text, degree text, "trainingStandard" text, "politicalTheory" text, "isPartyMember" boolean,
  "isPartyCommitteeMember" boolean, "isInPlanningPool" boolean, "planningPoolPost" text, "genderTrainingYears" int[], "committeeRole" text)`);

const FACT_COLUMNS = sql.raw(`sex, is_ethnic_minority, position, staff_group, degree, training_standard, political_theory, is_party_member,
  is_party_committee_member, is_in_planning_pool, planning_pool_post, gender_training_years, committee_role`);

const FACT_VALUES = sql.raw(`r.sex, r."isEthnicMinority", r.position, r."staffGroup", r.degree, r."trainingStandard", r."politicalTheory",
  r."isPartyMember", r."isPartyCommitteeMember", r."isInPlanningPool", r."planningPoolPost", coalesce(r."genderTrainingYears", '{}'), r."committeeRole"`);

/** Inserts people of one unit; answers their ids in the order given. */
export async function insertPeople(tx: Tx, unitId: number, people: readonly NewPerson[], userId: number): Promise<number[]> {
  const ids: number[] = [];
  await inChunks(people, async (chunk) => {
    // Ids are drawn first so each id is known to belong to its row (RETURNING keeps no input order).
    const drawn = await rows<{ id: number }>(tx, sql`select nextval(pg_get_serial_sequence('roster_people', 'id'))::int as id from generate_series(1, ${chunk.length})`);
    const withIds = chunk.map((person, i) => ({ ...person, id: drawn[i]!.id }));
    await tx.execute(sql`
      insert into roster_people (id, unit_id, full_name, name_key, sort_key, birth_date, birth_year, ethnic_group_code, created_by, updated_by)
      select r.id, ${unitId}, r."fullName", r."nameKey", r."sortKey", r."birthDate", r."birthYear", r."ethnicGroupCode", ${userId}, ${userId}
        from jsonb_to_recordset(${json(withIds)}) as r(id int, "fullName" text, "nameKey" text, "sortKey" text, "birthDate" date, "birthYear" int, "ethnicGroupCode" text)`);
    ids.push(...withIds.map((p) => p.id));
  });
  return ids;
}

export async function insertVersions(tx: Tx, unitId: number, versions: readonly NewVersion[], userId: number): Promise<void> {
  await inChunks(versions, (chunk) =>
    tx.execute(sql`
      insert into roster_versions (person_id, unit_id, valid_from, valid_to, ${FACT_COLUMNS}, recorded_by)
      select r."personId", ${unitId}, r."validFrom", r."validTo", ${FACT_VALUES}, ${userId}
        from jsonb_to_recordset(${json(chunk)}) as ${VERSION_RECORD}`),
  );
}

/** Corrects versions in place (a change effective on the day the version began). */
export async function replaceVersionFacts(tx: Tx, versions: readonly (StoredFacts & { versionId: number })[], userId: number): Promise<void> {
  await inChunks(versions, (chunk) =>
    tx.execute(sql`
      update roster_versions v
         set (${FACT_COLUMNS}) = (select ${FACT_VALUES}), recorded_at = now(), recorded_by = ${userId}
        from jsonb_to_recordset(${json(chunk)}) as r("versionId" bigint, sex text, "isEthnicMinority" boolean, position text,
             "staffGroup" text, degree text, "trainingStandard" text, "politicalTheory" text, "isPartyMember" boolean,
             "isPartyCommitteeMember" boolean, "isInPlanningPool" boolean, "planningPoolPost" text, "genderTrainingYears" int[], "committeeRole" text)
       where v.id = r."versionId"`),
  );
}

/** Ends versions on `validTo` (the first day they no longer hold). */
export async function closeVersions(tx: Tx, versionIds: readonly number[], validTo: CalendarDate, endReason: string | null): Promise<void> {
  await inChunks(versionIds, (chunk) =>
    tx.execute(sql`update roster_versions set valid_to = ${validTo}::date, end_reason = ${endReason}
                    where id in (select jsonb_array_elements_text(${json(chunk)})::bigint)`),
  );
}

/** Drops versions that would hold for no day at all (begun on the day they end), and people left without any. */
export async function deleteVersions(tx: Tx, versionIds: readonly number[]): Promise<void> {
  await inChunks(versionIds, async (chunk) => {
    const gone = await rows<{ personId: number }>(
      tx,
      sql`delete from roster_versions where id in (select jsonb_array_elements_text(${json(chunk)})::bigint) returning person_id as "personId"`,
    );
    await tx.execute(sql`delete from roster_people p
                          where p.id in (select jsonb_array_elements_text(${json(gone.map((g) => g.personId))})::int)
                            and not exists (select 1 from roster_versions v where v.person_id = p.id)`);
  });
}

/** Identity corrections (name as written, a full birth date for a year, the ethnic group). */
export async function updateIdentities(tx: Tx, people: readonly (NewPerson & { personId: number })[], userId: number): Promise<void> {
  await inChunks(people, (chunk) =>
    tx.execute(sql`
      update roster_people p
         set full_name = r."fullName", name_key = r."nameKey", sort_key = r."sortKey", birth_date = r."birthDate", birth_year = r."birthYear",
             ethnic_group_code = r."ethnicGroupCode", updated_at = now(), updated_by = ${userId}
        from jsonb_to_recordset(${json(chunk)}) as r("personId" int, "fullName" text, "nameKey" text, "sortKey" text, "birthDate" date, "birthYear" int, "ethnicGroupCode" text)
       where p.id = r."personId"`),
  );
}

/** Ethnicity is identity: a corrected group corrects the minority mark of every period of the person. */
export async function setMinorityOfPeople(tx: Tx, people: readonly { personId: number; isEthnicMinority: boolean }[]): Promise<void> {
  await inChunks(people, (chunk) =>
    tx.execute(sql`
      update roster_versions v set is_ethnic_minority = r."isEthnicMinority"
        from jsonb_to_recordset(${json(chunk)}) as r("personId" int, "isEthnicMinority" boolean)
       where v.person_id = r."personId" and v.is_ethnic_minority <> r."isEthnicMinority"`),
  );
}
