/** GET /api/plan-requests/:id — one request: every unit asked, whether it has issued its plan, its number, date, link and signed scan. */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { planRequestDetail } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';

export type PlanRequestDetail = z.infer<typeof planRequestDetail>;

export const planRequestQueryKey = (id: number) => ['plan-requests', 'detail', id] as const;

export function getPlanRequest(id: number, signal?: AbortSignal): Promise<PlanRequestDetail> {
  return api.get<PlanRequestDetail>(`/api/plan-requests/${id}`, undefined, signal);
}

export function usePlanRequest(id: number) {
  return useQuery({ queryKey: planRequestQueryKey(id), queryFn: ({ signal }) => getPlanRequest(id, signal), enabled: Number.isInteger(id) && id > 0, staleTime: 15_000 });
}
