/**
 * Live rollups (tổng hợp trực tiếp): every write that changes what a report contributes —
 * save on a drafts basis, submit, return, approve, reopen, exempt — and every unit move
 * adjusts the totals of the unit and of its ancestors up to the campaign's issuer, in the
 * writer's own transaction. No batch job recomputes anything; `recomputeTotals` exists to
 * prove the live figures right (tests, benchmark).
 *
 * The same rows keep completeness live: each stripe also counts its subtree's reports by
 * the facts their status is read from (`factKeyOf`), so boards and lists never recount the
 * reports below them. A status still depends on today's date, so what is kept is the facts,
 * and the status is judged from them when read (report-facts.ts `tallyGroups`).
 *
 * The arithmetic is common/campaigns/rollup.ts; this module only decides which rows a
 * change touches. A change from unit U goes to stripe U mod ROLLUP_STRIPES of each row, so
 * concurrent submissions from many schools spread over several rows of the Ministry's totals.
 */
import type { Tx } from '../../db/client.ts';
import { diffCountedValues, isCountedInRollup, type RollupBasis, type RollupDelta, type ValueRecord } from '../../../common/campaigns/rollup.ts';
import type { SubmissionState } from '../../../common/campaigns/deadlines.ts';
import type { RollupTotals } from '../../../common/contracts/campaigns.ts';
import { calendarDateInVietnam } from '../../../common/text/calendar-dates.ts';
import type { FactGroup } from './campaigns.repo.ts';
import * as repo from './rollups.repo.ts';

/** Rows per unit's totals: enough that a national deadline rush does not queue on one row. */
export const ROLLUP_STRIPES = 16;

export const stripeOf = (unitId: number) => unitId % ROLLUP_STRIPES;

/** Ids on a unit's path from the issuer down to the unit itself: the rows its figures count in. */
export function unitsInScope(unitPath: string, issuerPath: string): number[] {
  const ids = unitPath.split('.').map(Number);
  const issuerDepth = issuerPath.split('.').length;
  return ids.slice(issuerDepth - 1);
}

/** What a report contributes: its figures (when its state counts) and the facts its status is read from. */
export interface ReportContribution {
  state: SubmissionState;
  exemptionReason: string | null;
  values: ValueRecord;
  isReopened: boolean;
  extendedDeadline: string | null;
  firstSubmittedAt: string | null;
}

/**
 * The completeness key of a report: the facts its status is read from, with the first
 * submission as its Vietnam day (lateness compares days). The SQL that seeds a campaign
 * (migration 0005, `rollup_seed_facts`) writes the same format.
 */
export function factKeyOf(report: ReportContribution, campaignDeadline: string): string {
  const firstDay = report.firstSubmittedAt ? calendarDateInVietnam(report.firstSubmittedAt) : '';
  return [report.state, report.exemptionReason !== null ? 1 : 0, report.isReopened ? 1 : 0, report.extendedDeadline ?? campaignDeadline, firstDay].join('|');
}

function parseFactKey(key: string): Pick<FactGroup, 'state' | 'isExempt' | 'isReopened' | 'effectiveDeadline' | 'firstSubmittedDay'> {
  const [state, exempt, reopened, effectiveDeadline, firstDay] = key.split('|');
  return { state: state as SubmissionState, isExempt: exempt === '1', isReopened: reopened === '1', effectiveDeadline: effectiveDeadline!, firstSubmittedDay: firstDay || null };
}

function counted(contribution: ReportContribution | null, basis: RollupBasis): ValueRecord | null {
  if (!contribution || !isCountedInRollup(contribution.state, basis, contribution.exemptionReason !== null)) return null;
  return contribution.values;
}

/** Cells of a delta as stored; cells that add nothing are left out. */
function toStored(delta: RollupDelta): repo.StoredTotals {
  const stored: repo.StoredTotals = {};
  for (const [key, cell] of delta) if (cell.sum !== 0 || cell.reportingUnits !== 0) stored[key] = [cell.sum, cell.reportingUnits];
  return stored;
}

function factsDelta(before: string | null, after: string | null): repo.StoredTotals {
  if (before === after) return {};
  const delta: repo.StoredTotals = {};
  if (before !== null) delta[before] = [0, -1];
  if (after !== null) delta[after] = [0, 1];
  return delta;
}

/**
 * Applies the change between what a report contributed before a write and what it
 * contributes after, to its unit and every ancestor up to the issuer. Call it last in the
 * write's transaction, after the report row is locked: rollup rows are hot, hold them briefly.
 */
