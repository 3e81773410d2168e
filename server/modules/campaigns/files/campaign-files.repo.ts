/**
 * SQL for the campaign files: the units and reports of a subtree in the order a reader
 * expects (level by level, each under its parent, Vietnamese order), and their figures
 * fetched a chunk at a time, so an export of the whole country never holds every cell.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { intArray, rows } from '../../../db/sql.ts';
import type { SubmissionState } from '../../../../common/campaigns/deadlines.ts';

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export interface ExportUnitRow {
  id: number;
  code: string;
  name: string;
  levelName: string;
  parentName: string | null;
}

/**
 * The root and every unit below it on the way to a report of the campaign (the units a
 * rollup exists for): the root first, then level by level, under each parent in order.
 */
export async function listRollupUnits(tx: Tx, campaignId: number, root: { id: number; path: string }): Promise<ExportUnitRow[]> {
  return rows<ExportUnitRow>(
    tx,
    sql`with touched as (
          select ${root.id}::int as id
          union
          select a.id from campaign_reports r join units ru on ru.id = r.unit_id
                 cross join lateral unnest(string_to_array(ru.path::text, '.')::int[]) as a(id)
           where r.campaign_id = ${campaignId} and ru.path <@ ${root.path}::ltree)
        select u.id, u.code, u.name, l.name as "levelName", p.name as "parentName"
          from touched t
          join units u on u.id = t.id
          join unit_kinds k on k.id = u.kind_id
          join unit_levels l on l.id = k.level_id
          left join units p on p.id = u.parent_id
         where u.path <@ ${root.path}::ltree
         order by u.id <> ${root.id}, l.depth, p.sort_key nulls first, u.sort_key, u.id`,
  );
}

/** Stored rollup cell: [sum, reportingUnits] (rollups.repo.ts). */
export type StoredTotals = Record<string, [number, number]>;

/**
 * The live rollup stripes of a chunk of units, as stored: the caller sums a unit's stripes.
 * Summing 150 keys × 1000 units in SQL (jsonb_each, group by unit and key) costs over a
 * second per chunk at national scale; reading the rows costs milliseconds.
 */
export async function readRollupStripes(tx: Tx, campaignId: number, unitIds: readonly number[]): Promise<{ unitId: number; totals: StoredTotals }[]> {
  if (unitIds.length === 0) return [];
  return rows(tx, sql`select unit_id as "unitId", totals from campaign_rollups where campaign_id = ${campaignId} and unit_id = any(${intArray(unitIds)}::int[])`);
}

/** The campaign's reports in the subtree, in the same order as the units: ids only, the rows follow in chunks. */
export async function listReportIds(tx: Tx, campaignId: number, rootPath: string): Promise<number[]> {
  const list = await rows<{ id: number }>(
    tx,
    sql`select r.id from campaign_reports r
          join units u on u.id = r.unit_id
          join unit_kinds k on k.id = u.kind_id
          join unit_levels l on l.id = k.level_id
          left join units p on p.id = u.parent_id
         where r.campaign_id = ${campaignId} and u.path <@ ${rootPath}::ltree
         order by l.depth, p.sort_key nulls first, u.sort_key, u.id`,
  );
  return list.map((row) => row.id);
}

export interface ExportReportRow {
  id: number;
  unitCode: string;
  unitName: string;
  parentName: string | null;
  state: SubmissionState;
  values: Record<string, number>;
  extendedDeadline: string | null;
  exemptionReason: string | null;
  isReopened: boolean;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  lateReason: string | null;
}

/** A chunk of reports by id, in the order asked. */
export async function readReports(tx: Tx, ids: readonly number[]): Promise<ExportReportRow[]> {
  if (ids.length === 0) return [];
  const list = await rows<ExportReportRow>(
    tx,
    sql`select r.id, u.code as "unitCode", u.name as "unitName", p.name as "parentName", r.state, r.values,
               r.extended_deadline as "extendedDeadline", r.exemption_reason as "exemptionReason", r.is_reopened as "isReopened",
               ${iso('r.first_submitted_at')} as "firstSubmittedAt", ${iso('r.submitted_at')} as "submittedAt", r.late_reason as "lateReason"
          from campaign_reports r
          join units u on u.id = r.unit_id
          left join units p on p.id = u.parent_id
         where r.id = any(${intArray(ids)}::int[])`,
  );
  const byId = new Map(list.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is ExportReportRow => row !== undefined);
}

export async function findUserFullName(tx: Tx, userId: number): Promise<string | null> {
  const [row] = await rows<{ fullName: string }>(tx, sql`select full_name as "fullName" from users where id = ${userId}`);
  return row?.fullName ?? null;
}
