/**
 * Someone else saved the report after this page loaded (409 REPORT_CONFLICT). Nothing is
 * decided for the person: who saved and when, every field where the two copies differ
 * ("bản của bạn" / "bản đã lưu", formatted), then "Dùng bản đã lưu" or "Giữ bản của tôi".
 * Their typing stays on the page (and in this browser) until they choose.
 */
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { valueSlotsOf } from '../../../../../common/campaigns/report-content.ts';
import type { ReportDetail } from '../../../../../common/contracts/campaigns.ts';
import type { TargetAssessment } from '../../../../../common/contracts/templates.ts';
import { formatDateTime } from '../../../../../common/text/format.ts';
import type { Messages } from '../../../../../common/i18n/vi.ts';
import { FormError } from '../../../components/form-error.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { getReport, reportQueryKey, storeReport } from '../api/get-report.ts';
import type { ReportConflict } from '../api/save-report.ts';
import type { ReportAutosave } from '../hooks/use-autosave.ts';
import type { ReportDefinition, ReportDraft } from '../hooks/use-report-draft.ts';
import { describeCell } from './report-fields.ts';
import { formatReportNumber } from './report-number.ts';

interface ConflictModalProps {
  detail: ReportDetail;
  draft: ReportDraft;
  autosave: ReportAutosave;
  conflict: ReportConflict;
  onClose: () => void;
}

interface Difference {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

const SHORT_TEXT = 160;
const shorten = (text: string) => (text.length > SHORT_TEXT ? `${text.slice(0, SHORT_TEXT)}…` : text);

function labelsOf(definition: ReportDefinition) {
  const questions = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const section of definition.sections) {
    for (const item of section.items) {
      if (item.kind === 'text') questions.set(item.code, item.label);
      if (item.kind === 'targets') for (const target of item.targets) targets.set(target.code, target.label);
    }
  }
  return { questions, targets };
}

function differencesOf(draft: ReportDraft, conflict: ReportConflict, saved: ReportDetail | null, m: Messages): Difference[] {
  const slots = valueSlotsOf(draft.definition);
  const mine = draft.content();
  const number = (value: number | null | undefined) => (typeof value === 'number' ? formatReportNumber(value) : m.reports.blank);
  const text = (value: string | undefined) => (value && value.trim() ? shorten(value) : m.reports.blank);
  const target = (answer: { assessment: TargetAssessment | null; reason: string } | undefined) =>
    answer ? [answer.assessment ? m.reports.assessments[answer.assessment] : m.reports.notAssessed, answer.reason].filter(Boolean).join(' — ') : m.reports.blank;
  const { questions, targets } = labelsOf(draft.definition);
  const differences: Difference[] = conflict.changedValueKeys.map((key) => {
    const slot = slots.get(key);
    return { field: key, label: slot ? describeCell(slot.element, key, m.reports.cells) : key, mine: number(mine.values[key]), theirs: number(conflict.currentValues[key]) };
  });
  for (const field of conflict.changedAnswerFields) {
    const [kind, code = ''] = field.split('.');
    if (kind === 'texts') {
      differences.push({ field, label: questions.get(code) ?? code, mine: text(mine.answers.texts[code]), theirs: saved ? text(saved.answers.texts[code]) : m.reports.conflictLoading });
    } else {
      differences.push({ field, label: targets.get(code) ?? code, mine: target(mine.answers.targets[code]), theirs: saved ? target(saved.answers.targets[code]) : m.reports.conflictLoading });
    }
  }
  return differences;
}

export function ConflictModal({ detail, draft, autosave, conflict, onClose }: ConflictModalProps) {
  const m = useMessages();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<'saved' | 'mine' | null>(null);
  const [error, setError] = useState<unknown>(null);

  // The saved copy's answers are not in the conflict: read the report as it is now.
  useEffect(() => {
    void queryClient.refetchQueries({ queryKey: reportQueryKey(detail.id) });
  }, [queryClient, detail.id, conflict.currentVersion]);

  const saved = detail.version === conflict.currentVersion ? detail : null;
  const differences = differencesOf(draft, conflict, saved, m);
  const isClosed = conflict.currentState === 'submitted' || conflict.currentState === 'approved';

  const chooseSaved = async () => {
    setBusy('saved');
    setError(null);
    try {
      const fresh = await getReport(detail.id);
      autosave.takeSaved(fresh);
      storeReport(queryClient, fresh);
      notifications.show({ color: 'teal', message: m.reports.usedSavedToast, closeButtonProps: { 'aria-label': m.app.close } });
      onClose();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(null);
    }
  };

  const chooseMine = async () => {
    setBusy('mine');
    setError(null);
    const isSaved = await autosave.keepMine(conflict.currentVersion).finally(() => setBusy(null));
    const state = autosave.getState();
    if (isSaved) {
      notifications.show({ color: 'teal', message: m.reports.keptMineToast, closeButtonProps: { 'aria-label': m.app.close } });
      onClose();
    } else if (state.kind === 'failed' || state.kind === 'blocked') {
      setError(state.error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={m.reports.conflictTitle} centered size="xl" closeButtonProps={{ 'aria-label': m.app.close }}>
      <Stack gap="md">
        <FormError error={error} />
        <Text size="sm">{m.reports.conflictIntro(conflict.updatedByName ?? m.reports.someoneElse, formatDateTime(conflict.updatedAt))}</Text>
        {isClosed ? (
          <Alert color="orange" variant="light">
            {m.reports.conflictSubmitted}
          </Alert>
        ) : null}
        {differences.length > 0 ? (
          <Table verticalSpacing="xs" className="responsive-table report-conflict-table" data-testid="report-conflict">
            <TableHead columns={[m.reports.conflictField, m.reports.conflictMine, m.reports.conflictTheirs]} />
            <Table.Tbody>
              {differences.map((difference) => (
                <Table.Tr key={difference.field}>
                  <Table.Td data-label={m.reports.conflictField} fw={600}>
                    {difference.label}
                  </Table.Td>
                  <Table.Td data-label={m.reports.conflictMine} className="report-conflict-mine">
                    {difference.mine}
                  </Table.Td>
                  <Table.Td data-label={m.reports.conflictTheirs} className="report-conflict-theirs">
                    {difference.theirs}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {m.reports.conflictNoValueDifference}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void chooseSaved()} loading={busy === 'saved'} disabled={busy === 'mine'}>
            {m.reports.useSaved}
          </Button>
          <Button onClick={() => void chooseMine()} loading={busy === 'mine'} disabled={isClosed || busy === 'saved'}>
            {m.reports.keepMine}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
