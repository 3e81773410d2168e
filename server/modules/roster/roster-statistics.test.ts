/**
 * The SQL translation of the statistics rules against the pure module: the same random
 * people (several periods each, gaps, open and closed ends, boundaries on the as-of day)
 * are counted by `computeSubtreeStatistics` in the database and by `tallyStatistics` in
 * memory, and every figure — with its minority part — must agree, for a subtree and for a
 * single unit. Runs on PGlite and, with DATABASE_URL, on PostgreSQL.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../../test/harness.ts';
import { buildTestTree, type TestTree } from '../../test/factories.ts';
import { rosterVersions } from '../../db/schema.ts';
import { COMMITTEE_ROLES, DEGREES, POLITICAL_THEORY_LEVELS, POSITIONS, STAFF_GROUPS, TRAINING_STANDARDS, type RosterPerson, type RosterVersion } from '../../../common/roster/roster-record.ts';
import { tallyStatistics } from '../../../common/roster/statistics.ts';
import { addDays } from '../../../common/text/calendar-dates.ts';
import { computeSubtreeStatistics, computeUnitStatistics } from './roster.repo.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let tree: TestTree;
const paths: Record<string, string> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  tree = await buildTestTree(database);
  for (const row of await database.query<{ code: string; path: string }>('select code, path::text as path from units')) paths[row.code] = row.path;
});
afterAll(() => database.dispose());

/** Dates on a coarse grid (every 61 days from 2019), so versions start and end on the days asked about. */
const DAY_COUNT = 45;
const dayAt = (index: number) => addDays('2019-01-01', index * 61);
const UNITS = ['TR-A1A', 'TR-A1B', 'TR-A2A', 'TR-B1A', 'XA-A1'] as const;
const maybe = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: null });

const factsArbitrary = fc.record({
  sex: fc.constantFrom('female' as const, 'male' as const),
  isEthnicMinority: fc.boolean(),
  position: maybe(POSITIONS),
  staffGroup: maybe(STAFF_GROUPS),
  degree: maybe(DEGREES),
  trainingStandard: maybe(TRAINING_STANDARDS),
  politicalTheory: maybe(POLITICAL_THEORY_LEVELS),
  isPartyMember: fc.boolean(),
  isPartyCommitteeMember: fc.boolean(),
  isInPlanningPool: fc.boolean(),
  genderTrainingYears: fc.uniqueArray(fc.integer({ min: 2019, max: 2026 }), { maxLength: 3 }),
  committeeRole: maybe(COMMITTEE_ROLES),
});

/** One person of one unit: sorted boundaries, consecutive pairs are periods (some skipped: gaps), the last maybe open. */
const personArbitrary = fc.record({
  unit: fc.constantFrom(...UNITS),
  boundaries: fc.uniqueArray(fc.integer({ min: 0, max: DAY_COUNT - 1 }), { minLength: 1, maxLength: 5 }).map((b) => [...b].sort((x, y) => x - y)),
  openEnd: fc.boolean(),
  skip: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  facts: fc.array(factsArbitrary, { minLength: 5, maxLength: 5 }),
});

type GeneratedPerson = typeof personArbitrary extends fc.Arbitrary<infer T> ? T : never;

function versionsOf(person: GeneratedPerson): RosterVersion[] {
  const versions: RosterVersion[] = [];
  const { boundaries } = person;
  for (let i = 0; i < boundaries.length; i += 1) {
    const from = dayAt(boundaries[i]!);
    const isLast = i === boundaries.length - 1;
    if (isLast && !person.openEnd) break;
    if (!isLast && person.skip[i]) continue;
    const to = isLast ? null : dayAt(boundaries[i + 1]!);
    versions.push({
      ...person.facts[i]!,
      fullName: 'x',
      birth: { year: 1980 },
      ethnicGroupCode: null,
      planningPoolPost: null,
      validFrom: from,
      validTo: to,
    });
  }
  return versions;
}

async function store(people: GeneratedPerson[]): Promise<{ unit: string; person: RosterPerson }[]> {
  await database.db.execute(sql`delete from roster_versions`);
  const stored = people.map((p, i) => ({ unit: p.unit, person: { id: i, versions: versionsOf(p) } }));
  const rows = stored.flatMap(({ unit, person }) =>
    person.versions.map((v) => ({
      unitId: tree.ids[unit]!,
      validFrom: v.validFrom,
      validTo: v.validTo,
      sex: v.sex,
      isEthnicMinority: v.isEthnicMinority,
      position: v.position,
      staffGroup: v.staffGroup,
      degree: v.degree,
      trainingStandard: v.trainingStandard,
      politicalTheory: v.politicalTheory,
      isPartyMember: v.isPartyMember,
      isPartyCommitteeMember: v.isPartyCommitteeMember,
      isInPlanningPool: v.isInPlanningPool,
      genderTrainingYears: [...v.genderTrainingYears],
      committeeRole: v.committeeRole,
    })),
  );
  if (rows.length > 0) await database.db.insert(rosterVersions).values(rows);
  return stored;
}

const isWithinPath = (path: string, root: string) => path === root || path.startsWith(`${root}.`);

describe('statistics: SQL = the pure rules', () => {
  it('on random rosters, for subtrees and single units, on days at and between boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(personArbitrary, { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: DAY_COUNT }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (people, asOfIndexes, between) => {
          const stored = await store(people);
          for (const index of asOfIndexes) {
            const asOf = between ? addDays(dayAt(index), 17) : dayAt(index);
            for (const root of ['SO-A', 'XA-A1', 'BO']) {
              const inside = stored.filter((s) => isWithinPath(paths[s.unit]!, paths[root]!));
              const expected = tallyStatistics(inside.map((s) => s.person), asOf);
              const actual = await computeSubtreeStatistics(database.db, paths[root]!, asOf);
              expect(actual.statistics).toEqual(expected);
              const onRoster = new Set(inside.filter((s) => s.person.versions.some((v) => v.validFrom <= asOf && (v.validTo === null || v.validTo > asOf))).map((s) => s.unit));
              expect(actual.unitsWithRoster).toBe(onRoster.size);
            }
            const single = await computeUnitStatistics(database.db, tree.ids['XA-A1']!, asOf);
            expect(single.statistics).toEqual(tallyStatistics(stored.filter((s) => s.unit === 'XA-A1').map((s) => s.person), asOf));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('an empty subtree has zeros everywhere', async () => {
    await store([]);
    const { statistics, unitsWithRoster } = await computeSubtreeStatistics(database.db, paths['SO-B']!, '2025-06-30');
    expect(unitsWithRoster).toBe(0);
    expect(Object.values(statistics).every((f) => f.all.total === 0 && f.minority.total === 0)).toBe(true);
  });
});
