/**
 * The nation's staff rosters for the statistics benchmark: about 1.7 million periods of
 * people (16–47 per school, 31.5 on average, as in the sector's statistics) written
 * straight into `roster_versions` by set-based SQL, one statement per chunk of schools;
 * and, for the import benchmark, people with their identity in other schools
 * (writeRosterPeople).
 *
 * Only the versions are written — the rows the figures are counted from. The personal rows
 * (`roster_people`) are never read by a statistics query, so they are left out, as if every
 * person had been erased: the figures stay true without them, which is the point of the
 * model (server/db/schema.ts).
 *
 * Every fact is a hash of (school, person), so the data are the same on every run and on
 * both databases, and `peopleOn` says how many people each school has without a query.
 */
import type { Database } from '../server/db/client.ts';
import { generateRosterRows } from '../server/modules/roster/import/roster-file.fixtures.ts';
import { rosterSortKey } from '../server/modules/roster/roster.service.ts';
import { toSearchKey } from '../common/text/vietnamese.ts';
import type { Dataset } from './generate.ts';

/** People (current and past periods included) in a school: 16–47, the same formula as the SQL below. */
export function peopleOf(schoolId: number): number {
  return 16 + (Number((BigInt(schoolId) * 2654435761n) % 4294967296n) % 32);
}

/** Figures are asked as of this day: mid-year, after the bench's histories start and before they end. */
export const STATISTICS_AS_OF = '2026-06-30';

const CHUNK = 2_000;

export interface RosterGeneration {
  versions: number;
  elapsedMs: number;
  /** People per unit above the schools (subtree totals), for picking a province of the right size. */
  peopleBelow: Map<number, number>;
}

/** Writes the rosters of every school of the dataset; `log` reports progress. */
export async function generateRosters(database: Database, dataset: Dataset, log: (message: string) => void): Promise<RosterGeneration> {
  const started = performance.now();
  const schools = dataset.byLevel[3];
  let versions = 0;
  for (let start = 0; start < schools.length; start += CHUNK) {
    const ids = schools.slice(start, start + CHUNK);
    // h(k) is a different 32-bit hash of (school, person) per fact; % 100 gives a percentage.
    const [row] = await database.query<{ n: number }>(
      `with inserted as (
         insert into roster_versions (unit_id, valid_from, valid_to, sex, is_ethnic_minority, position, staff_group, degree, training_standard,
                                      political_theory, is_party_member, is_party_committee_member, is_in_planning_pool, gender_training_years, committee_role)
         select p.unit_id,
                date '2012-01-01' + (h1 % 5000)::int,
                case when h2 % 100 < 8 then date '2012-01-01' + (h1 % 5000)::int + 400 + (h3 % 2500)::int end,
                case when h2 % 100 < 72 then 'female' else 'male' end,
                h3 % 100 < 12,
                case when h4 % 100 < 3 then 'principal' when h4 % 100 < 8 then 'vice_principal' when h4 % 100 < 85 then 'teacher' else 'staff' end,
                case when h4 % 100 < 8 then 'manager' when h4 % 100 < 85 then 'teacher' else 'staff' end,
                case when h5 % 100 < 6 then 'college' when h5 % 100 < 86 then 'bachelor' when h5 % 100 < 98 then 'master' else 'doctorate' end,
                case when h4 % 100 >= 85 then null when h5 % 100 < 6 then 'below' when h5 % 100 < 86 then 'standard' else 'above' end,
                case when h6 % 100 < 20 then 'elementary' when h6 % 100 < 30 then 'intermediate' when h6 % 100 < 33 then 'advanced' end,
                h6 % 100 < 40,
                h7 % 100 < 5,
                h7 % 100 between 50 and 56,
                case when h8 % 100 < 30 then '{2026}'::int[] when h8 % 100 < 45 then '{2024,2025}'::int[] else '{}'::int[] end,
                case when h8 % 100 between 90 and 93 then 'member' end
           from (select u.id as unit_id, ((u.id::bigint * 100 + g.i) * 2654435761) % 4294967296 as h1,
                        ((u.id::bigint * 100 + g.i) * 2246822519) % 4294967291 as h2,
                        ((u.id::bigint * 100 + g.i) * 3266489917) % 4294967279 as h3,
                        ((u.id::bigint * 100 + g.i) * 668265263) % 4294967231 as h4,
                        ((u.id::bigint * 100 + g.i) * 374761393) % 4294967197 as h5,
                        ((u.id::bigint * 100 + g.i) * 2654435769) % 4294967189 as h6,
                        ((u.id::bigint * 100 + g.i) * 1597334677) % 4294967161 as h7,
                        ((u.id::bigint * 100 + g.i) * 3812015801) % 4294967143 as h8
                   from unnest($1::int[]) as u(id)
                  cross join lateral generate_series(1, 16 + ((u.id::bigint * 2654435761) % 4294967296 % 32)::int) as g(i)) p
         returning 1)
       select count(*)::int as n from inserted`,
      [ids],
    );
    versions += row!.n;
    log(`rosters · ${Math.min(start + CHUNK, schools.length).toLocaleString('en-US')}/${schools.length.toLocaleString('en-US')} schools, ${versions.toLocaleString('en-US')} people`);
  }
  await database.query('analyze roster_versions');
  const peopleBelow = new Map<number, number>();
  for (const id of schools) {
    const people = peopleOf(id);
    for (const ancestor of dataset.unitsById.get(id)!.path.split('.').map(Number)) peopleBelow.set(ancestor, (peopleBelow.get(ancestor) ?? 0) + people);
  }
  return { versions, elapsedMs: performance.now() - started, peopleBelow };
}

