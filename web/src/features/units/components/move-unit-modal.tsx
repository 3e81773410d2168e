/** Move a unit (with everything below it) under a new parent from a date, after a confirmation. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { moveUnitBody, type UnitDetail } from '../../../../../common/contracts/units.ts';
import { DateField, normalizeDateText } from '../../../components/date-field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMoveUnit } from '../api/move-unit.ts';

const FIELDS = ['newParentId', 'effectiveDate'] as const;

export function MoveUnitModal({ unit, opened, onClose }: { unit: UnitDetail; opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const move = useMoveUnit(unit.id);
  const [parent, setParent] = useState<PickedUnit | null>(null);
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isConfirming, setIsConfirming] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const effectiveDate = normalizeDateText(date);
    setDate(effectiveDate);
    const found = contractErrors(moveUnitBody, { newParentId: parent?.id, effectiveDate });
    if (!parent) found.newParentId = m.units.pickUnit;
    if (found.effectiveDate) found.effectiveDate = m.units.invalidDate;
    setErrors(found);
    if (Object.keys(found).length === 0) setIsConfirming(true);
  };

  const onConfirm = () => {
    if (!parent) return;
    move.mutate(
      { newParentId: parent.id, effectiveDate: date },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: m.units.moved });
          onClose();
        },
        onError: (error) => {
          const fieldErrors = serverFieldErrors(error, FIELDS);
          if (Object.keys(fieldErrors).length > 0) {
            setErrors(fieldErrors);
            setIsConfirming(false);
          }
        },
      },
    );
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened={opened} onClose={onClose} title={isConfirming ? m.units.confirmTitle : m.units.move} size="lg">
      {isConfirming && parent ? (
        <Stack gap="md">
          <FormError error={move.error} shownFields={FIELDS} />
          <Text>{m.units.confirmMove(unit.name, parent.name, date)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setIsConfirming(false)}>
              {m.app.back}
            </Button>
            <Button onClick={onConfirm} loading={move.isPending} data-autofocus>
              {m.app.confirm}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <FormError error={move.error} shownFields={FIELDS} />
            <UnitPicker
              label={m.units.newParent}
              description={m.units.newParentHint}
              required
              value={parent}
              onChange={setParent}
              excludeIds={[unit.id, ...(unit.parentId ? [unit.parentId] : [])]}
              error={errors.newParentId}
            />
            <DateField label={m.units.effectiveDate} description={m.units.effectiveDateHint} required value={date} onChange={setDate} error={errors.effectiveDate} />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {m.app.cancel}
              </Button>
              <Button type="submit">{m.units.move}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
