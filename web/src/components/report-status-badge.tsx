/**
 * A report's status as a coloured badge, the same everywhere (my reports, the form, the
 * status board, the children × campaigns matrix). Colour is never the only signal: the
 * label is always there.
 */
import { Badge } from '@mantine/core';
import type { ReportStatus } from '../../../common/campaigns/deadlines.ts';
import { useMessages } from '../lib/i18n.tsx';

/** Mantine colours by status: red needs action now, orange soon, green done, grey nothing to do. */
export const REPORT_STATUS_COLOR: Record<ReportStatus, string> = {
  'not-open': 'gray',
  due: 'blue',
  draft: 'indigo',
  submitted: 'teal',
  'submitted-late': 'yellow',
  overdue: 'red',
  returned: 'orange',
  approved: 'green',
  exempt: 'gray',
};

export function ReportStatusBadge({ status, size = 'sm' }: { status: ReportStatus; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const m = useMessages();
  return (
    <Badge color={REPORT_STATUS_COLOR[status]} variant={status === 'overdue' || status === 'approved' ? 'filled' : 'light'} size={size} className={`report-status report-status-${status}`}>
      {m.reportStatus[status]}
    </Badge>
  );
}
