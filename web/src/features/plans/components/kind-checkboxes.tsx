/** Checkboxes of unit kinds by level, each level with an "all of them" box that shows a partial choice. */
import { Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useMessages } from '../../../lib/i18n.tsx';
import type { KindGroup } from './kind-groups.ts';

interface KindCheckboxesProps {
  legend: string;
  groups: readonly KindGroup[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: ReactNode;
}

export function KindCheckboxes({ legend, groups, selected, onChange, error }: KindCheckboxesProps) {
  const m = useMessages();
  const w = m.plans.campaign;
  const isChosen = (id: number) => selected.includes(String(id));
  const setGroup = (group: KindGroup, on: boolean) => {
    const ids = new Set(selected);
    for (const kind of group.kinds) {
      if (on) ids.add(String(kind.id));
      else ids.delete(String(kind.id));
    }
    onChange([...ids]);
  };
  return (
    <fieldset className="plan-kinds" data-field-error={error ? 'true' : undefined}>
      <legend>{legend}</legend>
      <Stack gap="sm">
        {groups.map((group) => {
          const chosen = group.kinds.filter((kind) => isChosen(kind.id)).length;
          return (
            <div key={group.level.id} role="group" aria-label={group.level.name}>
              <Text size="sm" fw={600} mb={4} aria-hidden="true">
                {group.level.name}
              </Text>
              <Stack gap={6}>
                {group.kinds.length > 1 ? (
                  <Checkbox
                    label={w.allOfLevel(group.level.name)}
                    checked={chosen === group.kinds.length}
                    indeterminate={chosen > 0 && chosen < group.kinds.length}
                    onChange={(event) => setGroup(group, event.currentTarget.checked)}
                  />
                ) : null}
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} pl={group.kinds.length > 1 ? 'lg' : 0}>
                  {group.kinds.map((kind) => (
                    <Checkbox
                      key={kind.id}
                      label={kind.name}
                      checked={isChosen(kind.id)}
                      onChange={(event) => onChange(event.currentTarget.checked ? [...selected, String(kind.id)] : selected.filter((id) => id !== String(kind.id)))}
                    />
                  ))}
                </SimpleGrid>
              </Stack>
            </div>
          );
        })}
        {error ? (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </fieldset>
  );
}
