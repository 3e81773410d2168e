/** Locked (too many wrong passwords) and disabled (by an admin) are different: say which. */
import { Badge, Group } from '@mantine/core';
import { IconLock, IconUserOff } from '@tabler/icons-react';
import type { UserSummary } from '../../../../../common/contracts/users.ts';
import { useMessages } from '../../../lib/i18n.tsx';

export function UserStatusBadges({ user }: { user: UserSummary }) {
  const m = useMessages();
  if (!user.isLocked && !user.isDisabled) {
    return (
      <Badge variant="light" color="teal" size="sm">
        {m.users.statusActive}
      </Badge>
    );
  }
  return (
    <Group gap={4}>
      {user.isDisabled ? (
        <Badge variant="light" color="gray" size="sm" leftSection={<IconUserOff size={12} aria-hidden="true" />}>
          {m.users.statusDisabled}
        </Badge>
      ) : null}
      {user.isLocked ? (
        <Badge variant="light" color="orange" size="sm" leftSection={<IconLock size={12} aria-hidden="true" />}>
          {m.users.statusLocked}
        </Badge>
      ) : null}
    </Group>
  );
}
