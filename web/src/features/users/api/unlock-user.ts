/** POST /api/users/:id/unlock — lifts a lock left by repeated wrong passwords. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserSummary } from '../../../../../common/contracts/users.ts';
import { api } from '../../../lib/api-client.ts';

export function unlockUser(id: number): Promise<UserSummary> {
  return api.post<UserSummary>(`/api/users/${id}/unlock`);
}

export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: unlockUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }) });
}
