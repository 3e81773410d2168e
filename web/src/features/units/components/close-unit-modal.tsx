/**
 * Close a unit from a date (the 2025 reform): name its successor and where its open
 * children go. The confirmation says what will happen before anything is written.
 */
import { Alert, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { closeUnitBody, type UnitDetail } from '../../../../../common/contracts/units.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { DateField } from '../../../components/date-field.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { contractErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useCloseUnit } from '../api/close-unit.ts';
import { useReformSteps } from '../hooks/use-reform-steps.ts';
import { ReformModal } from './reform-modal.tsx';

const FIELDS = ['effectiveDate', 'successorId', 'moveChildrenToId', 'reason'] as const;

export function CloseUnitModal({ unit, opened, onClose }: { unit: UnitDetail; opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const close = useCloseUnit(unit.id);
  const steps = useReformSteps(FIELDS);
  const [successor, setSuccessor] = useState<PickedUnit | null>(null);
  const [childrenTo, setChildrenTo] = useState<PickedUnit | null>(null);
  const [reason, setReason] = useState('');
  const hasChildren = unit.childCount > 0;
  const childrenTarget = childrenTo ?? successor;

  const body = () => ({ effectiveDate: steps.date, successorId: successor?.id ?? null, moveChildrenToId: childrenTo?.id ?? null, reason: reason.trim() || null });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => steps.submit(event, (effectiveDate) => contractErrors(closeUnitBody, { ...body(), effectiveDate }));

  const onConfirm = () => close.mutate(body(), steps.settle(m.units.closedToast, onClose));

  return (
    <ReformModal
      opened={opened}
      onClose={onClose}
      title={`${m.units.close}: ${unit.name}`}
      error={close.error}
      fields={FIELDS}
      onSubmit={onSubmit}
      submitLabel={m.units.close}
      submitColor="red"
      isConfirming={steps.isConfirming}
      onBack={steps.back}
      confirmation={
        <Alert color="orange" variant="light">
          <Text size="sm">{m.units.confirmClose(unit.name, steps.date)}</Text>
          {hasChildren && childrenTarget ? (
            <Text size="sm" mt="xs">
              {m.units.confirmCloseChildren(formatNumber(unit.childCount), childrenTarget.name)}
            </Text>
          ) : null}
        </Alert>
      }
      confirmLabel={m.units.close}
      confirmColor="red"
      onConfirm={onConfirm}
      isPending={close.isPending}
    >
      <DateField {...steps.dateField} data-autofocus />
      <UnitPicker label={m.units.closeSuccessor} description={m.units.closeSuccessorHint} value={successor} onChange={setSuccessor} excludeIds={[unit.id]} error={steps.errors.successorId} />
      {hasChildren ? (
        <UnitPicker
          label={m.units.closeChildrenTo}
          description={m.units.closeChildrenToHint(formatNumber(unit.childCount))}
          value={childrenTo}
          onChange={setChildrenTo}
          excludeIds={[unit.id]}
          error={steps.errors.moveChildrenToId}
        />
      ) : null}
      <Textarea label={m.units.closeReason} placeholder={m.units.closeReasonPlaceholder} autosize minRows={2} maxLength={500} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={steps.errors.reason} />
    </ReformModal>
  );
}
