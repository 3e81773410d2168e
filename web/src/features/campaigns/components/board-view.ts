/**
 * Which rows of a status board to show and in what order: filter by what needs doing
 * ("chỉ đơn vị quá hạn"), search by name or code (diacritics ignored), sort by name (the
 * server's Vietnamese order), by urgency or by the share submitted.
 */
import type { BoardChild } from '../../../../../common/contracts/campaigns.ts';
import { toSearchKey } from '../../../../../common/text/vietnamese.ts';

export const BOARD_FILTERS = ['all', 'not-submitted', 'overdue', 'returned', 'submitted', 'exempt'] as const;
export type BoardFilter = (typeof BOARD_FILTERS)[number];

export const BOARD_SORTS = ['name', 'urgency', 'progress'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

export interface BoardView {
  filter: BoardFilter;
  sort: BoardSort;
  query: string;
}

/** A row concerns its child's own report and its whole subtree (the child included). */
function matches(child: BoardChild, filter: BoardFilter): boolean {
  const { completeness: c, report } = child;
  switch (filter) {
    case 'all':
      return true;
    case 'not-submitted':
      return c.expected > c.submitted;
    case 'overdue':
      return c.overdue > 0;
    case 'returned':
      return c.returned > 0 || report?.status === 'returned';
    case 'submitted':
      return c.expected > 0 && c.submitted === c.expected;
    case 'exempt':
      return c.exempt > 0 || report?.status === 'exempt';
  }
}

/** Lower needs attention sooner: overdue, returned, still to come, all submitted, nothing asked. */
function urgencyTier(child: BoardChild): number {
  const c = child.completeness;
  if (c.overdue > 0) return 0;
  if (c.returned > 0) return 1;
  if (c.expected > c.submitted) return 2;
  if (c.expected > 0) return 3;
  return 4;
}

const percentOrLast = (child: BoardChild) => child.completeness.submittedPercent ?? Number.POSITIVE_INFINITY;

export function viewBoardChildren(children: readonly BoardChild[], view: BoardView): BoardChild[] {
  const query = toSearchKey(view.query);
  const shown = children
    .map((child, index) => ({ child, index }))
    .filter(({ child }) => matches(child, view.filter))
    .filter(({ child }) => query === '' || toSearchKey(`${child.unit.name} ${child.unit.code}`).includes(query));
  if (view.sort === 'urgency') {
    shown.sort((a, b) => urgencyTier(a.child) - urgencyTier(b.child) || b.child.completeness.overdue - a.child.completeness.overdue || a.index - b.index);
  } else if (view.sort === 'progress') {
    shown.sort((a, b) => percentOrLast(a.child) - percentOrLast(b.child) || a.index - b.index);
  }
  return shown.map(({ child }) => child);
}
