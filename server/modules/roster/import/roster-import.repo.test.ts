/**
 * The import's bulk insert of joining people under both ways of checking their foreign
 * keys (roster-import.repo.ts ReferenceChecks): per row, by the keys' triggers, and per
 * import, set-based after a replica-mode insert. Both must refuse what the keys refuse,
 * and the per-import way must not skip a trigger someone adds to the roster tables.
 * Runs on PGlite and on PostgreSQL (the test role is a superuser on both).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../../test/factories.ts';
import type { Database } from '../../../db/client.ts';
import { rows } from '../../../db/sql.ts';
import { facts } from '../../../../common/roster/roster.fixtures.ts';
import { toSearchKey } from '../../../../common/text/vietnamese.ts';
import { joiningPersonOf } from './roster-import.service.ts';
import { assertVersionsNamePeople, insertJoiningPeople, type JoiningPerson, type ReferenceChecks } from './roster-import.repo.ts';

let database: Database & { dispose(): Promise<void> };
let tree: TestTree;
let userId: number;

beforeAll(async () => {
  database = await openTestDatabase();
  tree = await buildTestTree(database);
  userId = await createTestUser(database, tree, 'canbo.a1a', 'officer', 'TR-A1A');
});
afterAll(() => database.dispose());

/** `count` people who join, as the apply builds them from the file's rows. */
function joining(count: number, prefix: string): JoiningPerson[] {
  return Array.from({ length: count }, (_, i) => {
    const rowFacts = facts({ fullName: `${prefix} Thị Hoa ${i}`, isPartyMember: i % 2 === 0, genderTrainingYears: [2025] });
    return joiningPersonOf({ row: i + 2, facts: rowFacts, startDate: null, nameKey: toSearchKey(rowFacts.fullName) }, '2026-06-30');
  });
}

async function countsAt(unitId: number) {
  const [row] = await database.query<{ people: number; versions: number; linked: number }>(
    `select (select count(*)::int from roster_people where unit_id = $1) as people,
            (select count(*)::int from roster_versions where unit_id = $1) as versions,
            (select count(*)::int from roster_versions v join roster_people p on p.id = v.person_id where v.unit_id = $1 and p.unit_id = $1) as linked`,
    [unitId],
  );
  return row!;
}

describe.each<ReferenceChecks>(['per-row', 'per-import'])('insertJoiningPeople, references checked %s', (checks) => {
  it('writes each person with their first version, linked, in chunks', async () => {
    const unitId = tree.ids[checks === 'per-row' ? 'TR-A1B' : 'TR-A2A']!;
    const roleAfter = await database.db.transaction(async (tx) => {
      await insertJoiningPeople(tx, unitId, joining(12_000, 'Lê'), userId, checks);
      // Replica mode ends with the inserts: the transaction's next statements check their keys again.
      return (await rows<{ role: string }>(tx, sql`select current_setting('session_replication_role') as role`))[0]!.role;
    });
    expect(roleAfter).toBe('origin');
    expect(await countsAt(unitId)).toEqual({ people: 12_000, versions: 12_000, linked: 12_000 });
  });

  it('refuses a unit that does not exist, and writes nothing', async () => {
    const before = await database.query<{ n: number }>('select count(*)::int as n from roster_people');
    await expect(database.db.transaction((tx) => insertJoiningPeople(tx, 987_654, joining(3, 'Trần'), userId, checks))).rejects.toThrow();
    expect(await database.query<{ n: number }>('select count(*)::int as n from roster_people')).toEqual(before);
  });
});

describe('the per-import check', () => {
  it('finds a version that names a person who does not exist', async () => {
    const unitId = tree.ids['TR-B1A']!;
    await expect(
      database.db.transaction(async (tx) => {
        await insertJoiningPeople(tx, unitId, joining(2, 'Phạm'), userId, 'per-import');
        await assertVersionsNamePeople(tx, unitId);
        // What a broken bulk insert would leave: a version naming nobody, its key's trigger skipped.
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`insert into roster_versions (person_id, unit_id, valid_from, sex, is_ethnic_minority) values (2147483000, ${unitId}, '2026-06-30', 'male', false)`);
        await tx.execute(sql`set local session_replication_role = origin`);
        await assertVersionsNamePeople(tx, unitId);
      }),
    ).rejects.toThrow(/names person 2147483000, who does not exist/);
    expect(await countsAt(unitId)).toEqual({ people: 0, versions: 0, linked: 0 });
  });

  it('is not taken while the roster tables carry a trigger of their own, which replica mode would skip', async () => {
    const unitId = tree.ids['TR-A1A']!;
    await database.query('create table roster_trigger_log (person_id int)');
    await database.query(`create function log_roster_version() returns trigger language plpgsql as $$ begin insert into roster_trigger_log values (new.person_id); return new; end $$`);
    await database.query('create trigger roster_versions_logged after insert on roster_versions for each row execute function log_roster_version()');
    try {
      await database.db.transaction((tx) => insertJoiningPeople(tx, unitId, joining(7, 'Vũ'), userId, 'per-import'));
      const [logged] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from roster_trigger_log`);
      expect(logged!.n).toBe(7);
      expect(await countsAt(unitId)).toEqual({ people: 7, versions: 7, linked: 7 });
    } finally {
      await database.query('drop trigger roster_versions_logged on roster_versions');
      await database.query('drop function log_roster_version()');
      await database.query('drop table roster_trigger_log');
    }
  });
});
