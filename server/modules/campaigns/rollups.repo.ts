/**
 * SQL for live rollups (campaign_rollups): apply a delta to a list of units' stripes in one
 * statement, read a unit's totals back by summing its stripes, and recompute the same
 * totals from the reports themselves (the check the tests and the benchmark use).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import type { SubmissionState } from '../../../common/campaigns/deadlines.ts';

/** Stored cell: [sum, reportingUnits]. */
export type StoredTotals = Record<string, [number, number]>;

export interface TotalsRow {
  key: string;
  sum: number;
  reportingUnits: number;
}

const intArray = (ids: readonly number[]) => `{${ids.map((id) => Math.trunc(id)).join(',')}}`;

/**
 * Adds `delta` to stripe `stripe` of each unit's totals. Units are locked in ascending id
 * order, the same order in every writer, so concurrent submissions never deadlock.
 */
export async function addToRollups(tx: Tx, campaignId: number, unitIds: readonly number[], stripe: number, delta: StoredTotals): Promise<void> {
  if (unitIds.length === 0) return;
  const sorted = [...unitIds].sort((a, b) => a - b);
  await tx.execute(sql`
    insert into campaign_rollups (campaign_id, unit_id, stripe, totals)
    select ${campaignId}, u.id, ${stripe}, rollup_merge('{}'::jsonb, ${JSON.stringify(delta)}::jsonb)
      from unnest(${intArray(sorted)}::int[]) as u(id)
     order by u.id
    on conflict (campaign_id, unit_id, stripe) do update set totals = rollup_merge(campaign_rollups.totals, excluded.totals)`);
}

/** A unit's stripes, locked: a move reads what it is about to carry to the new parent. */
export async function lockUnitStripes(tx: Tx, campaignId: number, unitId: number): Promise<{ stripe: number; totals: StoredTotals }[]> {
  return rows(tx, sql`select stripe, totals from campaign_rollups where campaign_id = ${campaignId} and unit_id = ${unitId} order by stripe for update`);
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
