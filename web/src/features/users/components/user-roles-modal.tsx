/** The roles a person holds, each in one unit: grant another, revoke one (with a confirmation). */
import { ActionIcon, Button, Divider, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { UserSummary } from '../../../../../common/contracts/users.ts';
import type { Role } from '../../../../../common/roles.ts';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { useActiveRole } from '../../../lib/session.ts';
import { useGrantRole } from '../api/grant-role.ts';
import { useRevokeRole } from '../api/revoke-role.ts';
import { grantableRoleOptions } from './role-options.ts';

export function UserRolesModal({ user, opened, onClose }: { user: UserSummary; opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const activeRole = useActiveRole();
  const grant = useGrantRole();
  const revoke = useRevokeRole();
  const [roles, setRoles] = useState(user.roles);
  const [role, setRole] = useState<string | null>('viewer');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [unitError, setUnitError] = useState<string | null>(null);
  const [pendingRevoke, setPendingRevoke] = useState<number | null>(null);

  const onGrant = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!unit) return setUnitError(m.units.pickUnit);
    setUnitError(null);
    grant.mutate(
      { id: user.id, input: { role: (role ?? 'viewer') as Role, unitId: unit.id } },
      {
        onSuccess: (updated) => {
          setRoles(updated.roles);
          setUnit(null);
          notifications.show({ color: 'teal', message: m.users.granted });
        },
      },
    );
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened={opened} onClose={onClose} title={m.users.rolesTitle(user.fullName)} size="lg">
      <Stack gap="md">
        <FormError error={revoke.error} />
        {roles.length === 0 ? (
          <Text c="dimmed">{m.users.noRoles}</Text>
        ) : (
          <Table verticalSpacing="xs">
            <TableHead columns={[m.users.role, m.users.unit]} hasActions />
            <Table.Tbody>
              {roles.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{m.roles[r.role]}</Table.Td>
                  <Table.Td>{r.unitName}</Table.Td>
                  <Table.Td ta="right">
                    {pendingRevoke === r.id ? (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setPendingRevoke(null)}>
                          {m.app.cancel}
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          loading={revoke.isPending}
                          onClick={() =>
                            revoke.mutate(
                              { id: user.id, roleId: r.id },
                              {
                                onSuccess: (updated) => {
                                  setRoles(updated?.roles ?? roles.filter((x) => x.id !== r.id));
                                  setPendingRevoke(null);
                                  notifications.show({ color: 'teal', message: m.users.revoked });
                                },
                              },
                            )
                          }
                        >
                          {m.users.revoke}
                        </Button>
                      </Group>
                    ) : (
                      <ActionIcon variant="subtle" color="red" onClick={() => setPendingRevoke(r.id)} aria-label={m.users.revokeLabel(m.roles[r.role], r.unitName)}>
                        <IconTrash size={16} aria-hidden="true" />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Divider />
        <form onSubmit={onGrant} noValidate>
          <Stack gap="sm">
            <Title order={3} size="h5">
              {m.users.grant}
            </Title>
            <FormError error={grant.error} />
            <Select label={m.users.role} data={grantableRoleOptions(activeRole?.role, m)} value={role} onChange={setRole} allowDeselect={false} />
            <UnitPicker label={m.users.unit} description={m.users.unitHint} value={unit} onChange={setUnit} error={unitError} required />
            <FormActions submitLabel={m.users.grant} onCancel={onClose} cancelLabel={m.app.close} isPending={grant.isPending} mt={0} />
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
