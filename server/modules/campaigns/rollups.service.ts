/**
 * Live rollups (tổng hợp trực tiếp): every write that changes what a report contributes —
 * save on a drafts basis, submit, return, approve, reopen, exempt — and every unit move
 * adjusts the totals of the unit and of its ancestors up to the campaign's issuer, in the
 * writer's own transaction. No batch job recomputes anything; `recomputeTotals` exists to
 * prove the live figures right (tests, benchmark).
 *
 * The arithmetic is common/campaigns/rollup.ts; this module only decides which rows a
 * change touches. A change from unit U goes to stripe U mod ROLLUP_STRIPES of each row, so
 * concurrent submissions from many schools spread over several rows of the Ministry's totals.
 */
import type { Tx } from '../../db/client.ts';
import { diffCountedValues, isCountedInRollup, type RollupBasis, type RollupDelta, type ValueRecord } from '../../../common/campaigns/rollup.ts';
import type { SubmissionState } from '../../../common/campaigns/deadlines.ts';
import type { RollupTotals } from '../../../common/contracts/campaigns.ts';
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

/** What one report contributes: its figures when its state counts on the campaign's basis, else nothing. */
export interface ReportContribution {
  state: SubmissionState;
  isExempt: boolean;
  values: ValueRecord;
}

function counted(contribution: ReportContribution | null, basis: RollupBasis): ValueRecord | null {
  if (!contribution || !isCountedInRollup(contribution.state, basis, contribution.isExempt)) return null;
  return contribution.values;
}

function toStored(delta: RollupDelta, sign: 1 | -1 = 1): repo.StoredTotals {
  const stored: repo.StoredTotals = {};
  for (const [key, cell] of delta) stored[key] = [sign * cell.sum, sign * cell.reportingUnits];
  return stored;
}

/**
 * Applies the change between what a report contributed before a write and what it
 * contributes after, to its unit and every ancestor up to the issuer. Call it last in the
 * write's transaction, after the report row is locked: rollup rows are hot, hold them briefly.
 */
export async function applyReportChange(
  tx: Tx,
  campaign: { id: number; rollupBasis: RollupBasis; issuerPath: string },
  unit: { id: number; path: string },
  before: ReportContribution | null,
  after: ReportContribution | null,
): Promise<void> {
  const delta = diffCountedValues(counted(before, campaign.rollupBasis), counted(after, campaign.rollupBasis));
  if (delta.size === 0) return;
  await repo.addToRollups(tx, campaign.id, unitsInScope(unit.path, campaign.issuerPath), stripeOf(unit.id), toStored(delta));
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
    for (const { stripe, totals } of await repo.lockUnitStripes(tx, campaignId, unitId)) {
      const negated: repo.StoredTotals = Object.fromEntries(Object.entries(totals).map(([key, [sum, n]]) => [key, [-sum, -n]]));
      await repo.addToRollups(tx, campaignId, leaving, stripe, negated);
      await repo.addToRollups(tx, campaignId, joining, stripe, totals);
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
