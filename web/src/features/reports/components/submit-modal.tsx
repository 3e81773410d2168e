/**
 * "Nộp báo cáo": what submitting means, the reason for being late when the first
 * submission comes after the deadline, and — if the server still refuses — its list of
 * what is missing. Pending edits are saved first: the server submits what it holds.
 */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ReportDetail } from '../../../../../common/contracts/campaigns.ts';
import { todayInVietnam } from '../../../../../common/text/format.ts';
import { FormError } from '../../../components/form-error.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useSubmitReport } from '../api/submit-report.ts';
import type { ReportAutosave } from '../hooks/use-autosave.ts';
import type { ReportDraft } from '../hooks/use-report-draft.ts';

/** A first submission after the deadline needs its reason (lý do nộp muộn); later ones keep the first's. */
export function needsLateReason(detail: Pick<ReportDetail, 'status' | 'firstSubmittedAt' | 'deadline'>): boolean {
  return detail.firstSubmittedAt === null && (detail.status === 'overdue' || todayInVietnam() > detail.deadline);
}

interface SubmitModalProps {
  detail: ReportDetail;
  draft: ReportDraft;
  autosave: ReportAutosave;
  onClose: () => void;
}

export function SubmitModal({ detail, draft, autosave, onClose }: SubmitModalProps) {
  const m = useMessages();
  const submit = useSubmitReport(detail.id);
  const [lateReason, setLateReason] = useState('');
  const [lateError, setLateError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const isLate = needsLateReason(detail);
  const serverLateError = submit.error instanceof ApiError ? submit.error.details.find((d) => d.field === 'lateReason')?.message : undefined;

  const confirm = async () => {
    if (isLate && lateReason.trim() === '') {
      setLateError(m.reports.lateReasonRequired);
      return;
    }
    setLateError(null);
    setSaveError(null);
    setIsSaving(true);
    const isSaved = await autosave.flush().finally(() => setIsSaving(false));
    if (!isSaved) {
      setSaveError(m.reports.saveBeforeSubmitFailed);
      return;
    }
    submit.mutate(
      { version: draft.version, lateReason: isLate ? lateReason.trim() : null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: m.reports.submittedToast, closeButtonProps: { 'aria-label': m.app.close } });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={m.reports.submitTitle} centered closeButtonProps={{ 'aria-label': m.app.close }}>
      <Stack gap="md">
        <FormError error={submit.error} shownFields={['lateReason']} />
        {saveError ? (
          <Text c="red.8" size="sm" role="alert">
            {saveError}
          </Text>
        ) : null}
        <Text size="sm">{m.reports.submitConfirm(detail.reviewer.name)}</Text>
        {isLate ? (
          <Textarea
            label={m.reports.lateReasonLabel}
            description={m.reports.submitLateIntro}
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={lateReason}
            onChange={(event) => setLateReason(event.currentTarget.value)}
            error={lateError ?? serverLateError}
            data-autofocus
          />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {m.app.cancel}
          </Button>
          <Button onClick={() => void confirm()} loading={isSaving || submit.isPending} data-autofocus={isLate ? undefined : true}>
            {m.reports.submit}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
