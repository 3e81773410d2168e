/** Pages for what is not there or not allowed: said plainly, with a way back. */
import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMessages } from '../../lib/i18n.tsx';
import { usePageTitle } from '../../lib/page-title.ts';

export function NotAllowed() {
  const m = useMessages();
  usePageTitle(m.app.notAllowedTitle);
  return (
    <Stack>
      <Title order={1} size="h2">
        {m.app.notAllowedTitle}
      </Title>
      <Alert color="orange" variant="light">
        {m.app.notAllowed}{' '}
        <Anchor component={Link} to="/units">
          {m.app.goHome}
        </Anchor>
      </Alert>
    </Stack>
  );
}

export function NotFound() {
  const m = useMessages();
  usePageTitle(m.app.notFoundTitle);
  return (
    <Stack>
      <Title order={1} size="h2">
        {m.app.notFoundTitle}
      </Title>
      <Alert color="gray" variant="light">
        {m.app.notFound}{' '}
        <Anchor component={Link} to="/units">
          {m.app.goHome}
        </Anchor>
      </Alert>
    </Stack>
  );
}

export function PageCrashed({ onRetry }: { onRetry: () => void }) {
  const m = useMessages();
  return (
    <Stack>
      <Title order={1} size="h2">
        {m.app.crashTitle}
      </Title>
      <Alert color="red" variant="light">
        {m.app.crash}{' '}
        <Anchor component="button" type="button" onClick={onRetry}>
          {m.app.retry}
        </Anchor>
        {' · '}
        <Anchor href={window.location.href}>{m.app.reload}</Anchor>
      </Alert>
    </Stack>
  );
}
