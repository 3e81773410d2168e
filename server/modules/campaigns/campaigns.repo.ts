/** SQL for campaigns, their expected reports and the snapshots of what was submitted. */
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { campaigns, campaignReportSnapshots } from '../../db/schema.ts';
import type { SubmissionState } from '../../../common/campaigns/deadlines.ts';
import type { RollupBasis } from '../../../common/campaigns/rollup.ts';
import type { ReportPeriod } from '../../../common/campaigns/periods.ts';

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export interface CampaignRow {
  id: number;
  name: string;
  issuerUnitId: number;
  issuerCode: string;
  issuerName: string;
  issuerPath: string;
  templateVersionId: number;
  templateName: string;
  templateVersion: number;
  period: ReportPeriod;
  periodKey: string;
  asOf: string;
  opensOn: string;
  deadline: string;
  locksOn: string | null;
  rollupBasis: RollupBasis;
  respondentKindIds: number[];
  instructions: string | null;
  createdAt: string;
  createdByName: string | null;
}

const campaignColumns = sql`
  c.id, c.name, c.issuer_unit_id as "issuerUnitId", iu.code as "issuerCode", iu.name as "issuerName", iu.path::text as "issuerPath",
  c.template_version_id as "templateVersionId", t.name as "templateName", v.version as "templateVersion",
  c.period, c.period_key as "periodKey", c.as_of as "asOf", c.opens_on as "opensOn", c.deadline, c.locks_on as "locksOn",
  c.rollup_basis as "rollupBasis", c.respondent_kind_ids as "respondentKindIds", c.instructions,
  ${iso('c.created_at')} as "createdAt", cu.full_name as "createdByName"`;

const campaignFrom = sql`
  from campaigns c
  join units iu on iu.id = c.issuer_unit_id
  join report_template_versions v on v.id = c.template_version_id
  join report_templates t on t.id = v.template_id
  left join users cu on cu.id = c.created_by`;

export async function insertCampaign(
  tx: Tx,
  values: Omit<typeof campaigns.$inferInsert, 'id' | 'createdAt'>,
): Promise<number> {
  const [row] = await tx.insert(campaigns).values(values).returning({ id: campaigns.id });
  return row!.id;
}

/**
 * One expected report for every open unit of the chosen kinds strictly below the issuer.
 * Returns how many.
 */
export async function insertExpectedReports(tx: Tx, campaignId: number, issuerPath: string, kindIds: readonly number[], today: string): Promise<number> {
  const inserted = await rows<{ id: number }>(
    tx,
    sql`insert into campaign_reports (campaign_id, unit_id)
        select ${campaignId}, u.id from units u
         where u.path <@ ${issuerPath}::ltree and u.path <> ${issuerPath}::ltree
           and u.kind_id = any(${`{${kindIds.map(Math.trunc).join(',')}}`}::int[])
           and (u.valid_from is null or u.valid_from <= ${today}::date)
           and (u.valid_to is null or u.valid_to > ${today}::date)
        returning id`,
  );
  return inserted.length;
}

/** Fresh planner statistics for the campaign tables, after an insert of a whole campaign's rows. */
export async function refreshPlannerStatistics(tx: Tx): Promise<void> {
  await tx.execute(sql`analyze campaign_reports, campaign_rollups`);
}

export async function findCampaign(tx: Tx, id: number): Promise<CampaignRow | undefined> {
  const [row] = await rows<CampaignRow>(tx, sql`select ${campaignColumns} ${campaignFrom} where c.id = ${id}`);
  return row;
}

/**
 * Campaigns a unit is concerned by: issued within its subtree, or issued above it with
 * reports expected in its subtree. Newest deadline first.
 */
export async function listCampaignsFor(tx: Tx, unitPath: string, limit: number): Promise<CampaignRow[]> {
  return rows<CampaignRow>(
    tx,
    sql`select ${campaignColumns} ${campaignFrom}
         where iu.path <@ ${unitPath}::ltree
            or (${unitPath}::ltree <@ iu.path and exists (
                  select 1 from campaign_reports r join units ru on ru.id = r.unit_id
                   where r.campaign_id = c.id and ru.path <@ ${unitPath}::ltree))
         order by c.deadline desc, c.id desc
         limit ${limit}`,
  );
}

