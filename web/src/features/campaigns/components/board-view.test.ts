import { describe, expect, it } from 'vitest';
import type { BoardChild, Completeness } from '../../../../../common/contracts/campaigns.ts';
import type { ReportStatus } from '../../../../../common/campaigns/deadlines.ts';
import { viewBoardChildren, type BoardView } from './board-view.ts';

function counts(partial: Partial<Completeness>): Completeness {
  const c = { expected: 0, submitted: 0, onTime: 0, late: 0, overdue: 0, pending: 0, approved: 0, returned: 0, exempt: 0, ...partial };
  return { ...c, submittedPercent: c.expected ? (c.submitted / c.expected) * 100 : null, onTimePercent: c.expected ? (c.onTime / c.expected) * 100 : null };
}

function child(id: number, name: string, status: ReportStatus | null, completeness: Partial<Completeness>): BoardChild {
  return {
    unit: { id, code: `U-${id}`, name, kindName: 'Trường', childCount: 0 },
    report: status ? { id: id * 10, status, deadline: '2026-06-30', submittedAt: null, lateReason: null, exemptionReason: status === 'exempt' ? 'Sáp nhập' : null } : null,
    completeness: counts(completeness),
  };
}

// In the server's order (Vietnamese collation by name).
const rows = [
  child(1, 'Trường Mầm non Ngũ Hiệp', 'submitted', { expected: 1, submitted: 1, onTime: 1 }),
  child(2, 'Trường THCS Đông Mỹ', 'overdue', { expected: 1, overdue: 1 }),
  child(3, 'UBND xã Đại Thanh', null, { expected: 4, submitted: 1, onTime: 1, pending: 3 }),
  child(4, 'UBND xã Thanh Trì', 'returned', { expected: 5, submitted: 3, onTime: 3, returned: 1, overdue: 2 }),
  child(5, 'Trường Tiểu học Yên Mỹ', 'exempt', { exempt: 1 }),
];
const view = (changes: Partial<BoardView>): BoardView => ({ filter: 'all', sort: 'name', query: '', ...changes });
const ids = (list: BoardChild[]) => list.map((c) => c.unit.id);

describe('viewBoardChildren', () => {
  it('keeps the server’s order by name', () => {
    expect(ids(viewBoardChildren(rows, view({})))).toEqual([1, 2, 3, 4, 5]);
  });

  it('filters on the child’s own report and its whole subtree', () => {
    expect(ids(viewBoardChildren(rows, view({ filter: 'overdue' })))).toEqual([2, 4]);
    expect(ids(viewBoardChildren(rows, view({ filter: 'not-submitted' })))).toEqual([2, 3, 4]);
    expect(ids(viewBoardChildren(rows, view({ filter: 'submitted' })))).toEqual([1]);
    expect(ids(viewBoardChildren(rows, view({ filter: 'returned' })))).toEqual([4]);
    expect(ids(viewBoardChildren(rows, view({ filter: 'exempt' })))).toEqual([5]);
  });

  it('finds units by name without diacritics, or by code', () => {
    expect(ids(viewBoardChildren(rows, view({ query: 'dong my' })))).toEqual([2]);
    expect(ids(viewBoardChildren(rows, view({ query: 'u-3' })))).toEqual([3]);
    expect(ids(viewBoardChildren(rows, view({ query: 'ubnd', filter: 'overdue' })))).toEqual([4]);
  });

  it('sorts the most urgent first: overdue (most first), returned, still to come, done, nothing asked', () => {
    expect(ids(viewBoardChildren(rows, view({ sort: 'urgency' })))).toEqual([4, 2, 3, 1, 5]);
  });

  it('sorts by the share submitted, lowest first, nothing asked last', () => {
    expect(ids(viewBoardChildren(rows, view({ sort: 'progress' })))).toEqual([2, 3, 4, 1, 5]);
  });
});
