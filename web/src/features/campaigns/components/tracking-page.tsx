/**
 * /campaigns/tracking — "Theo dõi nộp báo cáo": the units directly below the viewer's unit
 * (or `?unit=` after a drill-down) × the latest campaigns that concern it. Each cell is the
 * child's own status (a link to its report) and its subtree's completeness (a link to the
 * campaign's board for that child).
 */
import { Anchor, Breadcrumbs, Card, EmptyState, Stack, Table, Text } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ReportMatrix } from '../../../../../common/contracts/campaigns.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ReportStatusBadge } from '../../../components/report-status-badge.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useActiveRole } from '../../../lib/session.ts';
import { useReportMatrix } from '../api/get-report-matrix.ts';
import { useUnit } from '../api/get-unit.ts';
import { useUnitParam } from '../hooks/use-unit-param.ts';
import { CompletenessBar } from './completeness-bar.tsx';
import { hasReportsBelow, isDrillable, type MatrixRow } from './report-matrix.ts';
import './campaigns.css';

export function TrackingPage() {
  const m = useMessages();
  const words = m.campaigns;
  usePageTitle(words.trackingTitle);
  const role = useActiveRole();
  const { unitId: param, searchWith } = useUnitParam();
  const unitId = param ?? role?.unitId ?? 0;
  const matrix = useReportMatrix(unitId);
  const unit = useUnit(unitId);

  const breadcrumb =
    param !== undefined && unit.data ? (
      <nav aria-label={words.viewing} className="breadcrumb">
        <Breadcrumbs separator="›" separatorMargin={6}>
          {unit.data.ancestors.map((ancestor) => (
            <Anchor component={Link} to={{ search: searchWith({ unit: ancestor.id === role?.unitId ? null : ancestor.id }) }} size="sm" key={ancestor.id}>
              {ancestor.name}
            </Anchor>
          ))}
          <Text size="sm" aria-current="location" fw={600}>
            {unit.data.name}
          </Text>
        </Breadcrumbs>
      </nav>
    ) : null;

  return (
    <Stack gap="md">
      <PageHeader above={breadcrumb} title={words.trackingTitle} description={words.trackingIntro} />
      {matrix.isPending ? <PageLoader /> : null}
      {matrix.isError ? <LoadError error={matrix.error} onRetry={() => void matrix.refetch()} /> : null}
      {matrix.isSuccess ? <Matrix matrix={matrix.data} isFetching={matrix.isFetching} searchWith={searchWith} /> : null}
    </Stack>
  );
}

function Matrix({ matrix, isFetching, searchWith }: { matrix: ReportMatrix; isFetching: boolean; searchWith: (changes: Record<string, number | null>) => string }) {
  const m = useMessages();
  const words = m.campaigns;
  const captionId = 'matrix-caption';
  const campaignNames = new Map(matrix.campaigns.map((campaign) => [campaign.id, campaign.name]));
  if (matrix.campaigns.length === 0 || matrix.rows.length === 0) {
    return (
      <Card withBorder radius="md" padding="lg">
        <EmptyState icon={<IconTable aria-hidden="true" />} title={matrix.campaigns.length === 0 ? words.empty : words.noTrackedChildren} size="sm" />
      </Card>
    );
  }
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="xs">
        <Text fw={600} id={captionId}>
          {words.columns.unit}: {matrix.unit.name}
        </Text>
        <Text size="xs" c="dimmed" hiddenFrom="md">
          {words.scrollHint}
        </Text>
        <Table.ScrollContainer minWidth={200 + matrix.campaigns.length * 180} type="native" tabIndex={0} role="region" aria-labelledby={captionId}>
          <Table className="sticky-table matrix-table" verticalSpacing="sm" withTableBorder withColumnBorders aria-busy={isFetching} aria-labelledby={captionId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{words.columns.unit}</Table.Th>
                {matrix.campaigns.map((campaign) => (
                  <Table.Th scope="col" key={campaign.id}>
                    <Anchor component={Link} to={`/campaigns/${campaign.id}`} size="sm" fw={600} className="campaign-name">
                      {campaign.name}
                    </Anchor>
                    <Text size="xs" c="dimmed" fw={400}>
                      {campaign.periodLabel} · {words.deadlineOn(formatDate(campaign.deadline))}
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matrix.rows.map((row) => (
                <MatrixTableRow row={row} key={row.unit.id} campaignNames={campaignNames} drillSearch={searchWith({ unit: row.unit.id })} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}

function MatrixTableRow({ row, campaignNames, drillSearch }: { row: MatrixRow; campaignNames: ReadonlyMap<number, string>; drillSearch: string }) {
  const m = useMessages();
  const words = m.campaigns;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {isDrillable(row) ? (
          <Anchor component={Link} to={{ search: drillSearch }} size="sm" fw={600} className="campaign-name">
            {row.unit.name}
          </Anchor>
        ) : (
          <Text size="sm" fw={600} className="campaign-name">
            {row.unit.name}
          </Text>
        )}
      </Table.Th>
      {row.cells.map((cell) => (
        <Table.Td key={cell.campaignId}>
          <div className="matrix-cell">
            {cell.status && cell.reportId !== null ? (
              <Link to={`/reports/${cell.reportId}`} aria-label={`${words.openReportOf(row.unit.name)}: ${m.reportStatus[cell.status]}`}>
                <ReportStatusBadge status={cell.status} />
              </Link>
            ) : null}
            {hasReportsBelow(cell) ? (
              <Anchor
                component={Link}
                to={`/campaigns/${cell.campaignId}?unit=${row.unit.id}`}
                size="xs"
                underline="never"
                className="matrix-progress"
                aria-label={`${words.openBoardOf(row.unit.name, campaignNames.get(cell.campaignId) ?? '')}: ${words.submittedOf(String(cell.completeness.submitted), String(cell.completeness.expected))}${cell.completeness.overdue > 0 ? `, ${words.overdueCount(String(cell.completeness.overdue))}` : ''}`}
              >
                <CompletenessBar completeness={cell.completeness} variant="compact" />
              </Anchor>
            ) : null}
            {!cell.status && !hasReportsBelow(cell) ? (
              <Text size="sm" c="dimmed">
                {m.app.none}
                <span className="visually-hidden"> {words.notAsked}</span>
              </Text>
            ) : null}
          </div>
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