export async function listKindRefs(tx: Tx, ids: readonly number[]): Promise<{ id: number; name: string }[]> {
  if (ids.length === 0) return [];
  return rows(tx, sql`select id, name from unit_kinds where id = any(${`{${ids.map(Math.trunc).join(',')}}`}::int[]) order by id`);
}

/** The facts a report's status is read from, grouped: one row per distinct combination, with how many reports share it. */
export interface FactGroup {
  campaignId: number;
  /** The unit whose subtree the live counts are of (rollups.service readFactGroups); null in a recount. */
  childId: number | null;
  state: SubmissionState;
  isExempt: boolean;
  isReopened: boolean;
  effectiveDeadline: string;
  /** The Vietnam calendar day of the first submission: lateness compares days, so the day is enough. */
  firstSubmittedDay: string | null;
  n: number;
}

/**
 * Recounts reports of the subtree at `rootPath` by the facts that decide their status: what
 * the live counts (rollups.service readFactGroups) must equal, for proofs and the benchmark,
 * never for pages. The day of the first submission is taken at the fixed +07:00 offset, the
 * same arithmetic as common/text/calendar-dates.ts.
 */
export async function groupReportFacts(tx: Tx, campaignIds: readonly number[], rootPath: string): Promise<FactGroup[]> {
  if (campaignIds.length === 0) return [];
  return rows<FactGroup>(
    tx,
    sql`select r.campaign_id as "campaignId", null::int as "childId", r.state,
               r.exemption_reason is not null as "isExempt", r.is_reopened as "isReopened",
               coalesce(r.extended_deadline, c.deadline)::text as "effectiveDeadline",
               to_char(r.first_submitted_at at time zone 'UTC' + interval '7 hours', 'YYYY-MM-DD') as "firstSubmittedDay",
               count(*)::int as n
          from campaign_reports r
          join campaigns c on c.id = r.campaign_id
          join units u on u.id = r.unit_id
         where r.campaign_id = any(${`{${campaignIds.map(Math.trunc).join(',')}}`}::int[]) and u.path <@ ${rootPath}::ltree
         group by 1, 3, 4, 5, 6, 7`,
  );
}

export interface ReportRow {
  id: number;
  campaignId: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitPath: string;
  kindName: string;
  state: SubmissionState;
  values: Record<string, number>;
  answers: { texts: Record<string, string>; targets: Record<string, { assessment: string | null; reason: string }> };
  responses: { explanations: Record<string, string>; confirmations: string[] };
  version: number;
  extendedDeadline: string | null;
  extensionReason: string | null;
  exemptionReason: string | null;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  lateReason: string | null;
  isReopened: boolean;
  reviewComment: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  updatedAt: string;
  updatedByName: string | null;
}

/** The unit a report belongs to, as the rollups address it. */
export const unitOfReport = (report: Pick<ReportRow, 'unitId' | 'unitPath'>) => ({ id: report.unitId, path: report.unitPath });

const reportColumns = sql`
  r.id, r.campaign_id as "campaignId", r.unit_id as "unitId", u.code as "unitCode", u.name as "unitName", u.path::text as "unitPath",
  k.name as "kindName", r.state, r.values, r.answers, r.responses, r.version,
  r.extended_deadline as "extendedDeadline", r.extension_reason as "extensionReason", r.exemption_reason as "exemptionReason",
  ${iso('r.first_submitted_at')} as "firstSubmittedAt", ${iso('r.submitted_at')} as "submittedAt", r.late_reason as "lateReason",
  r.is_reopened as "isReopened", r.review_comment as "reviewComment", ${iso('r.reviewed_at')} as "reviewedAt", ru.full_name as "reviewedByName",
  ${iso('r.updated_at')} as "updatedAt", uu.full_name as "updatedByName"`;

