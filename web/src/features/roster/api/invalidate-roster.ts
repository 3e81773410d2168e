/** After any roster write: the lists, the person and the figures computed from them are stale. */
import type { QueryClient } from '@tanstack/react-query';

export function invalidateRoster(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ['roster'] });
}
