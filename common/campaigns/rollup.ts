/**
 * Rollup arithmetic (tổng hợp số liệu): totals of every data element and
 * disaggregation over a unit's subtree, which reports count, and percentages
 * computed from summed numerators and denominators — never averaged (DESIGN.md §6).
 *
 * A report's values are keyed by reference path ('staff.female', see expressions.ts),
 * and are the unit's OWN figures: a subtree's total is the sum of the own figures of
 * every unit in it, the unit itself included. A rollup is never stored back as a unit's
 * values, or it would be counted twice one level up.
 *
 * The server keeps rollups live by applying deltas up the ancestor chain in the same
 * transaction as each write (diffCountedValues); rollupTree is the recomputation from
 * the leaves that the property tests and the benchmark check it against.
 */
import type { SubmissionState } from './deadlines.ts';

export type UnitId = number | string;

/** Which reports a campaign's rollup counts. */
export const ROLLUP_BASES = ['drafts', 'submitted', 'approved'] as const;
export type RollupBasis = (typeof ROLLUP_BASES)[number];

// 'drafts' counts every report with figures in it: a returned report is a draft again.
// 'submitted' drops a report the moment it is returned, so the unit above never totals
// figures it has sent back.
const COUNTED_STATES: Record<RollupBasis, ReadonlySet<SubmissionState>> = {
  drafts: new Set(['draft', 'returned', 'submitted', 'approved']),
  submitted: new Set(['submitted', 'approved']),
  approved: new Set(['approved']),
};

/** The states a basis counts, for queries that recompute a rollup in SQL. */
export function countedStates(basis: RollupBasis): SubmissionState[] {
  return [...COUNTED_STATES[basis]];
}

/** True when a report in this state counts in a rollup on this basis. Exempt units never count. */
export function isCountedInRollup(state: SubmissionState, basis: RollupBasis, isExempt = false): boolean {
  return !isExempt && COUNTED_STATES[basis].has(state);
}

export type ValueRecord = Readonly<Record<string, number | null | undefined>>;

export interface UnitReport {
  unitId: UnitId;
  state: SubmissionState;
  isExempt?: boolean;
  values: ValueRecord;
}

export interface UnitNode {
  id: UnitId;
  parentId: UnitId | null;
}

/** One cell of a rollup: the sum and how many units gave a value (blank is not zero). */
export interface RollupCell {
  sum: number;
  reportingUnits: number;
}

/** Value key ('staff.female') → its cell. */
export type Totals = Map<string, RollupCell>;

function isValue(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function addInto(totals: Totals, key: string, sum: number, reportingUnits: number): void {
  const cell = totals.get(key);
  if (cell) {
    cell.sum += sum;
    cell.reportingUnits += reportingUnits;
  } else {
    totals.set(key, { sum, reportingUnits });
  }
}

/** Sums value records key by key; blanks are skipped, not counted as zero. */
export function sumValues(records: Iterable<ValueRecord>): Totals {
  const totals: Totals = new Map();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (isValue(value)) addInto(totals, key, value, 1);
    }
  }
  return totals;
}

/** Adds totals together (children's rollups into a parent's) into a new map. */
export function mergeTotals(parts: Iterable<Totals>): Totals {
  const merged: Totals = new Map();
  for (const part of parts) for (const [key, cell] of part) addInto(merged, key, cell.sum, cell.reportingUnits);
  return merged;
}

/**
 * Every unit's subtree rollup, recomputed from each unit's own counted report.
 * Units whose parent is not in the list are roots. Throws on a cycle, on a report
 * for a unit not in the tree, and on two reports for one unit.
 */
export function rollupTree(units: readonly UnitNode[], reports: readonly UnitReport[], basis: RollupBasis): Map<UnitId, Totals> {
  const byId = new Map<UnitId, UnitNode>(units.map((unit) => [unit.id, unit]));
  const rollups = new Map<UnitId, Totals>(units.map((unit) => [unit.id, new Map()]));
  const reported = new Set<UnitId>();
  for (const report of reports) {
    const own = rollups.get(report.unitId);
    if (!own) throw new RangeError(`Report for a unit outside the tree: ${report.unitId}`);
    if (reported.has(report.unitId)) throw new RangeError(`Two reports for unit ${report.unitId}`);
    reported.add(report.unitId);
    if (!isCountedInRollup(report.state, basis, report.isExempt)) continue;
    for (const [key, value] of Object.entries(report.values)) if (isValue(value)) addInto(own, key, value, 1);
  }
  // Deepest first, so each unit's subtree is complete before it is added to its parent.
  const depth = depthsOf(byId);
  const deepestFirst = [...units].sort((a, b) => depth.get(b.id)! - depth.get(a.id)!);
  for (const unit of deepestFirst) {
    if (unit.parentId === null || !byId.has(unit.parentId)) continue;
    const parentTotals = rollups.get(unit.parentId)!;
    for (const [key, cell] of rollups.get(unit.id)!) addInto(parentTotals, key, cell.sum, cell.reportingUnits);
  }
  return rollups;
}

