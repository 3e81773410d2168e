/**
 * /roster/import — the unit's staff list from the Excel file it already has, in steps the
 * server drives: upload (.xlsx, dropped or chosen), the columns it recognised with a
 * choice per column (a change checks the same file again with the person's mapping), the
 * missing required columns, errors to fix (nothing is saved while there are any), warnings
 * that may be accepted, the difference against the current roster, then "Áp dụng" — all
 * rows or none. An error is fixed in the file and the file uploaded again.
 */
import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, List, Loader, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import type { RosterImportPreview, RosterImportResult } from '../../../../../common/contracts/roster.ts';
import { ROSTER_FIELDS, ROSTER_FIELD_LABELS, type RosterField } from '../../../../../common/roster/header-detection.ts';
import { formatNumber, parseVietnameseDate } from '../../../../../common/text/format.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useDescribeError, useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useActiveRole } from '../../../lib/session.ts';
import { useApplyRosterImport } from '../api/apply-roster-import.ts';
import { usePreviewRosterImport } from '../api/preview-roster-import.ts';
import { canKeepRoster } from '../hooks/use-roster-access.ts';
import './roster.css';

const ACCEPTED = /\.xlsx$/i;
const UNMAPPED = '__unmapped';

type Mapping = Record<number, RosterField | null>;

