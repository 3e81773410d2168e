/**
 * "Trực thuộc tại ngày …": the chain of parents on a chosen date, so a 2023 report
 * still reads under the old district office.
 */
import { Alert, Anchor, Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { parseVietnameseDate } from '../../../../../common/text/format.ts';
import { DateField, normalizeDateText } from '../../../components/date-field.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { useUnitAncestors } from '../api/get-unit-ancestors.ts';

export function AncestorsAsOf({ unitId, unitName }: { unitId: number; unitName: string }) {
  const m = useMessages();
  const [text, setText] = useState('');
  const [asOf, setAsOf] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ancestors = useUnitAncestors(unitId, asOf);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalized = normalizeDateText(text);
    if (!parseVietnameseDate(normalized)) {
      setError(m.units.invalidDate);
      return;
    }
    setError(null);
    setText(normalized);
    setAsOf(normalized);
  };

  return (
    <Stack gap="sm">
      <form onSubmit={onSubmit} noValidate>
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <DateField label={m.units.asOfDate} value={text} onChange={setText} error={error} style={{ flex: 1 }} maw={200} />
          <Button type="submit" variant="light" mt={25}>
            {m.units.asOfSubmit}
          </Button>
        </Group>
      </form>
      <div aria-live="polite">
        {ancestors.isFetching ? <Loader size="xs" aria-label={m.app.loading} /> : null}
        {ancestors.isError ? <LoadError error={ancestors.error} onRetry={() => void ancestors.refetch()} /> : null}
        {ancestors.isSuccess && asOf ? (
          <Alert variant="light" color="blue" title={m.units.asOfResult(asOf)}>
            {ancestors.data.length === 0 ? (
              <Text size="sm">{m.units.asOfTop}</Text>
            ) : (
              <List size="sm" type="ordered" spacing={2}>
                {ancestors.data.map((unit) => (
                  <List.Item key={unit.id}>
                    <Anchor component={Link} to={`/units/${unit.id}`} size="sm">
                      {unit.name}
                    </Anchor>
                  </List.Item>
                ))}
                <List.Item>
                  <Text span size="sm" fw={600}>
                    {unitName}
                  </Text>
                </List.Item>
              </List>
            )}
          </Alert>
        ) : null}
      </div>
    </Stack>
  );
}
