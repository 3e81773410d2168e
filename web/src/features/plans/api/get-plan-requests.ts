/** GET /api/plan-requests?unitId — the requests for plans a unit sent (with their completeness) and received (with its own answer). */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { planRequestList } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';

export type PlanRequestList = z.infer<typeof planRequestList>;

export function getPlanRequests(unitId: number | undefined, signal?: AbortSignal): Promise<PlanRequestList> {
  return api.get<PlanRequestList>('/api/plan-requests', { unitId }, signal);
}

export function usePlanRequests(unitId: number | undefined) {
  return useQuery({ queryKey: ['plan-requests', 'list', unitId ?? null], queryFn: ({ signal }) => getPlanRequests(unitId, signal), staleTime: 15_000 });
}
