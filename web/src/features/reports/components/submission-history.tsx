/** Every submission of the report (lịch sử nộp), as frozen at the time: when, by whom, late or not. */
import { Badge, List, Text } from '@mantine/core';
import type { ReportDetail } from '../../../../../common/contracts/campaigns.ts';
import { formatDateTime } from '../../../../../common/text/format.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { useMessages } from '../../../lib/i18n.tsx';

export function SubmissionHistory({ snapshots }: { snapshots: ReportDetail['snapshots'] }) {
  const m = useMessages();
  if (snapshots.length === 0) return null;
  return (
    <SectionCard id="report-history-title" title={m.reports.historyTitle} titleSize="h4">
      <List spacing="xs" size="sm" listStyleType="none" className="report-history" data-testid="report-history">
        {[...snapshots].reverse().map((snapshot) => (
          <List.Item key={snapshot.seq}>
            <Text size="sm" component="span" fw={600}>
              {m.reports.historyItem(String(snapshot.seq), formatDateTime(snapshot.submittedAt))}
            </Text>
            {snapshot.submittedByName ? (
              <Text size="sm" component="span" c="dimmed">
                {' '}
                — {m.reports.historyBy(snapshot.submittedByName)}
              </Text>
            ) : null}{' '}
            {snapshot.isLate ? (
              <Badge color="yellow" variant="light" size="sm">
                {m.reports.late}
              </Badge>
            ) : null}
          </List.Item>
        ))}
      </List>
    </SectionCard>
  );
}
