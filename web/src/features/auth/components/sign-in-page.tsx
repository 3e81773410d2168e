/**
 * The sign-in screen: two fields a password manager recognises, one button, and a
 * plain answer when it fails — including until when an account is locked.
 * Part of the entry bundle (it is the first screen), so it stays small: no zod here.
 */
import { Alert, Box, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api-client.ts';
import { useDescribeError, useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useSignIn } from '../api/sign-in.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { BrandMark } from '../../../components/brand-mark.tsx';

/** Only paths inside this app: never an open redirect to another site. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/units';
  return next;
}

export function SignInPage() {
  const m = useMessages();
  const describe = useDescribeError();
  usePageTitle(m.signIn.title);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = {
      ...(username.trim() ? {} : { username: m.signIn.usernameRequired }),
      ...(password ? {} : { password: m.signIn.passwordRequired }),
    };
    setFieldErrors(errors);
    if (errors.username || errors.password) return;
    signIn.mutate(
      { username: username.trim(), password },
      {
        onSuccess: () => void navigate(safeNextPath(params.get('next')), { replace: true }),
        onError: () => setPassword(''),
      },
    );
  };

  const error = signIn.error;
  const isLocked = error instanceof ApiError && error.code === 'ACCOUNT_LOCKED';
  const reason = params.get('reason');

  return (
    <Box className="sign-in-screen">
      <Box className="sign-in-topbar">
        <LanguageSwitch />
      </Box>
      <main id="main" className="sign-in-main" tabIndex={-1}>
        <Stack align="center" gap="xs" mb="lg">
          <BrandMark size={48} />
          <Text fw={700} fz={26} c="brand.8">
            {m.app.name}
          </Text>
          <Text ta="center" c="dimmed" maw={360}>
            {m.app.tagline}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} className="sign-in-card">
          <form onSubmit={onSubmit} noValidate aria-describedby="sign-in-intro">
            <Stack gap="md">
              <Title order={1} size="h2">
                {m.signIn.title}
              </Title>
              <Text id="sign-in-intro" size="sm" c="dimmed">
                {m.signIn.intro}
              </Text>
              {reason === 'expired' && !error ? (
                <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden="true" />} role="status">
                  {m.signIn.sessionExpired}
                </Alert>
              ) : null}
              {reason === 'signed-out' && !error ? (
                <Alert variant="light" color="teal" icon={<IconInfoCircle aria-hidden="true" />} role="status">
                  {m.signIn.signedOut}
                </Alert>
              ) : null}
              {error ? (
                <Alert
                  variant="light"
                  color={isLocked ? 'orange' : 'red'}
                  icon={isLocked ? <IconLock aria-hidden="true" /> : <IconAlertTriangle aria-hidden="true" />}
                  title={isLocked ? m.signIn.lockedTitle : m.signIn.failedTitle}
                  role="alert"
                  data-testid="sign-in-error"
                >
                  {isLocked ? (error as ApiError).message : describe(error)}
                </Alert>
              ) : null}
              <TextInput
                label={m.signIn.username}
                name="username"
                id="username"
                autoComplete="username"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                required
                value={username}
                onChange={(event) => setUsername(event.currentTarget.value)}
                error={fieldErrors.username}
                size="md"
                data-autofocus
                autoFocus
              />
              <PasswordInput
                label={m.signIn.password}
                name="password"
                id="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password}
                size="md"
                visibilityToggleButtonProps={{ 'aria-label': m.password.show }}
              />
              <Button type="submit" size="md" fullWidth loading={signIn.isPending} loaderProps={{ 'aria-label': m.signIn.submitting }}>
                {m.signIn.submit}
              </Button>
              <Text size="sm" c="dimmed">
                {m.signIn.forgot}
              </Text>
            </Stack>
          </form>
        </Paper>
      </main>
    </Box>
  );
}
