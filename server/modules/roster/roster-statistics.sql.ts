/**
 * The statistics rules (common/roster/statistics.ts) in SQL: each rule's condition becomes
 * `count(*) filter (where …)` over the roster versions valid on the as-of date, four times
 * — everyone, women, ethnic-minority people, ethnic-minority women — so every figure of a
 * subtree is one scan of one query. The rules are the pure module's data; nothing here
 * names a statistic, so the two cannot drift (roster-statistics.test.ts runs both on the
 * same random people).
 */
import { sql, type SQL } from 'drizzle-orm';
import { STATISTIC_RULES, type RosterCondition, type RosterStatisticsWithMinority, type SexCounts } from '../../../common/roster/statistics.ts';
import { isCalendarDate, type CalendarDate } from '../../../common/text/calendar-dates.ts';

/** The version columns a condition may name (alias `v` = roster_versions). */
const COLUMNS = {
  staffGroup: 'staff_group',
  position: 'position',
  degree: 'degree',
  trainingStandard: 'training_standard',
  politicalTheory: 'political_theory',
  committeeRole: 'committee_role',
  isPartyMember: 'is_party_member',
  isPartyCommitteeMember: 'is_party_committee_member',
  isInPlanningPool: 'is_in_planning_pool',
  isEthnicMinority: 'is_ethnic_minority',
} as const;

/** Vocabulary values are code constants; still, only plain identifiers are ever inlined. */
function literal(value: string): string {
  if (!/^[a-z_]+$/.test(value)) throw new Error(`not a vocabulary value: ${value}`);
  return `'${value}'`;
}

/** A date checked to be yyyy-mm-dd, as an SQL literal: the planner sees a constant. */
export function dateLiteral(asOf: CalendarDate): SQL {
  if (!isCalendarDate(asOf)) throw new Error(`bad date ${asOf}`);
  return sql.raw(`date '${asOf}'`);
}

/** The as-of date inside a condition: the from-clause binds `p.as_of` (see statisticsFrom). */
const AS_OF = 'p.as_of';

/** The SQL of one condition, over the version alias `v` and the as-of date `p.as_of`. */
export function conditionSql(condition: RosterCondition): string {
  switch (condition.kind) {
    case 'everyone':
      return 'true';
    case 'oneOf':
      return `v.${COLUMNS[condition.field]} in (${condition.values.map(literal).join(', ')})`;
    case 'isTrue':
      return `v.${COLUMNS[condition.field]}`;
    case 'isSet':
      return `v.${COLUMNS[condition.field]} is not null`;
    case 'genderTrainedInAsOfYear':
      return `extract(year from ${AS_OF})::int = any(v.gender_training_years)`;
    case 'allOf':
      return condition.conditions.length === 0 ? 'true' : `(${condition.conditions.map(conditionSql).join(' and ')})`;
  }
}

/** Everyone, women, ethnic-minority people, ethnic-minority women. */
const PARTS = ['', " and v.sex = 'female'", ' and v.is_ethnic_minority', " and v.is_ethnic_minority and v.sex = 'female'"] as const;

/** `c<rule>_<part>` for every rule × part; the same text for every query, so built once. */
const COUNT_COLUMNS = STATISTIC_RULES.flatMap((rule, r) =>
  PARTS.map((extra, p) => `count(*) filter (where ${conditionSql(rule.condition)}${extra})::int as c${r}_${p}`),
).join(',\n       ');

/**
 * The statistics query over the versions of the units `scope` selects (a condition on `u`):
 * every figure, in one pass. It has no `count(distinct …)`, so PostgreSQL may split the
 * scan over parallel workers (a distinct count cannot be aggregated in parts).
 */
export function statisticsQuery(scope: SQL, asOf: CalendarDate): SQL {
  const day = dateLiteral(asOf);
  return sql`
    select ${sql.raw(COUNT_COLUMNS)}
      from roster_versions v
      join units u on u.id = v.unit_id
     cross join (select ${day} as as_of) p
     where ${scope}
       and v.valid_from <= ${day} and (v.valid_to is null or v.valid_to > ${day})`;
}

/** How many of the units `scope` selects have at least one person on the roster that day (an index probe per unit). */
export function unitsWithRosterQuery(scope: SQL, asOf: CalendarDate): SQL {
  const day = dateLiteral(asOf);
  return sql`
    select count(*)::int as units
      from units u
     where ${scope}
       and exists (select 1 from roster_versions v where v.unit_id = u.id and v.valid_from <= ${day} and (v.valid_to is null or v.valid_to > ${day}))`;
}

/** Turns the query's one row into the pure module's shape. */
export function statisticsOfRow(row: Record<string, number>): RosterStatisticsWithMinority {
  const counts = (total: number, female: number): SexCounts => ({ total, female, male: total - female });
  return Object.fromEntries(
    STATISTIC_RULES.map((rule, r) => {
      const at = (p: number) => Number(row[`c${r}_${p}`] ?? 0);
      return [rule.code, { all: counts(at(0), at(1)), minority: counts(at(2), at(3)) }];
    }),
  ) as RosterStatisticsWithMinority;
}
