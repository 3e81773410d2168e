/**
 * Close a unit from a date (the 2025 reform): name its successor and where its open
 * children go. The confirmation says what will happen before anything is written.
 */
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { closeUnitBody, type UnitDetail } from '../../../../../common/contracts/units.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { DateField, normalizeDateText } from '../../../components/date-field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useCloseUnit } from '../api/close-unit.ts';

const FIELDS = ['effectiveDate', 'successorId', 'moveChildrenToId', 'reason'] as const;

export function CloseUnitModal({ unit, opened, onClose }: { unit: UnitDetail; opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const close = useCloseUnit(unit.id);
  const [date, setDate] = useState('');
  const [successor, setSuccessor] = useState<PickedUnit | null>(null);
  const [childrenTo, setChildrenTo] = useState<PickedUnit | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isConfirming, setIsConfirming] = useState(false);
  const hasChildren = unit.childCount > 0;
  const childrenTarget = childrenTo ?? successor;

  const body = () => ({ effectiveDate: date, successorId: successor?.id ?? null, moveChildrenToId: childrenTo?.id ?? null, reason: reason.trim() || null });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const effectiveDate = normalizeDateText(date);
    setDate(effectiveDate);
    const found = contractErrors(closeUnitBody, { ...body(), effectiveDate });
    if (found.effectiveDate) found.effectiveDate = m.units.invalidDate;
    setErrors(found);
    if (Object.keys(found).length === 0) setIsConfirming(true);
  };

  const onConfirm = () =>
    close.mutate(body(), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: m.units.closedToast });
        onClose();
      },
      onError: (error) => {
        const fieldErrors = serverFieldErrors(error, FIELDS);
        if (Object.keys(fieldErrors).length > 0) {
          setErrors(fieldErrors);
          setIsConfirming(false);
        }
      },
    });

  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened={opened} onClose={onClose} title={isConfirming ? m.units.confirmTitle : `${m.units.close}: ${unit.name}`} size="lg">
      {isConfirming ? (
        <Stack gap="md">
          <FormError error={close.error} shownFields={FIELDS} />
          <Alert color="orange" variant="light">
            <Text size="sm">{m.units.confirmClose(unit.name, date)}</Text>
            {hasChildren && childrenTarget ? (
              <Text size="sm" mt="xs">
                {m.units.confirmCloseChildren(formatNumber(unit.childCount), childrenTarget.name)}
              </Text>
            ) : null}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setIsConfirming(false)}>
              {m.app.back}
            </Button>
            <Button color="red" onClick={onConfirm} loading={close.isPending} data-autofocus>
              {m.units.close}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <FormError error={close.error} shownFields={FIELDS} />
            <DateField label={m.units.effectiveDate} description={m.units.effectiveDateHint} required value={date} onChange={setDate} error={errors.effectiveDate} data-autofocus />
            <UnitPicker label={m.units.closeSuccessor} description={m.units.closeSuccessorHint} value={successor} onChange={setSuccessor} excludeIds={[unit.id]} error={errors.successorId} />
            {hasChildren ? (
              <UnitPicker
                label={m.units.closeChildrenTo}
                description={m.units.closeChildrenToHint(formatNumber(unit.childCount))}
                value={childrenTo}
                onChange={setChildrenTo}
                excludeIds={[unit.id]}
                error={errors.moveChildrenToId}
              />
            ) : null}
            <Textarea label={m.units.closeReason} placeholder={m.units.closeReasonPlaceholder} autosize minRows={2} maxLength={500} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={errors.reason} />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {m.app.cancel}
              </Button>
              <Button type="submit" color="red">
                {m.units.close}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
