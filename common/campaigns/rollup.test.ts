import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SubmissionState } from './deadlines.ts';
import { SUBMISSION_STATES } from './deadlines.ts';
import {
  ROLLUP_BASES,
  applyDelta,
  diffCountedValues,
  isCountedInRollup,
  mergeTotals,
  percentOf,
  ratioFromTotals,
  rollupRatio,
  rollupTree,
  sumValues,
  totalsAsDelta,
} from './rollup.ts';
import type { RollupBasis, Totals, UnitId, UnitNode, UnitReport, ValueRecord } from './rollup.ts';

// Fixed seed: the same cases on every run and every machine.
const PROPERTY_RUNS = { seed: 20_250_630, numRuns: 200 };

const plain = (totals: Totals | undefined) => Object.fromEntries([...(totals ?? new Map())].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('isCountedInRollup — which reports count', () => {
  const table: Record<RollupBasis, SubmissionState[]> = {
    drafts: ['draft', 'returned', 'submitted', 'approved'],
    submitted: ['submitted', 'approved'],
    approved: ['approved'],
  };
  for (const basis of ROLLUP_BASES) {
    it.each(SUBMISSION_STATES.map((state) => [state, table[basis].includes(state)] as const))(`on basis "${basis}", a %s report counts: %s`, (state, counted) => {
      expect(isCountedInRollup(state, basis)).toBe(counted);
      expect(isCountedInRollup(state, basis, true)).toBe(false); // exempt never counts
    });
  }
});

describe('sumValues and mergeTotals', () => {
  it('sums key by key and counts reporting units, skipping blanks rather than counting them as 0', () => {
    const totals = sumValues([{ 'staff.total': 40, 'staff.female': 28 }, { 'staff.total': 10, 'staff.female': null }, { 'staff.total': 5 }]);
    expect(plain(totals)).toEqual({ 'staff.female': { sum: 28, reportingUnits: 1 }, 'staff.total': { sum: 55, reportingUnits: 3 } });
    expect(plain(mergeTotals([totals, sumValues([{ 'staff.female': 2 }])]))).toEqual({
      'staff.female': { sum: 30, reportingUnits: 2 },
      'staff.total': { sum: 55, reportingUnits: 3 },
    });
  });
});

describe('rollupTree — a small Department', () => {
  // Sở (1) → Phòng VH-XH xã A (2) → TH A (4), THCS A (5); xã B (3) → MN B (6); THPT (7) directly under the Sở.
  const units: UnitNode[] = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 1 },
    { id: 4, parentId: 2 },
    { id: 5, parentId: 2 },
    { id: 6, parentId: 3 },
    { id: 7, parentId: 1 },
  ];
  const reports: UnitReport[] = [
    { unitId: 2, state: 'approved', values: { 'staff.total': 3, 'staff.female': 2 } }, // the office's own staff
    { unitId: 4, state: 'approved', values: { 'staff.total': 40, 'staff.female': 30 } },
    { unitId: 5, state: 'submitted', values: { 'staff.total': 50, 'staff.female': 35 } },
    { unitId: 6, state: 'draft', values: { 'staff.total': 20, 'staff.female': 20 } },
    { unitId: 7, state: 'approved', isExempt: true, values: { 'staff.total': 100, 'staff.female': 60 } },
  ];

  it('counts only what the basis allows, each unit\'s own figures included in its subtree', () => {
    const submitted = rollupTree(units, reports, 'submitted');
    expect(plain(submitted.get(1))).toEqual({ 'staff.female': { sum: 67, reportingUnits: 3 }, 'staff.total': { sum: 93, reportingUnits: 3 } });
    expect(plain(submitted.get(2))).toEqual(plain(submitted.get(1)));
    expect(plain(submitted.get(3))).toEqual({});
    expect(plain(submitted.get(7))).toEqual({});
    expect(plain(rollupTree(units, reports, 'approved').get(1))).toEqual({
      'staff.female': { sum: 32, reportingUnits: 2 },
      'staff.total': { sum: 43, reportingUnits: 2 },
    });
    expect(rollupTree(units, reports, 'drafts').get(1)?.get('staff.total')).toEqual({ sum: 113, reportingUnits: 4 });
  });

  it('computes the share of women from the sums, not as the average of the shares', () => {
    const root = rollupTree(units, reports, 'submitted').get(1)!;
    const ratio = ratioFromTotals(root, 'staff.female', 'staff.total');
    expect(ratio).toEqual({ numerator: 67, denominator: 93, percent: (67 / 93) * 100 });
    const averageOfShares = ((2 / 3 + 30 / 40 + 35 / 50) / 3) * 100;
    expect(ratio.percent).not.toBeCloseTo(averageOfShares, 1);
  });

  it('refuses a cycle, a report for a unit outside the tree, and two reports for one unit', () => {
    expect(() => rollupTree([{ id: 1, parentId: 2 }, { id: 2, parentId: 1 }], [], 'drafts')).toThrow(/Cycle/);
    expect(() => rollupTree(units, [{ unitId: 99, state: 'approved', values: {} }], 'drafts')).toThrow(/outside the tree/);
    expect(() => rollupTree(units, [reports[1]!, reports[1]!], 'drafts')).toThrow(/Two reports/);
  });
});

