/**
 * The "Số liệu tổng hợp" tab: the current unit's live subtree totals, section by section,
 * laid out by disaggregation (Tổng số | Nữ | Nam | % nữ) with how many units gave each
 * figure, and the two downloads. Wide tables scroll sideways with the item's name kept in view.
 */
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { CampaignDetail } from '../../../../../common/contracts/campaigns.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { campaignExportUrl } from '../api/export-campaign.ts';
import { useUnitRollup } from '../api/get-unit-rollup.ts';
import { RefreshButton } from './refresh-button.tsx';
import { hasUnsummedItems, rollupSections, type RollupRow } from './rollup-rows.ts';

export function UnitRollupTables({ campaign, unitId }: { campaign: CampaignDetail; unitId: number | undefined }) {
  const m = useMessages();
  const words = m.campaigns;
  const rollup = useUnitRollup(campaign.id, unitId);
  const sections = useMemo(
    () => (rollup.data ? rollupSections(rollup.data.definition, rollup.data.totals, { minority: words.minority, groups: words.groups }) : []),
    [rollup.data, words],
  );

  if (rollup.isPending) return <PageLoader />;
  if (rollup.isError) return <LoadError error={rollup.error} onRetry={() => void rollup.refetch()} />;
  const data = rollup.data;
  const c = data.completeness;

  return (
    <Stack gap="lg" aria-busy={rollup.isFetching}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div className="page-header-text">
          <Title order={2} size="h3">
            {words.tabs.rollup}: {data.unit.name}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {words.rollupIntro(data.unit.name)} {words.rollupBasisNote(words.basis[data.rollupBasis])} {words.rollupReporting(formatNumber(c.submitted), formatNumber(c.expected))}
          </Text>
        </div>
        <Group gap="xs">
          <RefreshButton what={words.tabs.rollup} updatedAt={rollup.dataUpdatedAt} isFetching={rollup.isFetching} onRefresh={() => void rollup.refetch()} />
          <Button
            component="a"
            href={campaignExportUrl(campaign.id, 'xlsx', unitId)}
            download
            variant="default"
            size="sm"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            aria-label={words.exportOf('Excel (.xlsx)', data.unit.name)}
          >
            {words.exportXlsx}
          </Button>
          <Button
            component="a"
            href={campaignExportUrl(campaign.id, 'csv', unitId)}
            download
            variant="default"
            size="sm"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            aria-label={words.exportOf('CSV', data.unit.name)}
          >
            {words.exportCsv}
          </Button>
        </Group>
      </Group>

      {sections.length === 0 ? <Text size="sm">{words.noNumbers}</Text> : null}
      {sections.length > 0 ? (
        <Text size="xs" c="dimmed" hiddenFrom="md" mb={-12}>
          {words.scrollHint}
        </Text>
      ) : null}
      {sections.map((section) => (
        <div key={section.code}>
          <Title order={3} size="h5" id={`rollup-${section.code}`} mb="xs">
            {section.title}
          </Title>
          <Table.ScrollContainer minWidth={640} type="native" tabIndex={0} role="region" aria-labelledby={`rollup-${section.code}`}>
            <Table className="sticky-table rollup-table" verticalSpacing="xs" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{words.rollupColumns.element}</Table.Th>
                  <Table.Th scope="col" className="num">
                    {words.rollupColumns.total}
                  </Table.Th>
                  <Table.Th scope="col" className="num">
                    {words.rollupColumns.female}
                  </Table.Th>
                  <Table.Th scope="col" className="num">
                    {words.rollupColumns.male}
                  </Table.Th>
                  <Table.Th scope="col" className="num">
                    {words.rollupColumns.femaleShare}
                  </Table.Th>
                  <Table.Th scope="col" className="num">
                    {words.rollupColumns.reporting}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {section.rows.map((row) => (
                  <RollupTableRow row={row} key={row.key} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      ))}

      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {words.shareNote}
        </Text>
        {hasUnsummedItems(data.definition) ? (
          <Text size="xs" c="dimmed">
            {words.unsummedNote}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}

function RollupTableRow({ row }: { row: RollupRow }) {
  const m = useMessages();
  const words = m.campaigns;
  const number = (value: number | null) =>
    value === null ? (
      <span className="blank-cell" title={words.blankLabel}>
        {words.blank}
        <span className="visually-hidden"> {words.blankLabel}</span>
      </span>
    ) : (
      formatNumber(value)
    );
  return (
    <Table.Tr data-sub={row.isSub ? 'true' : undefined}>
      <Table.Th scope="row" fw={row.isSub ? 400 : 500}>
        {row.label}
        {row.isSub ? null : (
          <Text span size="xs" c="dimmed" fw={400} className="nowrap">
            {' '}({words.unitOfMeasure(row.unit)})
          </Text>
        )}
      </Table.Th>
      {!row.isSummable ? (
        <Table.Td colSpan={4} className="blank-cell">
          {words.notSummable}
        </Table.Td>
      ) : (
        <>
          <Table.Td className="num">{number(row.total)}</Table.Td>
          <Table.Td className="num">{row.hasSexSplit ? number(row.female) : ''}</Table.Td>
          <Table.Td className="num">{row.hasSexSplit ? number(row.male) : ''}</Table.Td>
          <Table.Td className="num share">{row.hasSexSplit ? (row.femaleShare === null ? number(null) : words.percent(formatNumber(row.femaleShare))) : ''}</Table.Td>
        </>
      )}
      <Table.Td className="num">{formatNumber(row.reportingUnits)}</Table.Td>
    </Table.Tr>
  );
}
