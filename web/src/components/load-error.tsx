/** What a failed load looks like everywhere: the reason in plain words and a way to try again. */
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useDescribeError, useMessages } from '../lib/i18n.tsx';

interface LoadErrorProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

export function LoadError({ error, onRetry, title }: LoadErrorProps) {
  const m = useMessages();
  const describe = useDescribeError();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={title ?? m.errors.loadFailed} role="alert">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{describe(error)}</Text>
        {onRetry ? (
          <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={16} aria-hidden="true" />} onClick={onRetry}>
            {m.app.retry}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
