/** Move a unit (with everything below it) under a new parent from a date, after a confirmation. */
import { Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { moveUnitBody, type UnitDetail } from '../../../../../common/contracts/units.ts';
import { DateField } from '../../../components/date-field.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { contractErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMoveUnit } from '../api/move-unit.ts';
import { useReformSteps } from '../hooks/use-reform-steps.ts';
import { ReformModal } from './reform-modal.tsx';

const FIELDS = ['newParentId', 'effectiveDate'] as const;

export function MoveUnitModal({ unit, opened, onClose }: { unit: UnitDetail; opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const move = useMoveUnit(unit.id);
  const steps = useReformSteps(FIELDS);
  const [parent, setParent] = useState<PickedUnit | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    steps.submit(event, (effectiveDate) => {
      const found = contractErrors(moveUnitBody, { newParentId: parent?.id, effectiveDate });
      if (!parent) found.newParentId = m.units.pickUnit;
      return found;
    });

  const onConfirm = () => {
    if (!parent) return;
    move.mutate({ newParentId: parent.id, effectiveDate: steps.date }, steps.settle(m.units.moved, onClose));
  };

  return (
    <ReformModal
      opened={opened}
      onClose={onClose}
      title={m.units.move}
      error={move.error}
      fields={FIELDS}
      onSubmit={onSubmit}
      submitLabel={m.units.move}
      isConfirming={steps.isConfirming && parent !== null}
      onBack={steps.back}
      confirmation={parent ? <Text>{m.units.confirmMove(unit.name, parent.name, steps.date)}</Text> : null}
      confirmLabel={m.app.confirm}
      onConfirm={onConfirm}
      isPending={move.isPending}
    >
      <UnitPicker
        label={m.units.newParent}
        description={m.units.newParentHint}
        required
        value={parent}
        onChange={setParent}
        excludeIds={[unit.id, ...(unit.parentId ? [unit.parentId] : [])]}
        error={steps.errors.newParentId}
      />
      <DateField {...steps.dateField} />
    </ReformModal>
  );
}
