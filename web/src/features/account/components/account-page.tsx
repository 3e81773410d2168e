/** The person's own account: who they are, the roles they hold, their password. */
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PageHeader } from '../../../components/page-header.tsx';
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
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="profile-title">
        <Title order={2} size="h3" id="profile-title" mb="sm">
          {m.account.profile}
        </Title>
        <dl className="facts">
          <dt>{m.account.fullName}</dt>
          <dd>{user.fullName}</dd>
          <dt>{m.account.username}</dt>
          <dd>{user.username}</dd>
          <dt>{m.account.email}</dt>
          <dd>{user.email ?? m.app.none}</dd>
          <dt>{m.account.language}</dt>
          <dd>{locale === 'en' ? 'English' : 'Tiếng Việt'}</dd>
        </dl>
      </Card>

      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="roles-title">
        <Title order={2} size="h3" id="roles-title">
          {m.account.roles}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {m.account.rolesIntro}
        </Text>
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{m.users.role}</Table.Th>
                <Table.Th scope="col">{m.users.unit}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{m.app.actions}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
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
      </Card>

      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="password-title">
        <Title order={2} size="h3" id="password-title">
          {m.password.change}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {m.password.rule}
        </Text>
        <ChangePasswordForm username={user.username} />
      </Card>
    </Stack>
  );
}
