/** Before anything else: a person signing in with a temporary password sets their own. */
import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { BrandMark } from '../../../components/brand-mark.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useSession } from '../../../lib/session.ts';
import { ChangePasswordForm } from './change-password-form.tsx';

export function ForcedPasswordChange({ onSignOut }: { onSignOut: () => void }) {
  const m = useMessages();
  const session = useSession();
  usePageTitle(m.password.forcedTitle);
  return (
    <Box className="sign-in-screen">
      <main id="main" className="sign-in-main" tabIndex={-1}>
        <Group justify="center" gap="xs" mb="lg">
          <BrandMark size={36} />
          <Text fw={700} fz={22} c="brand.8">
            {m.app.name}
          </Text>
        </Group>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} className="sign-in-card">
          <Stack gap="sm">
            <Title order={1} size="h2">
              {m.password.forcedTitle}
            </Title>
            <Text size="sm">{m.password.forcedIntro}</Text>
            <Text size="sm" c="dimmed">
              {m.password.rule}
            </Text>
            <ChangePasswordForm username={session.user.username} />
            <Group justify="flex-end">
              <Button variant="subtle" onClick={onSignOut}>
                {m.header.signOut}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </main>
    </Box>
  );
}
