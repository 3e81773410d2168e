/**
 * /units/import — bring units in from an .xlsx/.csv file in two steps: the server
 * checks the whole file and says row by row what is wrong or what would change;
 * only a file without errors can be written, all rows at once. Export and the
 * empty template are plain downloads.
 */
import { Alert, Anchor, Button, Checkbox, Group, List, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { UNIT_FILE_COLUMNS, type UnitImportPreview } from '../../../../../common/contracts/units.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useDescribeError, useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useSession, activeRoleOf } from '../../../lib/session.ts';
import { useApplyUnitsImport, type UnitImportResult } from '../api/apply-units-import.ts';
import { UNITS_TEMPLATE_URL, unitsExportUrl } from '../api/export-units.ts';
import { usePreviewUnitsImport } from '../api/preview-units-import.ts';

const ACCEPTED = /\.(xlsx|csv)$/i;
const SAMPLE_ROWS = 20;

export function UnitsImportPage() {
  const m = useMessages();
  usePageTitle(m.unitsImport.title);
  const session = useSession();
  const role = activeRoleOf(session);
  const preview = usePreviewUnitsImport();
  const apply = useApplyUnitsImport();
  const [typeError, setTypeError] = useState<string | null>(null);
  const [result, setResult] = useState<UnitImportResult | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [includeClosed, setIncludeClosed] = useState(true);

  const check = (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    apply.reset();
    if (!ACCEPTED.test(file.name)) {
      preview.reset();
      setTypeError(m.unitsImport.wrongType);
      return;
    }
    setTypeError(null);
    preview.mutate(file);
  };

  const startOver = () => {
    preview.reset();
    apply.reset();
    setResult(null);
  };

  const data = preview.data;
  const changes = data ? data.creates + data.updates + data.moves + data.closes : 0;
  const canApply = Boolean(data && data.errors.length === 0 && changes > 0);

  return (
    <Stack gap="md">
      <PageHeader title={m.unitsImport.title} description={m.unitsImport.intro} />

      <SectionCard
        id="import-title"
        title={m.unitsImport.importTitle}
        titleSize="h3"
        actions={
          <Button component="a" href={UNITS_TEMPLATE_URL} download variant="subtle" leftSection={<IconDownload size={16} aria-hidden="true" />}>
            {m.unitsImport.template}
          </Button>
        }
      >

        {result ? (
          <Stack gap="sm">
            <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden="true" />} title={m.unitsImport.applied} role="status">
              <Text size="sm">{m.unitsImport.appliedSummary(formatNumber(result.created), formatNumber(result.updated), formatNumber(result.moved), formatNumber(result.closed))}</Text>
              <Anchor component={Link} to="/units" size="sm">
                {m.units.title}
              </Anchor>
            </Alert>
            <div>
              <Button variant="default" onClick={startOver}>
                {m.unitsImport.another}
              </Button>
            </div>
          </Stack>
        ) : (
          <Stack gap="md">
            <DropZone onFile={check} isBusy={preview.isPending} />
            {typeError ? (
              <Alert color="red" variant="light" role="alert">
                {typeError}
              </Alert>
            ) : null}
            {preview.isPending ? (
              <Group gap="xs" role="status">
                <Loader size="xs" aria-hidden="true" />
                <Text size="sm">{m.unitsImport.checking(preview.variables?.name ?? '')}</Text>
              </Group>
            ) : null}
            {preview.isError ? <RejectedFile error={preview.error} /> : null}
            {data ? <PreviewReport preview={data} /> : null}
            {data ? (
              <Stack gap="xs">
                <FormError error={apply.error} />
                {apply.error instanceof ApiError && apply.error.details.length > 0 ? <ErrorTable errors={rowErrors(apply.error.details)} /> : null}
                <Group gap="sm">
                  <Button size="md" leftSection={<IconUpload size={18} aria-hidden="true" />} disabled={!canApply} onClick={() => setIsConfirming(true)} aria-describedby="apply-hint">
                    {m.unitsImport.apply}
                  </Button>
                  <Button variant="default" onClick={startOver}>
                    {m.app.cancel}
                  </Button>
                </Group>
                <Text id="apply-hint" size="sm" c="dimmed">
                  {data.errors.length > 0 ? m.unitsImport.applyDisabled : changes === 0 ? m.unitsImport.nothingToApply : ''}
                </Text>
              </Stack>
            ) : null}
          </Stack>
        )}

        <details className="columns-help">
          <summary>{m.unitsImport.columns}</summary>
          <Text size="sm" c="dimmed" my="xs">
            {m.unitsImport.columnsIntro}
          </Text>
          <List size="sm" spacing={2}>
            {UNIT_FILE_COLUMNS.map((column) => (
              <List.Item key={column.key}>
                {column.header}
                {column.required ? ' *' : ''}
              </List.Item>
            ))}
          </List>
        </details>
      </SectionCard>

      <SectionCard
        id="export-title"
        title={m.unitsImport.exportTitle}
        titleSize="h3"
        intro={
          <>
            {m.unitsImport.exportIntro}
            {role ? ` (${role.unitName})` : ''}
          </>
        }
        gap="md"
      >
        <Stack gap="sm">
          <Checkbox label={m.unitsImport.exportIncludeClosed} checked={includeClosed} onChange={(event) => setIncludeClosed(event.currentTarget.checked)} />
          <Group gap="sm">
            <Button component="a" href={unitsExportUrl('xlsx', { rootId: role?.unitId, includeClosed })} download leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}>
              {m.unitsImport.exportXlsx}
            </Button>
            <Button component="a" href={unitsExportUrl('csv', { rootId: role?.unitId, includeClosed })} download variant="default" leftSection={<IconDownload size={18} aria-hidden="true" />}>
              {m.unitsImport.exportCsv}
            </Button>
          </Group>
        </Stack>
      </SectionCard>

      {data ? (
        <ConfirmModal
          opened={isConfirming}
          title={m.units.confirmTitle}
          confirmLabel={m.unitsImport.apply}
          isPending={apply.isPending}
          error={apply.error}
          onClose={() => setIsConfirming(false)}
          onConfirm={() =>
            apply.mutate(data.previewId, {
              onSuccess: (applied) => {
                setIsConfirming(false);
                setResult(applied);
                preview.reset();
              },
              onError: () => setIsConfirming(false),
            })
          }
        >
          {m.unitsImport.applyConfirm(formatNumber(data.creates), formatNumber(data.updates), formatNumber(data.moves), formatNumber(data.closes))}
        </ConfirmModal>
      ) : null}
    </Stack>
  );
}

