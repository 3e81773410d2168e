/**
 * GET /api/campaigns/:id/rollup?unitId= — a unit's live subtree totals (tổng hợp), per value
 * key the sum and how many units gave it, with the template definition to lay them out by.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitRollup } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';

export function getUnitRollup(id: number, unitId: number | undefined, signal?: AbortSignal): Promise<UnitRollup> {
  return api.get<UnitRollup>(`/api/campaigns/${id}/rollup`, { unitId }, signal);
}

export function useUnitRollup(id: number, unitId: number | undefined) {
  return useQuery({
    queryKey: ['campaigns', 'rollup', id, unitId ?? null],
    queryFn: ({ signal }) => getUnitRollup(id, unitId, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}
