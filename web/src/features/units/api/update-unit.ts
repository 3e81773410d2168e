/** PATCH /api/units/:id — a unit's name, kind, dates and contact details. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UnitDetail, updateUnitBody } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export type UpdateUnitInput = z.input<typeof updateUnitBody>;

export function updateUnit(id: number, input: UpdateUnitInput): Promise<UnitDetail> {
  return api.patch<UnitDetail>(`/api/units/${id}`, input);
}

export function useUpdateUnit(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: UpdateUnitInput) => updateUnit(id, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }) });
}
