/** POST /api/units/import/apply — writes a checked file, all rows or none. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { unitImportResult } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export type UnitImportResult = z.infer<typeof unitImportResult>;

export function applyUnitsImport(previewId: string): Promise<UnitImportResult> {
  return api.post<UnitImportResult>('/api/units/import/apply', { previewId });
}

export function useApplyUnitsImport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: applyUnitsImport, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }) });
}
