/**
 * SQL for live rollups (campaign_rollups): apply a delta to a list of units' stripes in one
 * statement, read a unit's totals and completeness counts back by summing its stripes, and
 * recompute the same totals from the reports themselves (the check the tests and the
 * benchmark use).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { intArray, rows } from '../../db/sql.ts';
import type { SubmissionState } from '../../../common/campaigns/deadlines.ts';

/** Stored cell: [sum, reportingUnits] for figures, [0, reports] for completeness facts. */
export type StoredTotals = Record<string, [number, number]>;

/** What one write adds to a stripe: figures and completeness facts, zero cells left out. */
export interface StripeDelta {
  totals: StoredTotals;
  facts: StoredTotals;
}

export interface TotalsRow {
  key: string;
  sum: number;
  reportingUnits: number;
}


/**
 * Adds `delta` to stripe `stripe` of each unit's rollup. Units are locked in ascending id
 * order, the same order in every writer, so concurrent submissions never deadlock. A new
 * row takes the delta as it is; only an existing row pays for the merge, and a column the
 * delta leaves empty is not rewritten.
 */
export async function addToRollups(tx: Tx, campaignId: number, unitIds: readonly number[], stripe: number, delta: StripeDelta): Promise<void> {
  if (unitIds.length === 0) return;
  const sorted = [...unitIds].sort((a, b) => a - b);
  await tx.execute(sql`
    insert into campaign_rollups (campaign_id, unit_id, stripe, totals, facts)
    select ${campaignId}, u.id, ${stripe}, ${JSON.stringify(delta.totals)}::jsonb, ${JSON.stringify(delta.facts)}::jsonb
      from unnest(${intArray(sorted)}::int[]) as u(id)
     order by u.id
    on conflict (campaign_id, unit_id, stripe) do update set
      totals = case when excluded.totals = '{}'::jsonb then campaign_rollups.totals else rollup_merge(campaign_rollups.totals, excluded.totals) end,
      facts = case when excluded.facts = '{}'::jsonb then campaign_rollups.facts else rollup_merge(campaign_rollups.facts, excluded.facts) end`);
}

/** Seeds a newly issued campaign's completeness counts from its expected reports (migration 0005). */
export async function seedFacts(tx: Tx, campaignId: number): Promise<void> {
  await tx.execute(sql`select rollup_seed_facts(${campaignId})`);
}

/** Throws a campaign's completeness counts away, so that they can be seeded afresh from its reports. */
export async function clearFacts(tx: Tx, campaignId: number): Promise<void> {
  await tx.execute(sql`update campaign_rollups set facts = '{}'::jsonb where campaign_id = ${campaignId}`);
}

/** A unit's stripes, locked: a move reads what it is about to carry to the new parent. */
export async function lockUnitStripes(tx: Tx, campaignId: number, unitId: number): Promise<({ stripe: number } & StripeDelta)[]> {
  return rows(tx, sql`select stripe, totals, facts from campaign_rollups where campaign_id = ${campaignId} and unit_id = ${unitId} order by stripe for update`);
}

/** Campaigns in which a unit has rollup rows, with their issuer's path (the scope of the rollup). */
export async function campaignsWithRollupsOf(tx: Tx, unitId: number): Promise<{ campaignId: number; issuerPath: string }[]> {
  return rows(
    tx,
    sql`select distinct r.campaign_id as "campaignId", iu.path::text as "issuerPath"
          from campaign_rollups r join campaigns c on c.id = r.campaign_id join units iu on iu.id = c.issuer_unit_id
         where r.unit_id = ${unitId}`,
  );
}

/** A unit's live totals: the sum of its stripes. */
export async function readTotals(tx: Tx, campaignId: number, unitId: number): Promise<TotalsRow[]> {
  return rows(
    tx,
    sql`select cell.key, sum((cell.value->>0)::numeric)::float8 as sum, sum((cell.value->>1)::int)::int as "reportingUnits"
          from campaign_rollups r cross join lateral jsonb_each(r.totals) cell
         where r.campaign_id = ${campaignId} and r.unit_id = ${unitId}
         group by cell.key
        having sum((cell.value->>1)::int) <> 0 or sum((cell.value->>0)::numeric) <> 0`,
  );
}

export interface FactCount {
  campaignId: number;
  unitId: number;
  key: string;
  n: number;
}

/** Completeness counts of several (campaign, unit) subtrees: reports per fact key, summed over the stripes. */
export async function readFacts(tx: Tx, pairs: readonly { campaignId: number; unitId: number }[]): Promise<FactCount[]> {
  if (pairs.length === 0) return [];
  return rows(
    tx,
    sql`select r.campaign_id as "campaignId", r.unit_id as "unitId", cell.key, sum((cell.value->>1)::int)::int as n
          from campaign_rollups r cross join lateral jsonb_each(r.facts) cell
         where (r.campaign_id, r.unit_id) in (select * from unnest(${intArray(pairs.map((p) => p.campaignId))}::int[], ${intArray(pairs.map((p) => p.unitId))}::int[]))
         group by 1, 2, 3
        having sum((cell.value->>1)::int) <> 0`,
  );
}

/**
 * The same totals computed from the reports of the subtree (the bare aggregation over the
 * leaves): what every live rollup must equal.
 */
export async function recomputeTotals(tx: Tx, campaignId: number, path: string, states: readonly SubmissionState[]): Promise<TotalsRow[]> {
  return rows(
    tx,
    sql`select kv.key, sum(kv.value::numeric)::float8 as sum, count(*)::int as "reportingUnits"
          from campaign_reports r
          join units u on u.id = r.unit_id
          cross join lateral jsonb_each_text(r.values) kv
         where r.campaign_id = ${campaignId} and u.path <@ ${path}::ltree
           and r.state = any(${`{${states.join(',')}}`}::text[]) and r.exemption_reason is null
           and kv.value is not null
         group by kv.key`,
  );
}
