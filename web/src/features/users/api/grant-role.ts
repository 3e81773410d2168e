/** POST /api/users/:id/roles — a role in a unit of the admin's subtree. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { grantRoleBody, UserSummary } from '../../../../../common/contracts/users.ts';
import { api } from '../../../lib/api-client.ts';

export type GrantRoleInput = z.input<typeof grantRoleBody>;

export function grantRole(id: number, input: GrantRoleInput): Promise<UserSummary> {
  return api.post<UserSummary>(`/api/users/${id}/roles`, input);
}

export function useGrantRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: GrantRoleInput }) => grantRole(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
