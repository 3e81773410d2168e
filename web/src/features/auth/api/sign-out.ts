/** POST /api/auth/logout — ends the session; everything cached for this person is dropped. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { resetForSession } from '../../../lib/session.ts';

export function signOut(): Promise<{ ok: true }> {
  return api.post<{ ok: true }>('/api/auth/logout');
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Signed out either way: a failed request must not leave a half-signed-in screen.
    onSettled: () => resetForSession(queryClient, null),
  });
}
