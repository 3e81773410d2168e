/** Merge units into this one from a date: they close with this unit as successor and hand over their children. */
import { ActionIcon, Group, List, Paper, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { mergeUnitsBody, type UnitDetail } from '../../../../../common/contracts/units.ts';
import { DateField } from '../../../components/date-field.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { contractErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMergeUnits } from '../api/merge-units.ts';
import { useReformSteps } from '../hooks/use-reform-steps.ts';
import { ReformModal } from './reform-modal.tsx';

const FIELDS = ['sourceIds', 'effectiveDate'] as const;

export function MergeUnitsModal({ unit, opened, onClose }: { unit: UnitDetail; opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const merge = useMergeUnits();
  const steps = useReformSteps(FIELDS);
  const [sources, setSources] = useState<PickedUnit[]>([]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    steps.submit(event, (effectiveDate) => {
      const found = contractErrors(mergeUnitsBody, { sourceIds: sources.map((s) => s.id), targetId: unit.id, effectiveDate });
      if (sources.length === 0) found.sourceIds = m.units.mergeNeedsSource;
      return found;
    });

  const onConfirm = () => merge.mutate({ sourceIds: sources.map((s) => s.id), targetId: unit.id, effectiveDate: steps.date }, steps.settle(m.units.merged, onClose));

  const names = sources.map((s) => `“${s.name}”`).join(', ');
  return (
    <ReformModal
      opened={opened}
      onClose={onClose}
      title={m.units.merge}
      error={merge.error}
      fields={FIELDS}
      onSubmit={onSubmit}
      submitLabel={m.units.merge}
      isConfirming={steps.isConfirming}
      onBack={steps.back}
      confirmation={<Text>{m.units.confirmMerge(names, unit.name, steps.date)}</Text>}
      confirmLabel={m.app.confirm}
      confirmColor="red"
      onConfirm={onConfirm}
      isPending={merge.isPending}
    >
      <Text size="sm" c="dimmed">
        {m.units.mergeSourcesHint}
      </Text>
      {sources.length > 0 ? (
        <Paper withBorder p="xs" radius="md">
          <List listStyleType="none" spacing={4} aria-label={m.units.mergeSources}>
            {sources.map((source) => (
              <List.Item key={source.id}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm">
                    {source.name}{' '}
                    <Text span size="xs" c="dimmed">
                      ({source.code})
                    </Text>
                  </Text>
                  <ActionIcon variant="subtle" color="gray" aria-label={m.units.mergeRemove(source.name)} onClick={() => setSources((list) => list.filter((s) => s.id !== source.id))}>
                    <IconX size={16} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
      <UnitPicker
        key={sources.length}
        label={sources.length === 0 ? m.units.mergeSources : m.units.mergeAdd}
        value={null}
        required={sources.length === 0}
        onChange={(picked) => {
          if (picked && !sources.some((s) => s.id === picked.id)) setSources((list) => [...list, picked]);
        }}
        excludeIds={[unit.id, ...sources.map((s) => s.id)]}
        error={steps.errors.sourceIds}
      />
      <DateField {...steps.dateField} />
    </ReformModal>
  );
}