function depthsOf(byId: ReadonlyMap<UnitId, UnitNode>): Map<UnitId, number> {
  const depth = new Map<UnitId, number>();
  for (const start of byId.values()) {
    const chain: UnitId[] = [];
    const onChain = new Set<UnitId>();
    let current: UnitNode | undefined = start;
    while (current && !depth.has(current.id)) {
      if (onChain.has(current.id)) throw new RangeError(`Cycle in the unit tree at ${current.id}`);
      onChain.add(current.id);
      chain.push(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    let base = current ? depth.get(current.id)! + 1 : 0;
    for (let i = chain.length - 1; i >= 0; i -= 1) depth.set(chain[i]!, base++);
  }
  return depth;
}

/** A change to apply to every ancestor's rollup: per key, the change in sum and in reporting units. */
export type RollupDelta = Map<string, RollupCell>;

/**
 * What a write changes in the rollups above a unit: the difference between the
 * figures that counted before and those that count after. Pass null for "did not
 * count" (no report, a state the basis excludes, exempt). Keys with no change are left out.
 */
export function diffCountedValues(before: ValueRecord | null, after: ValueRecord | null): RollupDelta {
  const delta: RollupDelta = new Map();
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const old = before && Object.hasOwn(before, key) ? before[key] : undefined;
    const now = after && Object.hasOwn(after, key) ? after[key] : undefined;
    const sum = (isValue(now) ? now : 0) - (isValue(old) ? old : 0);
    const reportingUnits = (isValue(now) ? 1 : 0) - (isValue(old) ? 1 : 0);
    if (sum !== 0 || reportingUnits !== 0) delta.set(key, { sum, reportingUnits });
  }
  return delta;
}

/**
 * A whole subtree's rollup as a delta, for moving a unit: apply it with sign -1 to the
 * old parent's ancestors and +1 to the new parent's, in the move's transaction.
 */
export function totalsAsDelta(totals: Totals, sign: 1 | -1): RollupDelta {
  return new Map([...totals].map(([key, cell]) => [key, { sum: sign * cell.sum, reportingUnits: sign * cell.reportingUnits }]));
}

/** Totals after a delta, as a new map; cells that fall to no reporting unit disappear. */
export function applyDelta(totals: Totals, delta: RollupDelta): Totals {
  const next: Totals = new Map([...totals].map(([key, cell]) => [key, { ...cell }]));
  for (const [key, change] of delta) {
    addInto(next, key, change.sum, change.reportingUnits);
    if (next.get(key)!.reportingUnits === 0) next.delete(key);
  }
  return next;
}

/** A percentage from a numerator and denominator; null when either is missing or the denominator is 0. */
export function percentOf(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (!isValue(numerator) || !isValue(denominator) || denominator === 0) return null;
  return (numerator / denominator) * 100;
}

export interface RatioTotal {
  numerator: number;
  denominator: number;
  percent: number | null;
}

/**
 * Rolls up a ratio the only right way: sum the numerators, sum the denominators, divide.
 * Two schools at 1/2 (50%) and 90/100 (90%) make 91/102 ≈ 89.2%, not 70%.
 * A part with either side blank is left out entirely, so the two sums stay comparable.
 */
export function rollupRatio(parts: Iterable<{ numerator: number | null | undefined; denominator: number | null | undefined }>): RatioTotal {
  let numerator = 0;
  let denominator = 0;
  for (const part of parts) {
    if (!isValue(part.numerator) || !isValue(part.denominator)) continue;
    numerator += part.numerator;
    denominator += part.denominator;
  }
  return { numerator, denominator, percent: percentOf(numerator, denominator) };
}

/** A ratio read from a rollup: the summed numerator over the summed denominator ('staff.female' / 'staff.total'). */
export function ratioFromTotals(totals: Totals, numeratorKey: string, denominatorKey: string): RatioTotal {
  const numerator = totals.get(numeratorKey)?.sum ?? 0;
  const denominator = totals.get(denominatorKey)?.sum ?? 0;
  return { numerator, denominator, percent: percentOf(numerator, denominator) };
}
