/**
 * /reports — "Báo cáo của tôi": every report the active role's unit is asked for, in the
 * server's order (most urgent first): what it is, who asked, for which period, its status,
 * the deadline and how far off it is, and what the unit above said when it returned one.
 */
import './report-form.css';
import { Alert, Anchor, Card, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconClipboardList } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MyReport } from '../../../../../common/contracts/campaigns.ts';
import { formatDate, formatDateTime } from '../../../../../common/text/format.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ReportStatusBadge } from '../../../components/report-status-badge.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { activeRoleOf, useSession } from '../../../lib/session.ts';
import { useMyReports } from '../api/get-my-reports.ts';
import { DeadlineCountdown } from './deadline-countdown.tsx';

const STILL_DUE = new Set<MyReport['status']>(['due', 'draft', 'overdue', 'returned']);

export function MyReportsPage() {
  const m = useMessages();
  usePageTitle(m.reports.myReportsTitle);
  const role = activeRoleOf(useSession());
  const reports = useMyReports();

  return (
    <Stack gap="md">
      <PageHeader title={m.reports.myReportsTitle} description={role ? `${role.unitName} · ${m.reports.myReportsIntro}` : m.reports.myReportsIntro} />
      {reports.isPending ? <PageLoader /> : null}
      {reports.isError ? <LoadError error={reports.error} onRetry={() => void reports.refetch()} /> : null}
      {reports.isSuccess && reports.data.length === 0 ? (
        <Card withBorder radius="md" padding="lg">
          <EmptyState icon={<IconClipboardList aria-hidden="true" />} title={m.reports.myReportsEmpty} description={m.reports.myReportsEmptyHint} size="sm" />
        </Card>
      ) : null}
      {reports.isSuccess && reports.data.length > 0 ? (
        <ul className="plain-list my-reports" aria-label={m.reports.myReportsTitle}>
          {reports.data.map((report) => (
            <li key={report.reportId}>
              <MyReportCard report={report} />
            </li>
          ))}
        </ul>
      ) : null}
    </Stack>
  );
}

function MyReportCard({ report }: { report: MyReport }) {
  const m = useMessages();
  return (
    <Card withBorder radius="md" padding="md" className="my-report" data-status={report.status}>
      <div className="my-report-body">
        <div className="my-report-main">
          <Anchor component={Link} to={`/reports/${report.reportId}`} fw={700} className="my-report-link">
            {report.campaignName}
          </Anchor>
          <Text size="sm" c="dimmed" mt={2}>
            {m.reports.issuedBy(report.issuer.name)}
          </Text>
          <Text size="sm" mt={2}>
            {m.reports.period}: {report.periodLabel}
          </Text>
        </div>
        <div className="my-report-side">
          <ReportStatusBadge status={report.status} size="md" />
          <Group gap={6} wrap="wrap" justify="flex-end" className="my-report-deadline">
            <Text size="sm" fw={500} className="nowrap">
              {m.reports.deadlineOn(formatDate(report.deadline))}
            </Text>
            {STILL_DUE.has(report.status) ? <DeadlineCountdown days={report.daysLeft} /> : null}
          </Group>
          {report.status === 'not-open' ? (
            <Text size="xs" c="dimmed">
              {m.reports.opensOn(formatDate(report.opensOn))}
            </Text>
          ) : null}
          {report.submittedAt && !STILL_DUE.has(report.status) ? (
            <Text size="xs" c="dimmed">
              {m.reports.submittedOn(formatDateTime(report.submittedAt))}
            </Text>
          ) : null}
        </div>
      </div>
      {report.status === 'returned' && report.reviewComment ? (
        <Alert color="orange" variant="light" icon={<IconArrowBackUp aria-hidden="true" />} title={m.reports.returnedComment} mt="sm" className="my-report-comment">
          <Text size="sm" className="report-answer-text">
            {report.reviewComment}
          </Text>
        </Alert>
      ) : null}
    </Card>
  );
}
