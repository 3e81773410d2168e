/** The server's answer to a rejected form, above the form; field errors sit next to their fields. */
import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ApiError } from '../lib/api-client.ts';
import { useDescribeError, useMessages } from '../lib/i18n.tsx';

interface FormErrorProps {
  error: unknown;
  /** Form fields whose server errors are already shown beside the field. */
  shownFields?: readonly string[];
}

export function FormError({ error, shownFields = [] }: FormErrorProps) {
  const m = useMessages();
  const describe = useDescribeError();
  if (!error) return null;
  const others = error instanceof ApiError ? error.details.filter((d) => !d.field || !shownFields.includes(d.field.split('.')[0]!)) : [];
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={m.errors.title} role="alert">
      {describe(error)}
      {others.length > 0 ? (
        <List size="sm" mt="xs">
          {others.map((d, i) => (
            <List.Item key={i}>{d.message}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
