/** Merge units into this one from a date: they close with this unit as successor and hand over their children. */
import { ActionIcon, Button, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { mergeUnitsBody, type UnitDetail } from '../../../../../common/contracts/units.ts';
import { DateField, normalizeDateText } from '../../../components/date-field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMergeUnits } from '../api/merge-units.ts';

const FIELDS = ['sourceIds', 'effectiveDate'] as const;

export function MergeUnitsModal({ unit, opened, onClose }: { unit: UnitDetail; opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const merge = useMergeUnits();
  const [sources, setSources] = useState<PickedUnit[]>([]);
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isConfirming, setIsConfirming] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const effectiveDate = normalizeDateText(date);
    setDate(effectiveDate);
    const found = contractErrors(mergeUnitsBody, { sourceIds: sources.map((s) => s.id), targetId: unit.id, effectiveDate });
    if (sources.length === 0) found.sourceIds = m.units.mergeNeedsSource;
    if (found.effectiveDate) found.effectiveDate = m.units.invalidDate;
    setErrors(found);
    if (Object.keys(found).length === 0) setIsConfirming(true);
  };

  const onConfirm = () =>
    merge.mutate(
      { sourceIds: sources.map((s) => s.id), targetId: unit.id, effectiveDate: date },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: m.units.merged });
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

  const names = sources.map((s) => `“${s.name}”`).join(', ');
  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened={opened} onClose={onClose} title={isConfirming ? m.units.confirmTitle : m.units.merge} size="lg">
      {isConfirming ? (
        <Stack gap="md">
          <FormError error={merge.error} shownFields={FIELDS} />
          <Text>{m.units.confirmMerge(names, unit.name, date)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setIsConfirming(false)}>
              {m.app.back}
            </Button>
            <Button color="red" onClick={onConfirm} loading={merge.isPending} data-autofocus>
              {m.app.confirm}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <FormError error={merge.error} shownFields={FIELDS} />
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
              error={errors.sourceIds}
            />
            <DateField label={m.units.effectiveDate} description={m.units.effectiveDateHint} required value={date} onChange={setDate} error={errors.effectiveDate} />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {m.app.cancel}
              </Button>
              <Button type="submit">{m.units.merge}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
