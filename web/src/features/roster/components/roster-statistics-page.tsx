/**
 * /roster/statistics — "Thống kê đội ngũ": the figures computed from the rosters of the
 * active unit's subtree (or of a unit below, picked), as of a day. Aggregates only: the
 * server never sends a person here, whoever asks.
 */
import { Alert, Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { RosterStatistics } from '../../../../../common/contracts/roster.ts';
import { formatDate, formatNumber, parseVietnameseDate } from '../../../../../common/text/format.ts';
import { DateField } from '../../../components/date-field.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useActiveRole } from '../../../lib/session.ts';
import { useRosterStatistics } from '../api/get-roster-statistics.ts';
import { useUnit } from '../api/get-unit.ts';
import { canKeepRoster } from '../hooks/use-roster-access.ts';
import './roster.css';

export function RosterStatisticsPage() {
  const m = useMessages();
  const w = m.roster.statistics;
  usePageTitle(w.title);
  const role = useActiveRole();
  const [params, setParams] = useSearchParams();
  const [asOfText, setAsOfText] = useState('');
  const asOf = parseVietnameseDate(asOfText) ?? undefined;
  const rawUnit = Number(params.get('unit'));
  const unitId = Number.isInteger(rawUnit) && rawUnit > 0 ? rawUnit : undefined;
  const ownUnit = useUnit(role?.unitId);
  const hasUnitsBelow = (ownUnit.data?.childCount ?? 0) > 0;
  const statistics = useRosterStatistics({ unitId, asOf });
  const [picked, setPicked] = useState<PickedUnit | null>(null);

  const shown = statistics.data?.unit;
  const pickerValue: PickedUnit | null = picked ?? (shown ? { id: shown.id, code: shown.code, name: shown.name } : null);
  const isOwnUnit = shown?.id === role?.unitId;

  return (
    <Stack gap="md">
      <PageHeader title={w.title} description={w.intro} />

      <Group align="flex-end" gap="md" wrap="wrap">
        {hasUnitsBelow ? (
          <div style={{ flex: '1 1 320px', maxWidth: 520 }}>
            <UnitPicker
              label={w.unit}
              description={w.unitHint}
              value={pickerValue}
              clearable={false}
              onChange={(unit) => {
                setPicked(unit);
                setParams(
                  (current) => {
                    const next = new URLSearchParams(current);
                    if (!unit || unit.id === role?.unitId) next.delete('unit');
                    else next.set('unit', String(unit.id));
                    return next;
                  },
                  { replace: true },
                );
              }}
            />
          </div>
        ) : null}
        <DateField label={w.asOf} description={w.asOfHint} value={asOfText} onChange={setAsOfText} error={asOfText.trim() && !asOf ? m.validation.invalidDate : undefined} w={170} />
      </Group>

      {statistics.isPending ? (
        <PageLoader />
      ) : statistics.isError ? (
        <LoadError error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : (
        <StatisticsTable statistics={statistics.data} />
      )}

      {statistics.data && isOwnUnit && canKeepRoster(role?.role) ? (
        <Text size="sm">
          <Anchor component={Link} to="/roster">
            {w.editRoster}
          </Anchor>
        </Text>
      ) : null}
    </Stack>
  );
}

function share(part: number, total: number): string | null {
  return total > 0 ? `${formatNumber((part / total) * 100, 1)}%` : null;
}

function StatisticsTable({ statistics }: { statistics: RosterStatistics }) {
  const m = useMessages();
  const w = m.roster.statistics;
  const date = formatDate(statistics.asOf);
  return (
    <Stack gap="sm">
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden="true" />} role="note">
        <Text size="sm" fw={600}>
          {w.fromRoster}
        </Text>
        <Text size="sm">{w.subtree(statistics.unit.name, date, formatNumber(statistics.unitsWithRoster))}</Text>
      </Alert>
      {statistics.unitsWithRoster === 0 ? (
        <Alert variant="light" color="yellow">
          {w.noRoster}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs" className="stats-table" data-testid="roster-statistics">
            <caption className="visually-hidden">{w.tableLabel(statistics.unit.name, date)}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{w.label}</Table.Th>
                <Table.Th scope="col" className="num">
                  {w.total}
                </Table.Th>
                <Table.Th scope="col" className="num">
                  {w.female}
                </Table.Th>
                <Table.Th scope="col" className="num">
                  {w.male}
                </Table.Th>
                <Table.Th scope="col" className="num">
                  {w.femaleShare}
                </Table.Th>
                <Table.Th scope="col" className="num">
                  {w.minority}
                </Table.Th>
                <Table.Th scope="col" className="num">
                  {w.minorityFemale}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statistics.figures.map((figure) => (
                <Table.Tr key={figure.code} data-code={figure.code}>
                  <Table.Th scope="row" fw={figure.code === 'staff' ? 700 : 400}>
                    {figure.label}
                  </Table.Th>
                  <Table.Td className="num" fw={600}>
                    {formatNumber(figure.all.total)}
                  </Table.Td>
                  <Table.Td className="num">{formatNumber(figure.all.female)}</Table.Td>
                  <Table.Td className="num">{formatNumber(figure.all.male)}</Table.Td>
                  <Table.Td className="num">{share(figure.all.female, figure.all.total) ?? m.app.none}</Table.Td>
                  <Table.Td className="num">{formatNumber(figure.minority.total)}</Table.Td>
                  <Table.Td className="num">{formatNumber(figure.minority.female)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