const reportFrom = sql`
  from campaign_reports r
  join units u on u.id = r.unit_id
  join unit_kinds k on k.id = u.kind_id
  left join users ru on ru.id = r.reviewed_by
  left join users uu on uu.id = r.updated_by`;

/**
 * A report; `forWrite` locks it and shares the lock of its unit's row, so a unit move
 * (which rewrites unit paths) and a write to the rollups never cross.
 */
export async function findReport(tx: Tx, id: number, forWrite = false): Promise<ReportRow | undefined> {
  const [row] = await rows<ReportRow>(tx, sql`select ${reportColumns} ${reportFrom} where r.id = ${id} ${forWrite ? sql`for update of r for share of u` : sql``}`);
  return row;
}

export async function findReportByUnit(tx: Tx, campaignId: number, unitId: number, forWrite = false): Promise<ReportRow | undefined> {
  const [row] = await rows<ReportRow>(
    tx,
    sql`select ${reportColumns} ${reportFrom} where r.campaign_id = ${campaignId} and r.unit_id = ${unitId} ${forWrite ? sql`for update of r for share of u` : sql``}`,
  );
  return row;
}

export interface ReportUpdate {
  state?: SubmissionState;
  values?: unknown;
  answers?: unknown;
  responses?: unknown;
  extendedDeadline?: string | null;
  extensionReason?: string | null;
  exemptionReason?: string | null;
  firstSubmittedAt?: SQL;
  submittedAt?: SQL | null;
  submittedBy?: number | null;
  lateReason?: string | null;
  isReopened?: boolean;
  reviewComment?: string | null;
  reviewedAt?: SQL | null;
  reviewedBy?: number | null;
}

const COLUMN_OF: Record<keyof ReportUpdate, string> = {
  state: 'state',
  values: 'values',
  answers: 'answers',
  responses: 'responses',
  extendedDeadline: 'extended_deadline',
  extensionReason: 'extension_reason',
  exemptionReason: 'exemption_reason',
  firstSubmittedAt: 'first_submitted_at',
  submittedAt: 'submitted_at',
  submittedBy: 'submitted_by',
  lateReason: 'late_reason',
  isReopened: 'is_reopened',
  reviewComment: 'review_comment',
  reviewedAt: 'reviewed_at',
  reviewedBy: 'reviewed_by',
};

const JSON_COLUMNS = new Set<keyof ReportUpdate>(['values', 'answers', 'responses']);

/**
 * Writes a report if it is still at `expectedVersion`, bumping the version. Answers the new
 * version, or null when someone else wrote first.
 */
export async function updateReport(tx: Tx, id: number, expectedVersion: number, actorId: number, update: ReportUpdate): Promise<number | null> {
  const sets = (Object.keys(update) as (keyof ReportUpdate)[]).map((field) => {
    const value = update[field];
    const column = sql.raw(`"${COLUMN_OF[field]}"`);
    if (JSON_COLUMNS.has(field)) return sql`${column} = ${JSON.stringify(value)}::jsonb`;
    return sql`${column} = ${value as never}`;
  });
  const [row] = await rows<{ version: number }>(
    tx,
    sql`update campaign_reports set ${sql.join(sets, sql`, `)}, version = version + 1, updated_at = now(), updated_by = ${actorId}
         where id = ${id} and version = ${expectedVersion} returning version`,
  );
  return row?.version ?? null;
}

export async function insertSnapshot(tx: Tx, values: Omit<typeof campaignReportSnapshots.$inferInsert, 'id' | 'seq' | 'submittedAt'>): Promise<void> {
  await tx.execute(sql`
    insert into campaign_report_snapshots (report_id, seq, values, answers, responses, is_late, late_reason, submitted_by)
    select ${values.reportId}, coalesce(max(seq), 0) + 1, ${JSON.stringify(values.values)}::jsonb, ${JSON.stringify(values.answers)}::jsonb,
           ${JSON.stringify(values.responses)}::jsonb, ${values.isLate}, ${values.lateReason ?? null}, ${values.submittedBy ?? null}
      from campaign_report_snapshots where report_id = ${values.reportId}`);
}