function DropZone({ onFile, isBusy }: { onFile: (file: File | undefined) => void; isBusy: boolean }) {
  const m = useMessages();
  const input = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsOver(false);
    onFile(event.dataTransfer.files[0]);
  };
  return (
    <div
      className="dropzone"
      data-over={isOver ? 'true' : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={onDrop}
    >
      <IconFileSpreadsheet size={36} aria-hidden="true" className="dropzone-icon" />
      <Text fw={500}>{isOver ? m.unitsImport.dropzoneActive : m.unitsImport.dropzone}</Text>
      <Text size="sm" c="dimmed">
        {m.unitsImport.or}
      </Text>
      <Button onClick={() => input.current?.click()} loading={isBusy} leftSection={<IconUpload size={18} aria-hidden="true" />}>
        {m.unitsImport.chooseFile}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="units-file-input"
        onChange={(event) => {
          onFile(event.currentTarget.files?.[0]);
          event.currentTarget.value = '';
        }}
      />
      <Text size="xs" c="dimmed">
        {m.unitsImport.fileHint}
      </Text>
    </div>
  );
}

function RejectedFile({ error }: { error: unknown }) {
  const m = useMessages();
  const describe = useDescribeError();
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert color="red" variant="light" title={m.unitsImport.rejectedTitle} role="alert">
      <Text size="sm">{describe(error)}</Text>
      {details.length > 0 ? <ErrorTable errors={rowErrors(details)} /> : null}
    </Alert>
  );
}

