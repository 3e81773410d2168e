/** POST /api/units — adds a unit below one the admin manages. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createUnitBody, UnitDetail } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export type CreateUnitInput = z.input<typeof createUnitBody>;

export function createUnit(input: CreateUnitInput): Promise<UnitDetail> {
  return api.post<UnitDetail>('/api/units', input);
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUnit, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }) });
}
