/** A calm loading state that a screen reader announces once. */
import { Center, Group, Loader, Text } from '@mantine/core';
import { useMessages } from '../lib/i18n.tsx';

export function PageLoader({ label, minHeight = 160 }: { label?: string; minHeight?: number }) {
  const m = useMessages();
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text c="dimmed">{label ?? m.app.loading}</Text>
      </Group>
    </Center>
  );
}
