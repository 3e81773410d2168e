/** Gia hạn: a later (or earlier) deadline for one unit, for a reason; the rest keep the campaign's. */
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { extendBody } from '../../../../../common/contracts/campaigns.ts';
import { formatDate, parseVietnameseDate } from '../../../../../common/text/format.ts';
import { DateField, normalizeDateText } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useExtendDeadline } from '../api/extend-deadline.ts';

const FIELDS = ['deadline', 'reason'] as const;

interface ExtendDeadlineModalProps {
  campaignId: number;
  unit: { id: number; name: string };
  /** The deadline that applies to the unit now (an earlier extension, or the campaign's). */
  deadline: string;
  onClose: () => void;
}

export function ExtendDeadlineModal({ campaignId, unit, deadline, onClose }: ExtendDeadlineModalProps) {
  const m = useMessages();
  const words = m.campaigns;
  const extend = useExtendDeadline(campaignId);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = normalizeDateText(date);
    setDate(typed);
    const parsed = parseVietnameseDate(typed);
    const body = { unitId: unit.id, deadline: parsed ?? typed, reason };
    const found = contractErrors(extendBody, body);
    if (typed.trim() === '') found.deadline = m.validation.required;
    else if (!parsed) found.deadline = m.validation.invalidDate;
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed) return;
    extend.mutate(
      { ...body, deadline: parsed },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: words.extended(unit.name, formatDate(parsed)) });
          onClose();
        },
        onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
      },
    );
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened onClose={onClose} title={words.extendTitle(unit.name)} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <FormError error={extend.error} shownFields={FIELDS} />
          <Text size="sm">{words.extendIntro(formatDate(deadline))}</Text>
          <DateField label={words.newDeadline} description={words.dateHint} required value={date} onChange={setDate} error={errors.deadline} data-autofocus />
          <Textarea
            label={words.extendReason}
            placeholder={words.extendReasonPlaceholder}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
          />
          <FormActions submitLabel={words.extend} onCancel={onClose} isPending={extend.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