function PreviewReport({ preview }: { preview: UnitImportPreview }) {
  const m = useMessages();
  const stats: { label: string; value: number; tone?: 'error' }[] = [
    { label: m.unitsImport.totalRows, value: preview.totalRows },
    { label: m.unitsImport.creates, value: preview.creates },
    { label: m.unitsImport.updates, value: preview.updates },
    { label: m.unitsImport.moves, value: preview.moves },
    { label: m.unitsImport.closes, value: preview.closes },
    { label: m.unitsImport.unchanged, value: preview.unchanged },
    { label: m.unitsImport.errorCount, value: preview.errors.length, tone: 'error' },
  ];
  return (
    <Stack gap="md" aria-live="polite">
      <Title order={3} size="h4">
        {m.unitsImport.previewTitle(preview.fileName)}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" component="dl" className="stat-grid">
        {stats.map((stat) => (
          <div key={stat.label} className="stat" data-tone={stat.tone === 'error' && stat.value > 0 ? 'error' : undefined}>
            <dt>{stat.label}</dt>
            <dd>{formatNumber(stat.value)}</dd>
          </div>
        ))}
      </SimpleGrid>

      {preview.errors.length > 0 ? (
        <Alert color="red" variant="light" title={m.unitsImport.errorsTitle(formatNumber(preview.errors.length))} role="alert">
          <Text size="sm" mb="sm">
            {m.unitsImport.errorsIntro}
          </Text>
          <ErrorTable errors={preview.errors} />
        </Alert>
      ) : null}

      {preview.warnings.length > 0 ? (
        <Alert color="yellow" variant="light" title={m.unitsImport.warningsTitle}>
          <List size="sm" spacing={2}>
            {preview.warnings.map((warning, i) => (
              <List.Item key={i}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      {preview.sample.length > 0 ? (
        <section aria-labelledby="sample-title">
          <Title order={4} size="h5" id="sample-title" mb="xs">
            {m.unitsImport.sampleTitle}
          </Title>
          <Table.ScrollContainer minWidth={600}>
            <Table striped verticalSpacing="xs" data-testid="import-sample">
              <TableHead columns={[m.unitsImport.row, m.unitsImport.action, m.units.code, m.units.name, m.units.kind, m.unitsImport.parentCode]} />
              <Table.Tbody>
                {preview.sample.slice(0, SAMPLE_ROWS).map((row) => (
                  <Table.Tr key={row.row}>
                    <Table.Td>{formatNumber(row.row)}</Table.Td>
                    <Table.Td>{m.unitsImport.actionLabels[row.action]}</Table.Td>
                    <Table.Td className="mono">{row.code}</Table.Td>
                    <Table.Td>{row.name}</Table.Td>
                    <Table.Td>{row.kind}</Table.Td>
                    <Table.Td className="mono">{row.parentCode}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      ) : null}
    </Stack>
  );
}

interface RowError {
  row: number;
  column?: string | undefined;
  message: string;
}

/** The server's error details as rows of the error table (0: not tied to a row). */
function rowErrors(details: ApiError['details']): RowError[] {
  return details.map((d) => ({ row: d.row ?? 0, column: d.column, message: d.message }));
}

function ErrorTable({ errors }: { errors: RowError[] }) {
  const m = useMessages();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={4} data-testid="import-errors" className="error-table">
        <TableHead columns={[m.unitsImport.row, m.unitsImport.column, m.unitsImport.message]} />
        <Table.Tbody>
          {errors.map((error, i) => (
            <Table.Tr key={`${error.row}-${i}`}>
              <Table.Td>{error.row > 0 ? formatNumber(error.row) : m.app.none}</Table.Td>
              <Table.Td>{error.column ?? m.app.none}</Table.Td>
              <Table.Td>{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