/**
 * People on the rosters of other schools, for the import's check that nobody is on two
 * rosters at once: `count` people with an open period from `validFrom`, spread over
 * `schoolIds`, written with their identity rows (`roster_people`, which the statistics
 * rosters above leave out) as the import writes them. They are named as the benchmark's
 * file names its people (generateRosterRows, another seed), so the check probes the same
 * name keys, but born 26 years later (1991 on, after everyone in the file): nobody
 * matches, and the file stays one that can be applied.
 */
export async function writeRosterPeople(database: Database, schoolIds: readonly number[], count: number, validFrom: string): Promise<number> {
  const people = [...generateRosterRows(count, 2)].map((row, i) => {
    const birth = row.birth instanceof Date ? row.birth.toISOString().slice(0, 10) : typeof row.birth === 'number' ? null : `${row.birth.slice(6)}-${row.birth.slice(3, 5)}-${row.birth.slice(0, 2)}`;
    const birthYear = (birth ? Number(birth.slice(0, 4)) : (row.birth as number)) + 26;
    return {
      unitId: schoolIds[i % schoolIds.length]!,
      fullName: row.fullName,
      nameKey: toSearchKey(row.fullName),
      sortKey: rosterSortKey(row.fullName),
      birthDate: birth ? `${birthYear}${birth.slice(4)}`.replace(/-02-29$/, '-02-28') : null,
      birthYear,
      sex: row.sex === 'Nữ' ? 'female' : 'male',
    };
  });
  for (let start = 0; start < people.length; start += CHUNK) {
    const chunk = people.slice(start, start + CHUNK);
    await database.query(
      `with p as materialized (
         select nextval(pg_get_serial_sequence('roster_people', 'id'))::int as id, r.*
           from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[]) as r(unit_id, full_name, name_key, sort_key, birth_date, birth_year, sex)),
       people as (
         insert into roster_people (id, unit_id, full_name, name_key, sort_key, birth_date, birth_year, ethnic_group_code)
         select id, unit_id, full_name, name_key, sort_key, birth_date::date, birth_year, '01' from p)
       insert into roster_versions (person_id, unit_id, valid_from, sex, is_ethnic_minority, position, staff_group)
       select id, unit_id, $8::date, sex, false, 'teacher', 'teacher' from p`,
      [
        chunk.map((p) => p.unitId),
        chunk.map((p) => p.fullName),
        chunk.map((p) => p.nameKey),
        chunk.map((p) => p.sortKey),
        chunk.map((p) => p.birthDate),
        chunk.map((p) => p.birthYear),
        chunk.map((p) => p.sex),
        validFrom,
      ],
    );
  }
  await database.query('analyze roster_people');
  await database.query('analyze roster_versions');
  return people.length;
}
