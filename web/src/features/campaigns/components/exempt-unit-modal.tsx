/** Miễn nộp: a unit need not answer this campaign, for a reason the board shows beside it. */
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { exemptBody } from '../../../../../common/contracts/campaigns.ts';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useExemptUnit } from '../api/exempt-unit.ts';

const FIELDS = ['reason'] as const;

interface ExemptUnitModalProps {
  campaignId: number;
  unit: { id: number; name: string };
  onClose: () => void;
}

export function ExemptUnitModal({ campaignId, unit, onClose }: ExemptUnitModalProps) {
  const m = useMessages();
  const words = m.campaigns;
  const exempt = useExemptUnit(campaignId);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { unitId: unit.id, reason };
    const found = contractErrors(exemptBody, body);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    exempt.mutate(body, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: words.exempted(unit.name) });
        onClose();
      },
      onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
    });
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened onClose={onClose} title={words.exemptTitle(unit.name)} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <FormError error={exempt.error} shownFields={FIELDS} />
          <Text size="sm">{words.exemptIntro}</Text>
          <Textarea
            label={words.exemptReasonLabel}
            placeholder={words.exemptReasonPlaceholder}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
            data-autofocus
          />
          <FormActions submitLabel={words.exempt} onCancel={onClose} isPending={exempt.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
