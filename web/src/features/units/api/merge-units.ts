/** POST /api/units/merge — units close into one that carries on (Bình Dương → TP. Hồ Chí Minh). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { mergeUnitsBody, UnitDetail } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export type MergeUnitsInput = z.input<typeof mergeUnitsBody>;

export function mergeUnits(input: MergeUnitsInput): Promise<UnitDetail> {
  return api.post<UnitDetail>('/api/units/merge', input);
}

export function useMergeUnits() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: mergeUnits, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }) });
}