export function RosterImportPage() {
  const m = useMessages();
  const w = m.roster.import;
  usePageTitle(w.title);
  const role = useActiveRole();
  const preview = usePreviewRosterImport();
  const apply = useApplyRosterImport();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [asOfText, setAsOfText] = useState('');
  const [typeError, setTypeError] = useState<string | null>(null);
  const [result, setResult] = useState<RosterImportResult | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const asOf = parseVietnameseDate(asOfText) ?? undefined;

  const check = (next: File, nextMapping: Mapping) => {
    apply.reset();
    preview.mutate({ file: next, asOf, mapping: nextMapping });
  };

  const onFile = (picked: File | undefined) => {
    if (!picked) return;
    setResult(null);
    if (!ACCEPTED.test(picked.name)) {
      preview.reset();
      setFile(null);
      setTypeError(w.wrongType);
      return;
    }
    setTypeError(null);
    setFile(picked);
    // A new file (or the same file fixed): start from what the server recognises and remembers.
    setMapping({});
    check(picked, {});
  };

  const onMap = (index: number, field: RosterField | null) => {
    if (!file) return;
    const next = { ...mapping, [index]: field };
    setMapping(next);
    check(file, next);
  };

  const startOver = () => {
    preview.reset();
    apply.reset();
    setFile(null);
    setMapping({});
    setResult(null);
  };

  const data = preview.data;
  const changes = data ? data.joined + data.changed + data.left : 0;
  const canApply = Boolean(data && data.canApply && data.errorCount === 0 && data.missingFields.length === 0 && changes > 0 && !preview.isPending);

  if (!canKeepRoster(role?.role)) {
    return (
      <Stack gap="md">
        <PageHeader title={w.title} />
        <Alert color="orange" variant="light">
          {m.roster.notAllowed}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={w.title}
        description={w.intro}
        above={
          <Breadcrumbs mb="xs" aria-label={m.reports.breadcrumb}>
            <Anchor component={Link} to="/roster" size="sm">
              {w.back}
            </Anchor>
            <Text size="sm" aria-current="page">
              {w.title}
            </Text>
          </Breadcrumbs>
        }
      />

      {result ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden="true" />} title={w.applied} role="status">
          <Stack gap="xs">
            <Text size="sm">
              {w.appliedSummary(formatNumber(result.rowsRead), formatNumber(result.joined), formatNumber(result.changed), formatNumber(result.left), formatNumber(result.unchanged))}
            </Text>
            <Group gap="md">
              <Anchor component={Link} to="/roster" size="sm">
                {w.seeRoster}
              </Anchor>
              <Anchor component={Link} to="/roster/statistics" size="sm">
                {w.seeStatistics}
              </Anchor>
            </Group>
            <div>
              <Button variant="default" onClick={startOver}>
                {w.another}
              </Button>
            </div>
          </Stack>
        </Alert>
      ) : (
        <>
          <SectionCard id="import-file" title={w.step1} titleSize="h3">
            <Stack gap="md">
              <DateField label={w.asOf} description={w.asOfHint} value={asOfText} onChange={setAsOfText} error={asOfText.trim() && !asOf ? m.validation.invalidDate : undefined} maw={360} />
              <DropZone onFile={onFile} isBusy={preview.isPending && !data} />
              {typeError ? (
                <Alert color="red" variant="light" role="alert">
                  {typeError}
                </Alert>
              ) : null}
              {preview.isPending ? (
                <Group gap="xs" role="status">
                  <Loader size="xs" aria-hidden="true" />
                  <Text size="sm">{data ? w.rechecking : w.checking(file?.name ?? '')}</Text>
                </Group>
              ) : null}
              {preview.isError ? <RejectedFile error={preview.error} /> : null}
            </Stack>
          </SectionCard>

          {data ? (
            <>
              <SectionCard id="import-columns" title={w.step2} titleSize="h3" intro={`${w.previewTitle(data.fileName, data.sheetName)}. ${w.headerRow(formatNumber(data.headerRow))}. ${w.columnsIntro}`}>
                <Stack gap="md">
                  <ColumnsTable preview={data} isBusy={preview.isPending} onMap={onMap} />
                  {data.missingFields.length > 0 ? (
                    <Alert color="red" variant="light" title={w.missingTitle} role="alert" icon={<IconAlertTriangle aria-hidden="true" />}>
                      <Text size="sm" mb="xs">
                        {w.missingIntro}
                      </Text>
                      <List size="sm">
                        {data.missingFields.map((field) => (
                          <List.Item key={field}>{ROSTER_FIELD_LABELS[field]}</List.Item>
                        ))}
                      </List>
                    </Alert>
                  ) : null}
                </Stack>
              </SectionCard>

              <SectionCard id="import-check" title={w.step3} titleSize="h3">
                <CheckReport preview={data} />
              </SectionCard>

              <SectionCard id="import-changes" title={w.step4} titleSize="h3" intro={data.changes.length > 0 ? w.changesIntro : undefined}>
                <ChangesTable preview={data} />
              </SectionCard>

              <Stack gap="xs">
                <FormError error={apply.error} />
                <Group gap="sm">
                  <Button size="md" leftSection={<IconUpload size={18} aria-hidden="true" />} disabled={!canApply} onClick={() => setIsConfirming(true)} aria-describedby="apply-hint">
                    {w.apply}
                  </Button>
                  <Button variant="default" onClick={startOver}>
                    {w.startOver}
                  </Button>
                </Group>
                <Text id="apply-hint" size="sm" c={canApply ? 'dimmed' : 'red.9'}>
                  {data.errorCount > 0 || data.missingFields.length > 0 || !data.canApply ? w.applyDisabled : changes === 0 ? w.nothingToApply : w.applyReady}
                </Text>
              </Stack>

              <ConfirmModal
                opened={isConfirming}
                title={w.confirmTitle}
                confirmLabel={w.apply}
                isPending={apply.isPending}
                error={apply.error}
                onClose={() => setIsConfirming(false)}
                onConfirm={() =>
                  apply.mutate(data.previewId, {
                    onSuccess: (applied) => {
                      setIsConfirming(false);
                      setResult(applied);
                      preview.reset();
                      setFile(null);
                    },
                    onError: () => setIsConfirming(false),
                  })
                }
              >
                {w.confirm(formatNumber(data.joined), formatNumber(data.changed), formatNumber(data.left))}
              </ConfirmModal>
            </>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function DropZone({ onFile, isBusy }: { onFile: (file: File | undefined) => void; isBusy: boolean }) {
  const m = useMessages();
  const w = m.roster.import;
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
      <Text fw={500}>{isOver ? w.dropzoneActive : w.dropzone}</Text>
      <Text size="sm" c="dimmed">
        {w.or}
      </Text>
      <Button onClick={() => input.current?.click()} loading={isBusy} leftSection={<IconUpload size={18} aria-hidden="true" />}>
        {w.chooseFile}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="roster-file-input"
        onChange={(event) => {
          onFile(event.currentTarget.files?.[0]);
          event.currentTarget.value = '';
        }}
      />
      <Text size="xs" c="dimmed">
        {w.fileHint}
      </Text>
    </div>
  );
}

function RejectedFile({ error }: { error: unknown }) {
  const m = useMessages();
  const describe = useDescribeError();
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert color="red" variant="light" title={m.roster.import.rejectedTitle} role="alert">
      <Text size="sm">{describe(error)}</Text>
      {details.length > 0 ? <ProblemTable problems={details.map((d) => ({ row: d.row ?? 0, column: d.column ?? null, message: d.message }))} testId="import-rejected" /> : null}
    </Alert>
  );
}

const FIELD_OPTIONS = [{ value: UNMAPPED, label: '' }, ...ROSTER_FIELDS.map((field) => ({ value: field, label: ROSTER_FIELD_LABELS[field] }))];

function ColumnsTable({ preview, isBusy, onMap }: { preview: RosterImportPreview; isBusy: boolean; onMap: (index: number, field: RosterField | null) => void }) {
  const m = useMessages();
  const w = m.roster.import;
  const options = FIELD_OPTIONS.map((option) => (option.value === UNMAPPED ? { ...option, label: w.unmapped } : option));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" className="import-columns" aria-label={w.columnsTable} data-testid="import-columns">
        <TableHead columns={[w.column, w.header, w.field, '']} />
        <Table.Tbody>
          {preview.columns.map((column) => {
            const isUnmapped = column.field === null;
            return (
              <Table.Tr key={column.index} data-unmapped={isUnmapped ? 'true' : undefined}>
                <Table.Td className="mono">{column.letter}</Table.Td>
                <Table.Td>{column.header || m.app.none}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={w.mapTo(column.letter, column.header)}
                    data={options}
                    value={column.field ?? UNMAPPED}
                    allowDeselect={false}
                    disabled={isBusy}
                    searchable
                    maxDropdownHeight={300}
                    onChange={(value) => onMap(column.index, !value || value === UNMAPPED ? null : (value as RosterField))}
                  />
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={isUnmapped ? 'yellow' : column.source === 'user' ? 'brand' : 'gray'}>
                    {w.sources[column.source]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CheckReport({ preview }: { preview: RosterImportPreview }) {
  const m = useMessages();
  const w = m.roster.import;
  const stats: { label: string; value: number; tone?: 'error' }[] = [
    { label: w.rowsRead, value: preview.rowsRead },
    { label: w.joined, value: preview.joined },
    { label: w.changed, value: preview.changed },
    { label: w.left, value: preview.left },
    { label: w.unchanged, value: preview.unchanged },
    { label: w.errorCount, value: preview.errorCount, tone: 'error' },
    { label: w.warningCount, value: preview.warningCount },
  ];
  return (
    <Stack gap="md" aria-live="polite">
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" component="dl" className="stat-grid">
        {stats.map((stat) => (
          <div key={stat.label} className="stat" data-tone={stat.tone === 'error' && stat.value > 0 ? 'error' : undefined}>
            <dt>{stat.label}</dt>
            <dd>{formatNumber(stat.value)}</dd>
          </div>
        ))}
      </SimpleGrid>

      {preview.errorCount > 0 ? (
        <Alert color="red" variant="light" title={w.errorsTitle(formatNumber(preview.errorCount))} role="alert" icon={<IconAlertTriangle aria-hidden="true" />}>
          <Text size="sm" mb="sm">
            {w.errorsIntro}
          </Text>
          {preview.errors.length < preview.errorCount ? (
            <Text size="sm" mb="xs">
              {w.errorsShown(formatNumber(preview.errors.length), formatNumber(preview.errorCount))}
            </Text>
          ) : null}
          <ProblemTable problems={preview.errors} testId="import-errors" />
        </Alert>
      ) : null}

      {preview.warningCount > 0 ? (
        <Alert color="yellow" variant="light" title={w.warningsTitle(formatNumber(preview.warningCount))}>
          <Text size="sm" mb="sm">
            {w.warningsIntro}
          </Text>
          {preview.warnings.length < preview.warningCount ? (
            <Text size="sm" mb="xs">
              {w.warningsShown(formatNumber(preview.warnings.length), formatNumber(preview.warningCount))}
            </Text>
          ) : null}
          <ProblemTable problems={preview.warnings} testId="import-warnings" />
        </Alert>
      ) : null}
    </Stack>
  );
}

function ProblemTable({ problems, testId }: { problems: { row: number; column: string | null; message: string }[]; testId: string }) {
  const m = useMessages();
  const w = m.roster.import;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={4} data-testid={testId} className="error-table">
        <TableHead columns={[w.row, w.problemColumn, w.reason]} />
        <Table.Tbody>
          {problems.map((problem, i) => (
            <Table.Tr key={`${problem.row}-${i}`}>
              <Table.Td>{problem.row > 0 ? formatNumber(problem.row) : m.app.none}</Table.Td>
              <Table.Td>{problem.column ?? m.app.none}</Table.Td>
              <Table.Td>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ChangesTable({ preview }: { preview: RosterImportPreview }) {
  const m = useMessages();
  const w = m.roster.import;
  if (preview.changes.length === 0) return <Text size="sm">{w.noChanges}</Text>;
  const color = { joined: 'teal', changed: 'brand', left: 'orange' } as const;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped verticalSpacing="xs" data-testid="import-changes">
        <TableHead columns={[w.row, w.kind, w.person, w.birth, w.fields]} />
        <Table.Tbody>
          {preview.changes.map((change, i) => (
            <Table.Tr key={`${change.kind}-${change.row ?? 'x'}-${i}`}>
              <Table.Td>{change.row !== null ? formatNumber(change.row) : m.app.none}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={color[change.kind]}>
                  {w.kinds[change.kind]}
                </Badge>
              </Table.Td>
              <Table.Td>{change.fullName}</Table.Td>
              <Table.Td>{change.birth}</Table.Td>
              <Table.Td>{change.fields.length > 0 ? change.fields.join(', ') : m.app.none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
