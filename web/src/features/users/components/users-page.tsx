/**
 * /users — the people of the admin's subtree: search, filter by unit, page through;
 * add, edit, disable, reset a password, unlock, grant and revoke roles.
 */
import { ActionIcon, Button, Card, Checkbox, EmptyState, Menu, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDots, IconKey, IconLockOpen, IconPencil, IconPlus, IconSearch, IconShieldCheck, IconUserCheck, IconUserOff, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { UserSummary } from '../../../../../common/contracts/users.ts';
import { formatDateTime } from '../../../../../common/text/format.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PagedResults } from '../../../components/paged-results.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { activeRoleOf, useSession } from '../../../lib/session.ts';
import { useUnlockUser } from '../api/unlock-user.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { useUsers } from '../api/get-users.ts';
import { CreateUserModal } from './create-user-modal.tsx';
import { EditUserModal } from './edit-user-modal.tsx';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { UserRolesModal } from './user-roles-modal.tsx';
import { UserStatusBadges } from './user-status-badges.tsx';

const PAGE_SIZE = 20;

type Dialog = { kind: 'create' } | { kind: 'edit' | 'reset' | 'roles' | 'disable' | 'enable' | 'unlock'; user: UserSummary } | null;

export function UsersPage() {
  const m = useMessages();
  usePageTitle(m.users.title);
  const session = useSession();
  const role = activeRoleOf(session);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [directOnly, setDirectOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog>(null);

  useEffect(() => setPage(1), [debounced, unit, directOnly]);

  const users = useUsers({ q: debounced, unitId: unit?.id, directOnly: directOnly && unit !== null, page, pageSize: PAGE_SIZE });
  const update = useUpdateUser();
  const unlock = useUnlockUser();
  const close = () => {
    setDialog(null);
    update.reset();
    unlock.reset();
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={m.users.title}
        description={m.users.intro}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setDialog({ kind: 'create' })}>
            {m.users.add}
          </Button>
        }
      />
      <Card withBorder radius="md" padding="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <TextInput
            type="search"
            label={m.users.search}
            leftSection={<IconSearch size={18} aria-hidden="true" />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autoComplete="off"
          />
          <UnitPicker label={m.users.unitFilter} placeholder={role?.unitName} description={m.users.unitFilterHint} value={unit} onChange={setUnit} includeClosed />
        </SimpleGrid>
        <Checkbox mt="sm" label={m.users.directOnly} checked={directOnly} disabled={!unit} onChange={(event) => setDirectOnly(event.currentTarget.checked)} />
      </Card>

      <Card withBorder radius="md" padding="md" component="section" aria-label={m.users.title}>
        {users.isPending ? <PageLoader /> : null}
        {users.isError ? <LoadError error={users.error} onRetry={() => void users.refetch()} /> : null}
        {users.isSuccess && users.data.items.length === 0 ? (
          <EmptyState icon={<IconUsers aria-hidden="true" />} title={m.users.empty} description={m.users.emptyHint} size="sm" />
        ) : null}
        {users.isSuccess && users.data.items.length > 0 ? (
          <PagedResults total={users.data.total} pageSize={PAGE_SIZE} page={page} onPageChange={setPage}>
            <Table verticalSpacing="sm" className="responsive-table" aria-busy={users.isFetching}>
              <TableHead columns={[m.users.fullName, m.users.roles, m.users.status, m.users.lastLogin]} hasActions />
              <Table.Tbody>
                {users.data.items.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td data-label={m.users.fullName}>
                      <Text fw={600} size="sm">
                        {user.fullName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {user.username}
                        {user.email ? ` · ${user.email}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td data-label={m.users.roles}>
                      <Stack gap={2}>
                        {user.roles.map((r) => (
                          <Text size="sm" key={r.id}>
                            {m.users.roleAt(m.roles[r.role], r.unitName)}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td data-label={m.users.status}>
                      <UserStatusBadges user={user} />
                    </Table.Td>
                    <Table.Td data-label={m.users.lastLogin}>
                      <Text size="sm">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : m.users.never}</Text>
                    </Table.Td>
                    <Table.Td className="cell-actions">
                      <UserActions user={user} isSelf={user.id === session.user.id} onPick={(kind) => setDialog({ kind, user })} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </PagedResults>
        ) : null}
      </Card>

      {dialog?.kind === 'create' ? <CreateUserModal opened onClose={close} defaultUnit={unit ?? (role ? { id: role.unitId, code: role.unitCode, name: role.unitName } : null)} /> : null}
      {dialog?.kind === 'edit' ? <EditUserModal user={dialog.user} opened onClose={close} /> : null}
      {dialog?.kind === 'reset' ? <ResetPasswordModal user={dialog.user} opened onClose={close} /> : null}
      {dialog?.kind === 'roles' ? <UserRolesModal user={dialog.user} opened onClose={close} /> : null}
      {dialog?.kind === 'disable' || dialog?.kind === 'enable' ? (
        <ConfirmModal
          opened
          title={dialog.kind === 'disable' ? m.users.disable : m.users.enable}
          confirmLabel={dialog.kind === 'disable' ? m.users.disable : m.users.enable}
          color={dialog.kind === 'disable' ? 'red' : undefined}
          isPending={update.isPending}
          error={update.error}
          onClose={close}
          onConfirm={() =>
            update.mutate(
              { id: dialog.user.id, input: { isDisabled: dialog.kind === 'disable' } },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: dialog.kind === 'disable' ? m.users.disabledToast : m.users.enabledToast });
                  close();
                },
              },
            )
          }
        >
          {dialog.kind === 'disable' ? m.users.disableConfirm(dialog.user.fullName) : m.users.enableConfirm(dialog.user.fullName)}
        </ConfirmModal>
      ) : null}
      {dialog?.kind === 'unlock' ? (
        <ConfirmModal
          opened
          title={m.users.unlock}
          confirmLabel={m.users.unlock}
          isPending={unlock.isPending}
          error={unlock.error}
          onClose={close}
          onConfirm={() =>
            unlock.mutate(dialog.user.id, {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: m.users.unlocked });
                close();
              },
            })
          }
        >
          {m.users.unlockConfirm(dialog.user.fullName)}
        </ConfirmModal>
      ) : null}
    </Stack>
  );
}

type UserAction = 'edit' | 'reset' | 'roles' | 'disable' | 'enable' | 'unlock';

function UserActions({ user, isSelf, onPick }: { user: UserSummary; isSelf: boolean; onPick: (action: UserAction) => void }) {
  const m = useMessages();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={m.users.userActions(user.fullName)}>
          <IconDots size={18} aria-hidden="true" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {!isSelf ? (
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={() => onPick('edit')}>
            {m.users.edit}
          </Menu.Item>
        ) : null}
        <Menu.Item leftSection={<IconShieldCheck size={16} aria-hidden="true" />} onClick={() => onPick('roles')}>
          {m.users.manageRoles}
        </Menu.Item>
        {!isSelf ? (
          <Menu.Item leftSection={<IconKey size={16} aria-hidden="true" />} onClick={() => onPick('reset')}>
            {m.users.resetPassword}
          </Menu.Item>
        ) : null}
        {!isSelf && user.isLocked ? (
          <Menu.Item leftSection={<IconLockOpen size={16} aria-hidden="true" />} onClick={() => onPick('unlock')}>
            {m.users.unlock}
          </Menu.Item>
        ) : null}
        {!isSelf ? (
          user.isDisabled ? (
            <Menu.Item leftSection={<IconUserCheck size={16} aria-hidden="true" />} onClick={() => onPick('enable')}>
              {m.users.enable}
            </Menu.Item>
          ) : (
            <Menu.Item color="red" leftSection={<IconUserOff size={16} aria-hidden="true" />} onClick={() => onPick('disable')}>
              {m.users.disable}
            </Menu.Item>
          )
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
