/**
 * /audit — who changed what, where and when in the admin's subtree. Filters by unit,
 * dates (dd/mm/yyyy, Vietnam time) and action; each row opens its before/after.
 */
import { Button, Card, EmptyState, Group, Select, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconHistory } from '@tabler/icons-react';
import { Fragment, useState, type FormEvent } from 'react';
import type { AuditEntry } from '../../../../../common/contracts/audit.ts';
import { formatDateTime, parseVietnameseDate } from '../../../../../common/text/format.ts';
import { DateField, normalizeDateText } from '../../../components/date-field.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PagedResults } from '../../../components/paged-results.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useAuditEntries } from '../api/get-audit-entries.ts';
import { AuditDiff } from './audit-diff.tsx';

const PAGE_SIZE = 25;

interface Filters {
  unit: PickedUnit | null;
  from: string;
  to: string;
  action: string | null;
}

const EMPTY: Filters = { unit: null, from: '', to: '', action: null };

export function AuditPage() {
  const m = useMessages();
  usePageTitle(m.audit.title);
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<number | null>(null);

  const entries = useAuditEntries({
    unitId: applied.unit?.id,
    from: applied.from || undefined,
    to: applied.to || undefined,
    action: applied.action ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const from = draft.from ? normalizeDateText(draft.from) : '';
    const to = draft.to ? normalizeDateText(draft.to) : '';
    const fromIso = from ? parseVietnameseDate(from) : null;
    const toIso = to ? parseVietnameseDate(to) : null;
    const found: { from?: string; to?: string } = {};
    if (from && !fromIso) found.from = m.validation.invalidDate;
    if (to && !toIso) found.to = m.validation.invalidDate;
    if (fromIso && toIso && fromIso > toIso) found.to = m.validation.fromAfterTo;
    setErrors(found);
    if (found.from || found.to) return;
    const next = { ...draft, from, to };
    setDraft(next);
    setApplied(next);
    setPage(1);
  };

  const actionOptions = Object.entries(m.audit.actions).map(([value, label]) => ({ value, label }));
  const actionLabel = (entry: AuditEntry) => m.audit.actions[entry.action] ?? entry.action;

  return (
    <Stack gap="md">
      <PageHeader title={m.audit.title} description={m.audit.intro} />
      <Card withBorder radius="md" padding="md">
        <form onSubmit={onSubmit} noValidate>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <UnitPicker label={m.audit.unit} value={draft.unit} onChange={(unit) => setDraft((d) => ({ ...d, unit }))} includeClosed />
            <Select
              label={m.audit.action}
              placeholder={m.audit.allActions}
              data={actionOptions}
              value={draft.action}
              onChange={(action) => setDraft((d) => ({ ...d, action }))}
              clearable
              searchable
            />
            <DateField label={m.audit.from} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} error={errors.from} />
            <DateField label={m.audit.to} value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} error={errors.to} />
          </SimpleGrid>
          <Group mt="sm" gap="sm">
            <Button type="submit">{m.audit.apply}</Button>
            <Button
              variant="default"
              onClick={() => {
                setDraft(EMPTY);
                setApplied(EMPTY);
                setErrors({});
                setPage(1);
              }}
            >
              {m.audit.reset}
            </Button>
          </Group>
        </form>
      </Card>

      <Card withBorder radius="md" padding="md" component="section" aria-label={m.audit.title}>
        {entries.isPending ? <PageLoader /> : null}
        {entries.isError ? <LoadError error={entries.error} onRetry={() => void entries.refetch()} /> : null}
        {entries.isSuccess && entries.data.items.length === 0 ? <EmptyState icon={<IconHistory aria-hidden="true" />} title={m.audit.empty} size="sm" /> : null}
        {entries.isSuccess && entries.data.items.length > 0 ? (
          <PagedResults total={entries.data.total} pageSize={PAGE_SIZE} page={page} onPageChange={setPage}>
            <Table verticalSpacing="xs" className="responsive-table audit-table" aria-busy={entries.isFetching}>
              <TableHead columns={[m.audit.at, m.audit.actor, m.audit.action, m.audit.unit, m.audit.entity, m.audit.ip]} />
              <Table.Tbody>
                {entries.data.items.map((entry) => {
                  const isOpen = openId === entry.id;
                  const at = formatDateTime(entry.at);
                  return (
                    <Fragment key={entry.id}>
                      <Table.Tr data-open={isOpen ? 'true' : undefined}>
                        <Table.Td data-label={m.audit.at}>
                          <UnstyledButton
                            className="row-toggle"
                            aria-expanded={isOpen}
                            aria-controls={`audit-${entry.id}`}
                            onClick={() => setOpenId(isOpen ? null : entry.id)}
                          >
                            <IconChevronRight size={16} aria-hidden="true" className="row-toggle-icon" />
                            <span>{at}</span>
                            <span className="visually-hidden">{isOpen ? m.audit.hideDetails : m.audit.showDetails}</span>
                          </UnstyledButton>
                        </Table.Td>
                        <Table.Td data-label={m.audit.actor}>{entry.actorName ?? m.audit.system}</Table.Td>
                        <Table.Td data-label={m.audit.action}>{actionLabel(entry)}</Table.Td>
                        <Table.Td data-label={m.audit.unit}>{entry.unitName ?? m.app.none}</Table.Td>
                        <Table.Td data-label={m.audit.entity}>
                          {(m.audit.entityTypes[entry.entityType] ?? entry.entityType) + (entry.entityId ? ` #${entry.entityId}` : '')}
                        </Table.Td>
                        <Table.Td data-label={m.audit.ip} className="mono">
                          {entry.ip ?? m.app.none}
                        </Table.Td>
                      </Table.Tr>
                      {isOpen ? (
                        <Table.Tr className="detail-row">
                          <Table.Td colSpan={6} id={`audit-${entry.id}`}>
                            <Text size="sm" fw={600} mb={4}>
                              {m.audit.detailsOf(actionLabel(entry), at)}
                            </Text>
                            <AuditDiff before={entry.before} after={entry.after} />
                          </Table.Td>
                        </Table.Tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </PagedResults>
        ) : null}
      </Card>
    </Stack>
  );
}
