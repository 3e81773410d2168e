/** Search hits with where each sits in the tree, the matching words marked. */
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { UnitSearchHit } from '../../../components/unit-picker/search-units.ts';
import { HighlightedText } from '../../../components/highlighted-text.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { UnitStatusBadge } from './unit-status-badge.tsx';

export function UnitSearchResults({ hits, query }: { hits: UnitSearchHit[]; query: string }) {
  const m = useMessages();
  return (
    <Stack component="ul" gap="xs" className="plain-list" aria-label={m.app.search}>
      {hits.map((hit) => (
        <li key={hit.id}>
          <Paper component={Link} to={`/units/${hit.id}`} withBorder radius="md" p="sm" className="search-hit" data-closed={hit.isOpen ? undefined : 'true'}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <Text fw={600} className="search-hit-name">
                <HighlightedText text={hit.name} query={query} />
              </Text>
              <UnitStatusBadge isOpen={hit.isOpen} validTo={hit.validTo} closedOnly size="sm" />
            </Group>
            <Group gap="xs" mt={4}>
              <Badge variant="light" color="gray" radius="sm" size="sm" className="code-badge">
                <HighlightedText text={hit.code} query={query} />
              </Badge>
              <Text size="sm" c="dimmed">
                {hit.kindName}
              </Text>
            </Group>
            {hit.path.length > 0 ? (
              <Text size="sm" c="dimmed" mt={4} className="search-hit-path">
                {hit.path.join(' › ')}
              </Text>
            ) : null}
          </Paper>
        </li>
      ))}
    </Stack>
  );
}
