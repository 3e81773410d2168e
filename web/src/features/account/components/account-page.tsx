/** The person's own account: who they are, the roles they hold, their password. */
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fact } from '../../../components/fact.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useSession } from '../../../lib/session.ts';
import { ChangePasswordForm } from './change-password-form.tsx';

interface AccountPageProps {
  /** Switching role is the shell's business (it resets the caches); the page only asks. */
  onUseRole: (roleId: number) => Promise<unknown>;
}

export function AccountPage({ onUseRole }: AccountPageProps) {
  const { m, locale } = useI18n();
  const session = useSession();
  usePageTitle(m.account.title);
  const { user } = session;

  return (
    <Stack gap="lg">
      <PageHeader title={m.account.title} />
      <SectionCard id="profile-title" title={m.account.profile} titleSize="h3">
        <dl className="facts">
          <Fact label={m.account.fullName}>{user.fullName}</Fact>
          <Fact label={m.account.username}>{user.username}</Fact>
          <Fact label={m.account.email}>{user.email ?? m.app.none}</Fact>
          <Fact label={m.account.language}>{locale === 'en' ? 'English' : 'Tiếng Việt'}</Fact>
        </dl>
      </SectionCard>

      <SectionCard id="roles-title" title={m.account.roles} titleSize="h3" intro={m.account.rolesIntro}>
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="sm">
            <TableHead columns={[m.users.role, m.users.unit]} hasActions />
            <Table.Tbody>
              {session.roles.map((role) => (
                <Table.Tr key={role.id}>
                  <Table.Td>{m.roles[role.role]}</Table.Td>
                  <Table.Td>
                    {role.unitName}{' '}
                    <Text span size="xs" c="dimmed">
                      ({role.unitCode})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      {role.id === session.activeRoleId ? (
                        <Badge variant="light" color="teal">
                          {m.account.active}
                        </Badge>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() =>
                            void onUseRole(role.id).then(() => notifications.show({ color: 'teal', message: m.header.switchedRole(m.roles[role.role], role.unitName) }))
                          }
                        >
                          {m.account.useRole}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>

      <SectionCard id="password-title" title={m.password.change} titleSize="h3" intro={m.password.rule} gap="md">
        <ChangePasswordForm username={user.username} />
      </SectionCard>
    </Stack>
  );
}
