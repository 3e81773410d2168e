/** PUT /api/auth/preferences — remembers the interface language for the person, on every device. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../../common/contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { sessionQueryKey } from '../../../lib/session.ts';

export interface Preferences {
  locale: 'vi' | 'en';
}

export function updatePreferences(preferences: Preferences): Promise<{ ok: true }> {
  return api.put<{ ok: true }>('/api/auth/preferences', preferences);
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (_ok, preferences) =>
      queryClient.setQueryData<SessionInfo | null>(sessionQueryKey, (session) => (session ? { ...session, user: { ...session.user, locale: preferences.locale } } : session)),
  });
}
