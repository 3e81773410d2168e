/** POST /api/units/:id/move — the unit and its subtree belong to a new parent from a date. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { moveUnitBody, UnitDetail } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export type MoveUnitInput = z.input<typeof moveUnitBody>;

export function moveUnit(id: number, input: MoveUnitInput): Promise<UnitDetail> {
  return api.post<UnitDetail>(`/api/units/${id}/move`, input);
}

export function useMoveUnit(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: MoveUnitInput) => moveUnit(id, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }) });
}
