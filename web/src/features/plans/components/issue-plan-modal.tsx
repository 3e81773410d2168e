/**
 * "Ban hành" — for the unit's committee head: the number (blank: the next free one of the
 * unit's symbol this year) and the date of issue, proposed within the plan's years
 * (common/plans/issue-date.ts: the draft's own date, else today, else 1 January of its first
 * year — a 2016–2018 plan entered for the record is not proposed today's date). What the
 * server still finds missing in the plan (no signer, no place, no recipients…) is listed
 * above the form, each part by name.
 */
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PlanDetail } from '../../../../../common/contracts/plans.ts';
import { defaultIssueDate, isIssueDateAllowed, issueYearsOf } from '../../../../../common/plans/issue-date.ts';
import { symbolOfNumber } from '../../../../../common/plans/symbols.ts';
import { formatDate, parseVietnameseDate, todayInVietnam } from '../../../../../common/text/format.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useIssuePlan } from '../api/issue-plan.ts';

const FIELDS = ['serial', 'issuedOn'] as const;

export function IssuePlanModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const m = useMessages();
  const w = m.plans.issueDialog;
  const issue = useIssuePlan(plan.id);
  const [serial, setSerial] = useState('');
  const [issuedOn, setIssuedOn] = useState(() => formatDate(defaultIssueDate({ fromYear: plan.fromYear, toYear: plan.toYear, documentDate: plan.content.date }, todayInVietnam())));
  const years = issueYearsOf(plan);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const symbol = symbolOfNumber(plan.content.number) ?? '';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const own: Record<string, string> = {};
    const serialText = serial.trim();
    if (serialText !== '' && !/^[1-9]\d{0,4}$/.test(serialText)) own.serial = w.serialInvalid;
    const date = parseVietnameseDate(issuedOn);
    if (!issuedOn.trim()) own.issuedOn = m.validation.required;
    else if (!date) own.issuedOn = m.validation.invalidDate;
    else if (!isIssueDateAllowed(date, plan)) own.issuedOn = w.issuedOnOutside(years.first, years.last);
    setErrors(own);
    if (Object.keys(own).length > 0) return;
    issue.mutate(
      { ...(serialText ? { serial: Number(serialText) } : {}), issuedOn: date!, revision: plan.revision },
      {
        onSuccess: (detail) => {
          notifications.show({ color: 'teal', message: w.done(detail.number ?? ''), closeButtonProps: { 'aria-label': m.app.close } });
          onClose();
          // The page turns into the issued document: start reading it from the top.
          window.scrollTo(0, 0);
        },
        onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={w.title} size="lg" closeButtonProps={{ 'aria-label': m.app.close }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError error={issue.error} shownFields={FIELDS} />
          <Text size="sm">{w.intro}</Text>
          <TextInput
            label={w.serial}
            description={w.serialHint(symbol)}
            inputMode="numeric"
            maxLength={5}
            autoComplete="off"
            value={serial}
            onChange={(event) => setSerial(event.currentTarget.value)}
            error={errors.serial}
            data-autofocus
            maw={240}
          />
          <DateField label={w.issuedOn} description={w.issuedOnHint(years.first, years.last)} required value={issuedOn} onChange={setIssuedOn} error={errors.issuedOn} maw={240} />
          <FormActions submitLabel={w.confirm} onCancel={onClose} isPending={issue.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
