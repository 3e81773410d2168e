/** POST /api/auth/login — a username and password become a session (cookie + SessionInfo). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../../common/contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { resetForSession } from '../../../lib/session.ts';

export interface SignInInput {
  username: string;
  password: string;
}

export function signIn(input: SignInInput): Promise<SessionInfo> {
  return api.post<SessionInfo>('/api/auth/login', input);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => resetForSession(queryClient, session),
  });
}
