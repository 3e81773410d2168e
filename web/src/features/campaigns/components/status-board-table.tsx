/**
 * The "Tình hình nộp" tab: the current unit's own report, then each child as a row — its own
 * report (status, deadline, when submitted), its subtree's completeness with a drill-down,
 * and, for those who manage the campaign, exempt / lift / extend. Filter, search and sort
 * work on what is loaded; nothing is asked of the server again.
 */
import { ActionIcon, Anchor, Box, Button, EmptyState, Group, Menu, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconBuildingCommunity, IconCalendarPlus, IconChevronRight, IconCircleCheck, IconCircleOff, IconDots, IconSearch } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { BoardChild, CampaignDetail, StatusBoard } from '../../../../../common/contracts/campaigns.ts';
import { formatDate, formatDateTime, formatNumber } from '../../../../../common/text/format.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ReportStatusBadge } from '../../../components/report-status-badge.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { useLiftExemption } from '../api/lift-exemption.ts';
import type { SearchChanges } from '../hooks/use-unit-param.ts';
import { BOARD_FILTERS, BOARD_SORTS, viewBoardChildren, type BoardFilter, type BoardSort } from './board-view.ts';
import { CompletenessBar } from './completeness-bar.tsx';
import { ExemptUnitModal } from './exempt-unit-modal.tsx';
import { ExtendDeadlineModal } from './extend-deadline-modal.tsx';
import { RefreshButton } from './refresh-button.tsx';

/** Fewer children than this and a search box is only in the way. */
const SEARCH_FROM = 8;

type BoardReport = NonNullable<BoardChild['report']>;
type Dialog = { kind: 'exempt' | 'lift' | 'extend'; child: BoardChild & { report: BoardReport } } | null;

interface StatusBoardTableProps {
  campaign: CampaignDetail;
  board: UseQueryResult<StatusBoard>;
  unitId: number | undefined;
  searchWith: (changes: SearchChanges) => string;
}