export async function listSnapshots(tx: Tx, reportId: number): Promise<{ seq: number; submittedAt: string; submittedByName: string | null; isLate: boolean }[]> {
  return rows(
    tx,
    sql`select s.seq, ${iso('s.submitted_at')} as "submittedAt", u.full_name as "submittedByName", s.is_late as "isLate"
          from campaign_report_snapshots s left join users u on u.id = s.submitted_by
         where s.report_id = ${reportId} order by s.seq desc`,
  );
}

/** The closest ancestor of a unit that answers the campaign too (its reviewer), else none. */
export async function findClosestReportingAncestor(tx: Tx, campaignId: number, unitPath: string, issuerPath: string): Promise<{ id: number; code: string; name: string } | undefined> {
  const [row] = await rows<{ id: number; code: string; name: string }>(
    tx,
    sql`select u.id, u.code, u.name from campaign_reports r join units u on u.id = r.unit_id
         where r.campaign_id = ${campaignId} and u.path @> ${unitPath}::ltree and u.path <> ${unitPath}::ltree and u.path <@ ${issuerPath}::ltree
         order by nlevel(u.path) desc limit 1`,
  );
  return row;
}

/** True when some unit strictly below has a report in the campaign (its report then shows a subtree rollup). */
export async function hasReportsBelow(tx: Tx, campaignId: number, unitPath: string): Promise<boolean> {
  const [row] = await rows<{ found: boolean }>(
    tx,
    sql`select exists (select 1 from campaign_reports r join units u on u.id = r.unit_id
                        where r.campaign_id = ${campaignId} and u.path <@ ${unitPath}::ltree and u.path <> ${unitPath}::ltree) as found`,
  );
  return row!.found;
}

export interface MyReportRow {
  reportId: number;
  campaignId: number;
  campaignName: string;
  issuerId: number;
  issuerCode: string;
  issuerName: string;
  period: ReportPeriod;
  unitId: number;
  unitCode: string;
  unitName: string;
  state: SubmissionState;
  opensOn: string;
  deadline: string;
  locksOn: string | null;
  extendedDeadline: string | null;
  exemptionReason: string | null;
  isReopened: boolean;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  reviewComment: string | null;
  lateReason: string | null;
}

/** A report with its campaign's dates and names: one line of "my reports", the board, the matrix. */
const reportListing = sql`
  select r.id as "reportId", c.id as "campaignId", c.name as "campaignName", iu.id as "issuerId", iu.code as "issuerCode", iu.name as "issuerName",
         c.period, u.id as "unitId", u.code as "unitCode", u.name as "unitName", r.state, c.opens_on as "opensOn", c.deadline, c.locks_on as "locksOn",
         r.extended_deadline as "extendedDeadline", r.exemption_reason as "exemptionReason", r.is_reopened as "isReopened",
         ${iso('r.first_submitted_at')} as "firstSubmittedAt", ${iso('r.submitted_at')} as "submittedAt", r.review_comment as "reviewComment", r.late_reason as "lateReason"
    from campaign_reports r
    join campaigns c on c.id = r.campaign_id
    join units iu on iu.id = c.issuer_unit_id
    join units u on u.id = r.unit_id`;

/** Every report a unit is asked for. */
export async function listReportsOfUnit(tx: Tx, unitId: number): Promise<MyReportRow[]> {
  return rows<MyReportRow>(
    tx,
    sql`${reportListing}
         where r.unit_id = ${unitId}`,
  );
}

export interface ChildRow {
  id: number;
  code: string;
  name: string;
  kindName: string;
  childCount: number;
}

