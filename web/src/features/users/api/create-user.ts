/** POST /api/users — a person with a first role; they must change the temporary password. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createUserBody, UserSummary } from '../../../../../common/contracts/users.ts';
import { api } from '../../../lib/api-client.ts';

export type CreateUserInput = z.input<typeof createUserBody>;

export function createUser(input: CreateUserInput): Promise<UserSummary> {
  return api.post<UserSummary>('/api/users', input);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }) });
}
