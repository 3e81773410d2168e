/** PATCH /api/users/:id — name, email, disabled or not. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { updateUserBody, UserSummary } from '../../../../../common/contracts/users.ts';
import { api } from '../../../lib/api-client.ts';

export type UpdateUserInput = z.input<typeof updateUserBody>;

export function updateUser(id: number, input: UpdateUserInput): Promise<UserSummary> {
  return api.patch<UserSummary>(`/api/users/${id}`, input);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateUserInput }) => updateUser(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
