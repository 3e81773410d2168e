/** POST /api/roster/import/apply — writes a checked preview, all rows or none. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RosterImportResult } from '../../../../../common/contracts/roster.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRoster } from './invalidate-roster.ts';

export function applyRosterImport(previewId: string): Promise<RosterImportResult> {
  return api.post<RosterImportResult>('/api/roster/import/apply', { previewId });
}

export function useApplyRosterImport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: applyRosterImport, onSuccess: () => invalidateRoster(queryClient) });
}
