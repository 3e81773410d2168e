/** DELETE /api/users/:id/roles/:roleId — answers the user, or null when they are no longer visible. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserSummary } from '../../../../../common/contracts/users.ts';
import { api } from '../../../lib/api-client.ts';

export function revokeRole(id: number, roleId: number): Promise<UserSummary | null> {
  return api.delete<UserSummary | null>(`/api/users/${id}/roles/${roleId}`);
}

export function useRevokeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, roleId }: { id: number; roleId: number }) => revokeRole(id, roleId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
