/**
 * Server state cache. Tuned for a slow connection: no refetch on every window focus,
 * answers stay fresh for a while, and only failures worth repeating (network, 5xx)
 * are retried — a 403 or a 404 will not change by asking again.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';

function isWorthRetrying(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && isWorthRetrying(error),
      },
      mutations: { retry: false },
    },
  });
}