/** The units directly below a unit that have reports of the campaigns in their subtree (or are asked themselves). */
export async function listChildrenWithReports(tx: Tx, campaignIds: readonly number[], parentPath: string): Promise<ChildRow[]> {
  if (campaignIds.length === 0) return [];
  const ids = `{${campaignIds.map(Math.trunc).join(',')}}`;
  // One pass over the subtree's reports gives each child and, one level further down, the
  // children it has with reports: the drill-down counts only those, not closed or unasked units.
  const pairs = await rows<{ child: number; grandchild: number | null }>(
    tx,
    sql`select distinct subpath(ru.path, nlevel(${parentPath}::ltree), 1)::text::int as child,
                        case when nlevel(ru.path) > nlevel(${parentPath}::ltree) + 1
                             then subpath(ru.path, nlevel(${parentPath}::ltree) + 1, 1)::text::int end as grandchild
          from campaign_reports r join units ru on ru.id = r.unit_id
         where r.campaign_id = any(${ids}::int[]) and ru.path <@ ${parentPath}::ltree and ru.path <> ${parentPath}::ltree`,
  );
  const below = new Map<number, Set<number>>();
  for (const { child, grandchild } of pairs) {
    const set = below.get(child) ?? new Set<number>();
    if (grandchild !== null) set.add(grandchild);
    below.set(child, set);
  }
  if (below.size === 0) return [];
  const children = await rows<Omit<ChildRow, 'childCount'>>(
    tx,
    sql`select u.id, u.code, u.name, k.name as "kindName"
          from units u join unit_kinds k on k.id = u.kind_id
         where u.id = any(${`{${[...below.keys()].join(',')}}`}::int[])
         order by u.sort_key`,
  );
  return children.map((child) => ({ ...child, childCount: below.get(child.id)!.size }));
}

/** Own reports of a list of units in a list of campaigns, for the board and the matrix. */
export async function listReportsOfUnits(tx: Tx, campaignIds: readonly number[], unitIds: readonly number[]): Promise<MyReportRow[]> {
  if (campaignIds.length === 0 || unitIds.length === 0) return [];
  return rows<MyReportRow>(
    tx,
    sql`${reportListing}
         where r.campaign_id = any(${`{${campaignIds.map(Math.trunc).join(',')}}`}::int[])
           and r.unit_id = any(${`{${unitIds.map(Math.trunc).join(',')}}`}::int[])`,
  );
}

/** The previous period's report of a unit for the same template (the source of "prefill from last period"). */
export async function findPreviousReportValues(tx: Tx, unitId: number, templateId: number, periodKey: string, beforeCampaignId: number): Promise<Record<string, number> | undefined> {
  const [row] = await rows<{ values: Record<string, number> }>(
    tx,
    sql`select r.values from campaign_reports r
          join campaigns c on c.id = r.campaign_id
          join report_template_versions v on v.id = c.template_version_id
         where r.unit_id = ${unitId} and v.template_id = ${templateId} and c.period_key = ${periodKey}
           and c.id <> ${beforeCampaignId} and r.state in ('submitted', 'approved')
         order by c.id desc limit 1`,
  );
  return row?.values;
}

export async function findTemplateIdOfVersion(tx: Tx, versionId: number): Promise<{ templateId: number; status: string; definition: unknown } | undefined> {
  const [row] = await rows<{ templateId: number; status: string; definition: unknown }>(
    tx,
    sql`select template_id as "templateId", status, definition from report_template_versions where id = ${versionId}`,
  );
  return row;
}

export async function findUnitByCode(tx: Tx, code: string): Promise<{ id: number } | undefined> {
  const [row] = await rows<{ id: number }>(tx, sql`select id from units where code = ${code}`);
  return row;
}

export async function listUnitRefs(tx: Tx, ids: readonly number[]): Promise<Map<number, { id: number; code: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const list = await rows<{ id: number; code: string; name: string }>(tx, sql`select id, code, name from units where id = any(${`{${ids.map(Math.trunc).join(',')}}`}::int[])`);
  return new Map(list.map((u) => [u.id, u]));
}

export async function findVersionDefinition(tx: Tx, versionId: number): Promise<unknown> {
  const [row] = await rows<{ definition: unknown }>(tx, sql`select definition from report_template_versions where id = ${versionId} and status = 'published'`);
  return row?.definition;
}
