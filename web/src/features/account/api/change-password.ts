/** POST /api/auth/change-password — the person's own password; clears "must change". */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordBody } from '../../../../../common/contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { sessionQueryKey } from '../../../lib/session.ts';

export type ChangePasswordInput = z.input<typeof changePasswordBody>;

export function changePassword(input: ChangePasswordInput): Promise<{ ok: true }> {
  return api.post<{ ok: true }>('/api/auth/change-password', input);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
