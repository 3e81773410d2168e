import { describe, expect, it } from 'vitest';
import type { Completeness } from '../../../../../common/contracts/campaigns.ts';
import { hasReportsBelow, isDrillable, type MatrixCell } from './report-matrix.ts';

const counts = (expected: number, exempt = 0): Completeness => ({
  expected,
  submitted: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  pending: expected,
  approved: 0,
  returned: 0,
  exempt,
  submittedPercent: expected ? 0 : null,
  onTimePercent: expected ? 0 : null,
});
const cell = (reportId: number | null, expected: number, exempt = 0): MatrixCell => ({ campaignId: 1, status: reportId ? 'due' : null, reportId, completeness: counts(expected, exempt) });

describe('hasReportsBelow', () => {
  it('is false for a school: its subtree is its own report', () => {
    expect(hasReportsBelow(cell(7, 1))).toBe(false);
    expect(hasReportsBelow(cell(7, 0, 1))).toBe(false);
  });

  it('is true for a commune with schools asked, whether or not the commune itself is asked', () => {
    expect(hasReportsBelow(cell(7, 5))).toBe(true);
    expect(hasReportsBelow(cell(null, 4))).toBe(true);
    expect(hasReportsBelow(cell(null, 0, 1))).toBe(true);
  });

  it('is false when nothing in the subtree is asked', () => {
    expect(hasReportsBelow(cell(null, 0))).toBe(false);
  });
});

describe('isDrillable', () => {
  it('opens a row when any campaign has reports below the child', () => {
    const unit = { id: 3, code: 'XA', name: 'UBND xã' };
    expect(isDrillable({ unit, cells: [cell(7, 1), cell(null, 3)] })).toBe(true);
    expect(isDrillable({ unit, cells: [cell(7, 1), cell(8, 1)] })).toBe(false);
  });
});