export function StatusBoardTable({ campaign, board, unitId, searchWith }: StatusBoardTableProps) {
  const m = useMessages();
  const words = m.campaigns;
  const [filter, setFilter] = useState<BoardFilter>('all');
  const [sort, setSort] = useState<BoardSort>('name');
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownUnitId = board.data?.unit.id;
  const previousUnitId = useRef(shownUnitId);

  // After a drill-down (or a step back up) the rows are replaced: take focus to the new
  // board's heading so a keyboard or screen-reader user is not left on a vanished link.
  useEffect(() => {
    if (shownUnitId === undefined) return;
    if (previousUnitId.current !== undefined && previousUnitId.current !== shownUnitId) heading.current?.focus();
    previousUnitId.current = shownUnitId;
  }, [shownUnitId]);

  const rows = useMemo(() => viewBoardChildren(board.data?.children ?? [], { filter, sort, query }), [board.data, filter, sort, query]);

  if (board.isPending) return <PageLoader />;
  if (board.isError) return <LoadError error={board.error} onRetry={() => void board.refetch()} />;
  const data = board.data;
  const isLoadingOther = board.isPlaceholderData && unitId !== undefined && unitId !== data.unit.id;
  const hasFilters = filter !== 'all' || query.trim() !== '';

  return (
    <Stack gap="md" aria-busy={isLoadingOther || board.isFetching}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div className="page-header-text">
          <Title order={2} size="h3" ref={heading} tabIndex={-1} className="board-heading">
            {words.tabs.board}: {data.unit.name}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {words.boardIntro(data.unit.name)}
          </Text>
        </div>
        <RefreshButton what={words.tabs.board} updatedAt={board.dataUpdatedAt} isFetching={board.isFetching} onRefresh={() => void board.refetch()} />
      </Group>

      {data.ownReport ? <OwnReport unitName={data.unit.name} report={data.ownReport} /> : null}

      {data.children.length === 0 ? (
        <EmptyState icon={<IconBuildingCommunity aria-hidden="true" />} title={words.noChildren} size="sm" />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: data.children.length >= SEARCH_FROM ? 3 : 2 }} spacing="sm" maw={data.children.length >= SEARCH_FROM ? undefined : 640}>
            {data.children.length >= SEARCH_FROM ? (
              <TextInput
                type="search"
                label={words.searchUnits}
                leftSection={<IconSearch size={18} aria-hidden="true" />}
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                autoComplete="off"
              />
            ) : null}
            <NativeSelect
              label={words.filter}
              value={filter}
              onChange={(event) => setFilter(event.currentTarget.value as BoardFilter)}
              data={BOARD_FILTERS.map((value) => ({ value, label: words.filters[value] }))}
            />
            <NativeSelect
              label={words.sort}
              value={sort}
              onChange={(event) => setSort(event.currentTarget.value as BoardSort)}
              data={BOARD_SORTS.map((value) => ({ value, label: words.sorts[value] }))}
            />
          </SimpleGrid>
          <Group gap="sm" justify="space-between">
            <Text size="sm" c="dimmed" role="status">
              {words.shownOf(formatNumber(rows.length), formatNumber(data.children.length))}
            </Text>
            {hasFilters ? (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => {
                  setFilter('all');
                  setQuery('');
                }}
              >
                {words.clearFilters}
              </Button>
            ) : null}
          </Group>
          {rows.length === 0 ? (
            <Text size="sm">{words.noMatchingUnits}</Text>
          ) : (
            <Table verticalSpacing="sm" className="responsive-table board-table">
              <TableHead columns={[words.columns.unit, words.columns.report, words.columns.subtree]} hasActions={campaign.canManage} />
              <Table.Tbody>
                {rows.map((child) => (
                  <BoardRow
                    key={child.unit.id}
                    child={child}
                    campaignDeadline={campaign.deadline}
                    canManage={campaign.canManage}
                    drillSearch={searchWith({ unit: child.unit.id })}
                    onAction={(kind) => child.report && setDialog({ kind, child: { ...child, report: child.report } })}
                  />
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}

      {dialog?.kind === 'exempt' ? <ExemptUnitModal campaignId={campaign.id} unit={dialog.child.unit} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'extend' ? <ExtendDeadlineModal campaignId={campaign.id} unit={dialog.child.unit} deadline={dialog.child.report.deadline} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'lift' ? <LiftExemptionModal campaignId={campaign.id} unit={dialog.child.unit} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}

function OwnReport({ unitName, report }: { unitName: string; report: BoardReport }) {
  const m = useMessages();
  const words = m.campaigns;
  return (
    <Group className="board-own" justify="space-between" gap="sm" wrap="wrap">
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {words.ownReportOfUnit(unitName)}
        </Text>
        <ReportFacts report={report} campaignDeadline={null} />
      </Stack>
      <Button component={Link} to={`/reports/${report.id}`} variant="light" size="xs" aria-label={words.openReportOf(unitName)}>
        {words.openReport}
      </Button>
    </Group>
  );
}

/** Status, deadline (marked when extended), when submitted, why exempt. */
function ReportFacts({ report, campaignDeadline }: { report: BoardReport; campaignDeadline: string | null }) {
  const m = useMessages();
  const words = m.campaigns;
  const isExtended = campaignDeadline !== null && report.deadline !== campaignDeadline;
  return (
    <Stack gap={2} align="flex-start">
      <ReportStatusBadge status={report.status} />
      {report.status !== 'exempt' ? (
        <Text size="xs" c={isExtended ? undefined : 'dimmed'} fw={isExtended ? 600 : undefined}>
          {isExtended ? words.extendedTo(formatDate(report.deadline)) : words.deadlineOn(formatDate(report.deadline))}
        </Text>
      ) : null}
      {report.submittedAt ? (
        <Text size="xs" c="dimmed">
          {words.submittedAt(formatDateTime(report.submittedAt))}
        </Text>
      ) : null}
      {report.lateReason ? (
        <Text size="xs" c="dimmed">
          {words.lateReason(report.lateReason)}
        </Text>
      ) : null}
      {report.exemptionReason ? (
        <Text size="xs" c="dimmed">
          {words.exemptReason(report.exemptionReason)}
        </Text>
      ) : null}
    </Stack>
  );
}

interface BoardRowProps {
  child: BoardChild;
  campaignDeadline: string;
  canManage: boolean;
  drillSearch: string;
  onAction: (kind: 'exempt' | 'lift' | 'extend') => void;
}

function BoardRow({ child, campaignDeadline, canManage, drillSearch, onAction }: BoardRowProps) {
  const m = useMessages();
  const words = m.campaigns;
  const { unit, report } = child;
  const hasBelow = unit.childCount > 0 && child.completeness.expected + child.completeness.exempt > (report ? 1 : 0);
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} size="sm" className="campaign-name">
          {unit.name}
        </Text>
        <Text size="xs" c="dimmed">
          {unit.kindName}
        </Text>
      </Table.Td>
      <Table.Td data-label={words.columns.report}>
        {report ? (
          <Stack gap={4} align="flex-start">
            <ReportFacts report={report} campaignDeadline={campaignDeadline} />
            <Anchor component={Link} to={`/reports/${report.id}`} size="sm" aria-label={words.openReportOf(unit.name)}>
              {words.openReport}
            </Anchor>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {words.notAsked}
          </Text>
        )}
      </Table.Td>
      <Table.Td data-label={words.columns.subtree} data-empty={hasBelow ? undefined : 'true'}>
        {hasBelow ? (
          <Stack gap={4} align="flex-start">
            <CompletenessBar completeness={child.completeness} variant="compact" />
            <Anchor component={Link} to={{ search: drillSearch }} size="sm" aria-label={words.drillDownOf(formatNumber(unit.childCount), unit.name)}>
              <Group gap={2} wrap="nowrap" component="span">
                {words.drillDown(formatNumber(unit.childCount))}
                <IconChevronRight size={14} aria-hidden="true" />
              </Group>
            </Anchor>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {m.app.none}
          </Text>
        )}
      </Table.Td>
      {canManage ? (
        <Table.Td className="cell-actions">
          {report && report.status !== 'approved' ? <RowActions unitName={unit.name} isExempt={report.status === 'exempt'} onAction={onAction} /> : null}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

function RowActions({ unitName, isExempt, onAction }: { unitName: string; isExempt: boolean; onAction: (kind: 'exempt' | 'lift' | 'extend') => void }) {
  const m = useMessages();
  const words = m.campaigns;
  return (
    <Box>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={words.rowActions(unitName)}>
            <IconDots size={18} aria-hidden="true" />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {isExempt ? (
            <Menu.Item leftSection={<IconCircleCheck size={16} aria-hidden="true" />} onClick={() => onAction('lift')}>
              {words.liftExemption}
            </Menu.Item>
          ) : (
            <>
              <Menu.Item leftSection={<IconCalendarPlus size={16} aria-hidden="true" />} onClick={() => onAction('extend')}>
                {words.extendMenu}
              </Menu.Item>
              <Menu.Item leftSection={<IconCircleOff size={16} aria-hidden="true" />} onClick={() => onAction('exempt')}>
                {words.exemptMenu}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
    </Box>
  );
}

function LiftExemptionModal({ campaignId, unit, onClose }: { campaignId: number; unit: { id: number; name: string }; onClose: () => void }) {
  const m = useMessages();
  const words = m.campaigns;
  const lift = useLiftExemption(campaignId);
  return (
    <ConfirmModal
      opened
      title={words.liftTitle(unit.name)}
      confirmLabel={words.liftExemption}
      isPending={lift.isPending}
      error={lift.error}
      onClose={onClose}
      onConfirm={() =>
        lift.mutate(unit.id, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: words.lifted(unit.name) });
            onClose();
          },
        })
      }
    >
      {words.liftConfirm(unit.name)}
    </ConfirmModal>
  );
}