export async function applyReportChange(
  tx: Tx,
  campaign: { id: number; rollupBasis: RollupBasis; issuerPath: string; deadline: string },
  unit: { id: number; path: string },
  before: ReportContribution | null,
  after: ReportContribution | null,
): Promise<void> {
  const totals = toStored(diffCountedValues(counted(before, campaign.rollupBasis), counted(after, campaign.rollupBasis)));
  const facts = factsDelta(before && factKeyOf(before, campaign.deadline), after && factKeyOf(after, campaign.deadline));
  if (Object.keys(totals).length === 0 && Object.keys(facts).length === 0) return;
  await repo.addToRollups(tx, campaign.id, unitsInScope(unit.path, campaign.issuerPath), stripeOf(unit.id), { totals, facts });
}

/** Fact groups as { factKey: reports }, in key order: how the live counts and a recount are compared. */
export function factCountsOf(groups: readonly FactGroup[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const g of groups) {
    const key = [g.state, g.isExempt ? 1 : 0, g.isReopened ? 1 : 0, g.effectiveDeadline, g.firstSubmittedDay ?? ''].join('|');
    counts[key] = (counts[key] ?? 0) + g.n;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Seeds a newly issued campaign's completeness counts, once, after its expected reports are inserted. */
export const seedCampaignFacts = (tx: Tx, campaignId: number) => repo.seedFacts(tx, campaignId);

/**
 * Recounts a campaign's completeness from its reports, after the reports were changed
 * outside the services (the demo seed backdating its history, a data repair).
 */
export async function recountCampaignFacts(tx: Tx, campaignId: number): Promise<void> {
  await repo.clearFacts(tx, campaignId);
  await repo.seedFacts(tx, campaignId);
}

/**
 * Completeness facts of (campaign, unit) subtrees as maintained live, grouped as
 * `groupReportFacts` groups them, with `childId` the unit asked about.
 */
export async function readFactGroups(tx: Tx, pairs: readonly { campaignId: number; unitId: number }[]): Promise<FactGroup[]> {
  return (await repo.readFacts(tx, pairs)).map((row) => ({ campaignId: row.campaignId, childId: row.unitId, n: row.n, ...parseFactKey(row.key) }));
}

/**
 * A unit (and its subtree) moved: its totals leave the old ancestors and join the new ones,
 * in every campaign that counts them, within each campaign's scope. The caller has already
 * rewritten the paths, which waited for (and now blocks) every write inside the subtree.
 */
export async function applyUnitMove(tx: Tx, unitId: number, oldPath: string, newPath: string): Promise<void> {
  for (const { campaignId, issuerPath } of await repo.campaignsWithRollupsOf(tx, unitId)) {
    const inScope = (path: string) => path === issuerPath || path.startsWith(`${issuerPath}.`);
    const oldAbove = inScope(oldPath) ? unitsInScope(oldPath, issuerPath).slice(0, -1) : [];
    const newAbove = inScope(newPath) ? unitsInScope(newPath, issuerPath).slice(0, -1) : [];
    const leaving = oldAbove.filter((id) => !newAbove.includes(id));
    const joining = newAbove.filter((id) => !oldAbove.includes(id));
    if (leaving.length === 0 && joining.length === 0) continue;
    // Stripe by stripe, so each ancestor's stripe only ever holds what was added to it.
    const negate = (cells: repo.StoredTotals): repo.StoredTotals => Object.fromEntries(Object.entries(cells).map(([key, [sum, n]]) => [key, [-sum, -n]]));
    for (const { stripe, totals, facts } of await repo.lockUnitStripes(tx, campaignId, unitId)) {
      await repo.addToRollups(tx, campaignId, leaving, stripe, { totals: negate(totals), facts: negate(facts) });
      await repo.addToRollups(tx, campaignId, joining, stripe, { totals, facts });
    }
  }
}

function toTotals(list: repo.TotalsRow[]): RollupTotals {
  const totals: RollupTotals = {};
  for (const row of list) totals[row.key] = { sum: row.sum, reportingUnits: row.reportingUnits };
  return totals;
}

/** A unit's subtree totals as maintained live. */
export async function readRollup(tx: Tx, campaignId: number, unitId: number): Promise<RollupTotals> {
  return toTotals(await repo.readTotals(tx, campaignId, unitId));
}

/** The same totals recomputed from the reports (for proofs and comparisons, never for pages). */
export async function recomputeRollup(tx: Tx, campaignId: number, unitPath: string, states: readonly SubmissionState[]): Promise<RollupTotals> {
  return toTotals(await repo.recomputeTotals(tx, campaignId, unitPath, states));
}