describe('percentages', () => {
  it('roll up as summed numerators over summed denominators: 1/2 and 90/100 make 91/102, not 70%', () => {
    const ratio = rollupRatio([
      { numerator: 1, denominator: 2 },
      { numerator: 90, denominator: 100 },
    ]);
    expect(ratio).toEqual({ numerator: 91, denominator: 102, percent: (91 / 102) * 100 });
  });
  it('leave out a part with a blank side, and give null for a zero denominator', () => {
    expect(rollupRatio([{ numerator: 5, denominator: null }, { numerator: 1, denominator: 4 }])).toEqual({ numerator: 1, denominator: 4, percent: 25 });
    expect(rollupRatio([])).toEqual({ numerator: 0, denominator: 0, percent: null });
    expect(percentOf(3, 0)).toBeNull();
    expect(percentOf(null, 4)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------
// Properties over random trees

const KEYS = ['staff.total', 'staff.female', 'managers.female'] as const;

interface RandomCase {
  units: UnitNode[];
  reports: UnitReport[];
  basis: RollupBasis;
}

const valueArbitrary = fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null, freq: 4 });
const valuesArbitrary: fc.Arbitrary<ValueRecord> = fc.record(
  { 'staff.total': valueArbitrary, 'staff.female': valueArbitrary, 'managers.female': valueArbitrary },
  { requiredKeys: [] },
);
const reportArbitrary = fc.record({
  state: fc.constantFrom(...SUBMISSION_STATES),
  isExempt: fc.boolean(),
  values: valuesArbitrary,
});

/** Unit i's parent is one of units 0…i-1, so every draw is a tree rooted at 0. */
const caseArbitrary: fc.Arbitrary<RandomCase> = fc
  .array(fc.tuple(fc.nat(), fc.option(reportArbitrary, { nil: undefined })), { minLength: 1, maxLength: 40 })
  .chain((rows) =>
    fc.constantFrom(...ROLLUP_BASES).map((basis) => ({
      basis,
      units: rows.map(([parentPick], i) => ({ id: i, parentId: i === 0 ? null : parentPick % i })),
      reports: rows.flatMap(([, report], i) => (report ? [{ unitId: i, ...report }] : [])),
    })),
  );

function ancestorsOrSelf(units: readonly UnitNode[], id: UnitId): UnitId[] {
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const chain: UnitId[] = [];
  for (let current: UnitId | null | undefined = id; current !== null && current !== undefined; current = parentOf.get(current)) chain.push(current);
  return chain;
}

/** The obvious, slow answer: for each unit, add up every counted report whose unit lies in its subtree. */
function bruteForce({ units, reports, basis }: RandomCase): Map<UnitId, Record<string, { sum: number; reportingUnits: number }>> {
  const result = new Map(units.map((unit) => [unit.id, {} as Record<string, { sum: number; reportingUnits: number }>]));
  for (const report of reports) {
    if (!isCountedInRollup(report.state, basis, report.isExempt)) continue;
    for (const ancestor of ancestorsOrSelf(units, report.unitId)) {
      const cells = result.get(ancestor)!;
      for (const key of KEYS) {
        const value = report.values[key];
        if (typeof value !== 'number') continue;
        const cell = (cells[key] ??= { sum: 0, reportingUnits: 0 });
        cell.sum += value;
        cell.reportingUnits += 1;
      }
    }
  }
  return result;
}

describe('rollup properties (fast-check, fixed seed)', () => {
  it('every unit\'s rollup equals the sum recomputed over its subtree, for random trees, states and values', () => {
    fc.assert(
      fc.property(caseArbitrary, (randomCase) => {
        const rollups = rollupTree(randomCase.units, randomCase.reports, randomCase.basis);
        const expected = bruteForce(randomCase);
        for (const unit of randomCase.units) expect(plain(rollups.get(unit.id))).toEqual(expected.get(unit.id));
      }),
      PROPERTY_RUNS,
    );
  });

  it('the root\'s rollup is the sum of the leaves when only leaves report', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ units, reports }) => {
        const parents = new Set(units.map((unit) => unit.parentId));
        const leafReports = reports.filter((report) => !parents.has(report.unitId)).map((report) => ({ ...report, state: 'approved' as const, isExempt: false }));
        const root = rollupTree(units, leafReports, 'approved').get(0)!;
        expect(plain(root)).toEqual(plain(sumValues(leafReports.map((report) => report.values))));
      }),
      PROPERTY_RUNS,
    );
  });

  it('percentages in every rollup are the summed numerator over the summed denominator', () => {
    fc.assert(
      fc.property(caseArbitrary, (randomCase) => {
        const rollups = rollupTree(randomCase.units, randomCase.reports, randomCase.basis);
        const expected = bruteForce(randomCase);
        for (const unit of randomCase.units) {
          const ratio = ratioFromTotals(rollups.get(unit.id)!, 'staff.female', 'staff.total');
          const female = expected.get(unit.id)!['staff.female']?.sum ?? 0;
          const total = expected.get(unit.id)!['staff.total']?.sum ?? 0;
          expect(ratio).toEqual({ numerator: female, denominator: total, percent: total === 0 ? null : (female / total) * 100 });
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('rollups kept live with deltas equal the recomputation after random submits, returns, approvals, edits and moves', () => {
    type Operation =
      | { kind: 'write'; unit: number; state: SubmissionState; values: ValueRecord }
      | { kind: 'move'; unit: number; newParentPick: number };
    const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
      fc.record({ kind: fc.constant('write' as const), unit: fc.nat(), state: fc.constantFrom(...SUBMISSION_STATES), values: valuesArbitrary }),
      fc.record({ kind: fc.constant('move' as const), unit: fc.nat(), newParentPick: fc.nat() }),
    );

    fc.assert(
      fc.property(caseArbitrary, fc.array(operationArbitrary, { maxLength: 30 }), ({ units: initialUnits, basis }, operations) => {
        let units = initialUnits.map((unit) => ({ ...unit }));
        const reports = new Map<UnitId, UnitReport>();
        let live = rollupTree(units, [], basis);
        const counted = (report: UnitReport | undefined): ValueRecord | null =>
          report && isCountedInRollup(report.state, basis, report.isExempt) ? report.values : null;
        const applyUp = (from: UnitId, delta: ReturnType<typeof diffCountedValues>) => {
          for (const id of ancestorsOrSelf(units, from)) live.set(id, applyDelta(live.get(id)!, delta));
        };

        for (const operation of operations) {
          const unitId = operation.unit % units.length;
          if (operation.kind === 'write') {
            const next: UnitReport = { unitId, state: operation.state, values: operation.values };
            applyUp(unitId, diffCountedValues(counted(reports.get(unitId)), counted(next)));
            reports.set(unitId, next);
          } else {
            // Move a unit (a school to another commune) under a unit outside its own subtree.
            const outside = units.filter((unit) => !ancestorsOrSelf(units, unit.id).includes(unitId));
            if (unitId === 0 || outside.length === 0) continue;
            const newParent = outside[operation.newParentPick % outside.length]!.id;
            const subtree = live.get(unitId)!;
            const oldParent = units.find((unit) => unit.id === unitId)!.parentId!;
            applyUp(oldParent, totalsAsDelta(subtree, -1));
            units = units.map((unit) => (unit.id === unitId ? { ...unit, parentId: newParent } : unit));
            applyUp(newParent, totalsAsDelta(subtree, 1));
          }
        }

        const recomputed = rollupTree(units, [...reports.values()], basis);
        for (const unit of units) expect(plain(live.get(unit.id))).toEqual(plain(recomputed.get(unit.id)));
      }),
      PROPERTY_RUNS,
    );
  });
});
