/** Reading the children × campaigns matrix: which cells have reports below the child's own. */
import type { ReportMatrix } from '../../../../../common/contracts/campaigns.ts';

export type MatrixRow = ReportMatrix['rows'][number];
export type MatrixCell = MatrixRow['cells'][number];

/** A child has units of its own in a campaign when its subtree holds more reports than its own one (exempt ones count). */
export function hasReportsBelow(cell: MatrixCell): boolean {
  return cell.completeness.expected + cell.completeness.exempt > (cell.reportId !== null ? 1 : 0);
}

/** A row can be opened a level down when, in some campaign, the child has reports below its own. */
export function isDrillable(row: MatrixRow): boolean {
  return row.cells.some(hasReportsBelow);
}
