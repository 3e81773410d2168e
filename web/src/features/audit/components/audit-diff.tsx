/** Before and after of one change, field by field; the fields that changed are marked. */
import { Table, Text } from '@mantine/core';
import type { Messages } from '../../../../../common/i18n/vi.ts';
import { formatDate, formatDateTime } from '../../../../../common/text/format.ts';
import { TableHead } from '../../../components/table-head.tsx';
import { useMessages } from '../../../lib/i18n.tsx';

function asRecord(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return value === null || value === undefined ? {} : { value };
}

/** A value as a person reads it: dates dd/mm/yyyy, yes/no, an empty value as a dash. */
function show(value: unknown, m: Messages): string {
  if (value === undefined) return '';
  if (value === null || value === '') return m.app.none;
  if (typeof value === 'boolean') return value ? m.app.yes : m.app.no;
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const m = useMessages();
  const old = asRecord(before);
  const next = asRecord(after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  if (keys.length === 0) return <Text size="sm" c="dimmed">{m.audit.noDetails}</Text>;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table withTableBorder verticalSpacing={4} className="diff-table">
        <TableHead columns={[m.audit.field, m.audit.before, m.audit.after]} />
        <Table.Tbody>
          {keys.map((key) => {
            const isChanged = JSON.stringify(old[key]) !== JSON.stringify(next[key]);
            return (
              <Table.Tr key={key} data-changed={isChanged ? 'true' : undefined}>
                <Table.Th scope="row" fw={500}>
                  {m.audit.fields[key] ?? key}
                </Table.Th>
                <Table.Td className="diff-before">{show(old[key], m)}</Table.Td>
                <Table.Td className="diff-after">{show(next[key], m)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
