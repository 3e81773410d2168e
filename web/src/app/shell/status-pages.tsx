/** Pages for what is not there or not allowed: said plainly, with a way back. */
import { Alert, Anchor, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../../lib/i18n.tsx';
import { usePageTitle } from '../../lib/page-title.ts';

/** The page's h1 and what happened, in an alert coloured by how serious it is, ending with what to do. */
function StatusPage({ title, color, children }: { title: string; color: string; children: ReactNode }) {
  return (
    <Stack>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Alert color={color} variant="light">
        {children}
      </Alert>
    </Stack>
  );
}

/** A page that tells what is missing or refused, titled in the tab too, with a link back to the units. */
function GoHomePage({ title, color, message }: { title: string; color: string; message: string }) {
  const m = useMessages();
  usePageTitle(title);
  return (
    <StatusPage title={title} color={color}>
      {message}{' '}
      <Anchor component={Link} to="/units">
        {m.app.goHome}
      </Anchor>
    </StatusPage>
  );
}

export function NotAllowed() {
  const m = useMessages();
  return <GoHomePage title={m.app.notAllowedTitle} color="orange" message={m.app.notAllowed} />;
}

export function NotFound() {
  const m = useMessages();
  return <GoHomePage title={m.app.notFoundTitle} color="gray" message={m.app.notFound} />;
}

export function PageCrashed({ onRetry }: { onRetry: () => void }) {
  const m = useMessages();
  return (
    <StatusPage title={m.app.crashTitle} color="red">
      {m.app.crash}{' '}
      <Anchor component="button" type="button" onClick={onRetry}>
        {m.app.retry}
      </Anchor>
      {' · '}
      <Anchor href={window.location.href}>{m.app.reload}</Anchor>
    </StatusPage>
  );
}
