/**
 * The top of a report: what it is (campaign, unit, period, as-of date), when it is due
 * (and any extension), its status, who reviews it, who saved it last — and, when it
 * cannot be edited, why; when it was returned, what the unit above said.
 */
import { Alert, Anchor, Group, SimpleGrid, Text } from '@mantine/core';
import { IconArrowBackUp, IconChevronLeft, IconCircleCheck, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { daysLeft } from '../../../../../common/campaigns/deadlines.ts';
import type { ReportDetail } from '../../../../../common/contracts/campaigns.ts';
import { formatDate, formatDateTime } from '../../../../../common/text/format.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ReportStatusBadge } from '../../../components/report-status-badge.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { DeadlineCountdown } from './deadline-countdown.tsx';

const STILL_DUE = new Set(['due', 'draft', 'overdue', 'returned', 'not-open']);

export function ReportHeader({ detail, actions }: { detail: ReportDetail; actions?: ReactNode }) {
  const m = useMessages();
  const { campaign } = detail;
  const isExempt = detail.exemptionReason !== null;

  // The title names the report; above it, only the way back (a long name would not fit a phone twice).
  const breadcrumb = (
    <nav aria-label={m.reports.breadcrumb} className="breadcrumb">
      <Anchor component={Link} to="/reports" size="sm" className="report-back">
        <IconChevronLeft size={16} aria-hidden="true" />
        {m.reports.myReportsTitle}
      </Anchor>
    </nav>
  );

  return (
    <>
      <PageHeader above={breadcrumb} title={campaign.name} description={`${detail.unit.name} · ${campaign.periodLabel}`} actions={actions} />
      <Group gap="xs">
        <ReportStatusBadge status={detail.status} size="lg" />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" verticalSpacing="xs" component="dl" className="report-facts">
        <Fact label={m.reports.unit}>
          {detail.unit.name}
          <Text component="span" size="xs" c="dimmed" display="block">
            {detail.unit.kindName}
          </Text>
        </Fact>
        <Fact label={m.reports.period}>{campaign.periodLabel}</Fact>
        <Fact label={m.reports.asOf}>{formatDate(campaign.asOf)}</Fact>
        <Fact label={m.reports.deadline}>
          <span className="nowrap">{formatDate(detail.deadline)}</span>
          {STILL_DUE.has(detail.status) && !isExempt ? (
            <>
              {' '}
              <DeadlineCountdown days={daysLeft(detail.deadline, new Date())} />
            </>
          ) : null}
          {detail.extendedDeadline ? (
            <Text component="span" size="xs" c="dimmed" display="block">
              {m.reports.extendedFrom(formatDate(campaign.deadline))}
              {detail.extensionReason ? `. ${m.reports.extensionReason(detail.extensionReason)}` : ''}
            </Text>
          ) : null}
        </Fact>
        <Fact label={m.reports.issuer}>{campaign.issuer.name}</Fact>
        <Fact label={m.reports.reviewer}>{detail.reviewer.name}</Fact>
        <Fact label={m.reports.lastSaved}>
          {detail.state === 'none' ? m.reports.neverSaved : m.reports.lastSavedBy(detail.updatedByName ?? m.reports.someoneElse, formatDateTime(detail.updatedAt))}
        </Fact>
        {detail.submittedAt ? (
          <Fact label={m.reports.submittedAt}>
            {formatDateTime(detail.submittedAt)}
            {detail.lateReason ? (
              <Text component="span" size="xs" c="dimmed" display="block">
                {m.reports.lateReasonLabel}: {detail.lateReason}
              </Text>
            ) : null}
          </Fact>
        ) : null}
      </SimpleGrid>

      {isExempt ? (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />}>
          {m.reports.exempt(detail.exemptionReason ?? '')}
        </Alert>
      ) : null}
      {detail.state === 'returned' && detail.reviewComment ? (
        <Alert color="orange" variant="light" icon={<IconArrowBackUp aria-hidden="true" />} title={detail.isReopened ? m.reports.reopenedNote : m.reports.returnedTitle}>
          <Text size="sm" className="report-answer-text">
            {detail.reviewComment}
          </Text>
          {detail.reviewedByName && detail.reviewedAt ? (
            <Text size="xs" c="dimmed" mt={4}>
              {m.reports.returnedBy(detail.reviewedByName, formatDateTime(detail.reviewedAt))}
            </Text>
          ) : null}
        </Alert>
      ) : null}
      {detail.state === 'approved' ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />} title={m.reports.approvedTitle}>
          {detail.reviewedByName && detail.reviewedAt ? <Text size="sm">{m.reports.returnedBy(detail.reviewedByName, formatDateTime(detail.reviewedAt))}</Text> : null}
          {detail.reviewComment ? (
            <Text size="sm" className="report-answer-text">
              {detail.reviewComment}
            </Text>
          ) : null}
        </Alert>
      ) : null}
      {!detail.canEdit && !isExempt && detail.state !== 'approved' && detail.editBlockedReason ? (
        <Alert color="blue" variant="light" icon={<IconLock aria-hidden="true" />} title={m.reports.readOnlyTitle}>
          {detail.editBlockedReason}
        </Alert>
      ) : null}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="report-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
