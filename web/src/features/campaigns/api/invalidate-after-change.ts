/**
 * After an exemption or an extension: every board, total, list and matrix of campaigns is
 * read again, and so are the reports (their status and deadline changed; the reports
 * feature caches them under 'reports').
 */
import type { QueryClient } from '@tanstack/react-query';

export function invalidateAfterChange(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([queryClient.invalidateQueries({ queryKey: ['campaigns'] }), queryClient.invalidateQueries({ queryKey: ['reports'] })]);
}
