/** POST /api/auth/switch-role — act through another of one's roles (another unit). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../../common/contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { resetForSession } from '../../../lib/session.ts';

export function switchRole(roleId: number): Promise<SessionInfo> {
  return api.post<SessionInfo>('/api/auth/switch-role', { roleId });
}

export function useSwitchRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchRole,
    // Another role sees another subtree: nothing cached for the old one may show.
    onSuccess: (session) => resetForSession(queryClient, session),
  });
}
