/**
 * Boards and totals change the moment a unit submits; rather than polling over a slow
 * connection, the reader asks again when they want to, and sees how fresh the figures are.
 */
import { Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { formatDateTime } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';

interface RefreshButtonProps {
  /** What is refreshed, for the button's accessible name ("Tình hình nộp"). */
  what: string;
  updatedAt: number;
  isFetching: boolean;
  onRefresh: () => void;
}

export function RefreshButton({ what, updatedAt, isFetching, onRefresh }: RefreshButtonProps) {
  const m = useMessages();
  const words = m.campaigns;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="xs" c="dimmed">
        {words.updatedAt(formatDateTime(new Date(updatedAt)))}
      </Text>
      <Button variant="default" size="xs" leftSection={<IconRefresh size={14} aria-hidden="true" />} loading={isFetching} onClick={onRefresh} aria-label={words.refreshOf(what)}>
        {words.refresh}
      </Button>
    </Group>
  );
}
