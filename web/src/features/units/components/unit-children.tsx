/** The units directly below a unit, as a table that turns into a list on a phone. */
import { Anchor, Badge, EmptyState, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../../../../common/text/format.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { useUnitChildren } from '../api/get-unit-children.ts';
import { UnitStatusBadge } from './unit-status-badge.tsx';

export function UnitChildren({ unitId, openDescendantCount }: { unitId: number; openDescendantCount: number }) {
  const m = useMessages();
  const [includeClosed, setIncludeClosed] = useState(false);
  const children = useUnitChildren(unitId, includeClosed);

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {m.units.childrenCount(formatNumber(openDescendantCount))}
        </Text>
        <Switch size="sm" label={m.units.includeClosedChildren} checked={includeClosed} onChange={(event) => setIncludeClosed(event.currentTarget.checked)} />
      </Group>
      {children.isPending ? <PageLoader minHeight={80} /> : null}
      {children.isError ? <LoadError error={children.error} onRetry={() => void children.refetch()} /> : null}
      {children.isSuccess && children.data.length === 0 ? (
        <EmptyState icon={<IconBuildingCommunity aria-hidden="true" />} title={m.units.noChildren} size="sm" />
      ) : null}
      {children.isSuccess && children.data.length > 0 ? (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{m.units.name}</Table.Th>
                <Table.Th scope="col">{m.units.code}</Table.Th>
                <Table.Th scope="col">{m.units.kind}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {m.units.children}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {children.data.map((child) => (
                <Table.Tr key={child.id} data-closed={child.isOpen ? undefined : 'true'}>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <Anchor component={Link} to={`/units/${child.id}`} fw={500}>
                        {child.name}
                      </Anchor>
                      <UnitStatusBadge isOpen={child.isOpen} validTo={child.validTo} closedOnly size="xs" />
                    </Stack>
                  </Table.Td>
                  <Table.Td className="nowrap">
                    <Text size="sm" ff="monospace">
                      {child.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{child.kindName}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {child.childCount > 0 ? (
                      <Badge variant="light" color="gray" size="sm">
                        {formatNumber(child.childCount)}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {m.app.none}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
