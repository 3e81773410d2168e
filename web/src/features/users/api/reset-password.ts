/** POST /api/users/:id/reset-password — a temporary password the person must change at next sign-in. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserSummary } from '../../../../../common/contracts/users.ts';
import { api } from '../../../lib/api-client.ts';

export function resetPassword(id: number, newPassword: string): Promise<UserSummary> {
  return api.post<UserSummary>(`/api/users/${id}/reset-password`, { newPassword });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: number; newPassword: string }) => resetPassword(id, newPassword),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
