/** POST /api/units/:id/close — the unit stops operating from a date; its children move first. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { closeUnitBody, UnitDetail } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export type CloseUnitInput = z.input<typeof closeUnitBody>;

export function closeUnit(id: number, input: CloseUnitInput): Promise<UnitDetail> {
  return api.post<UnitDetail>(`/api/units/${id}/close`, input);
}

export function useCloseUnit(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: CloseUnitInput) => closeUnit(id, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }) });
}
