/** GET /api/plans/:id — one plan: its structured content, its versions and what the reader may do with it (`can`). */
import { useQuery } from '@tanstack/react-query';
import type { PlanDetail } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';
import { planQueryKey } from './plan-query-keys.ts';

export function getPlan(id: number, signal?: AbortSignal): Promise<PlanDetail> {
  return api.get<PlanDetail>(`/api/plans/${id}`, undefined, signal);
}

export function usePlan(id: number) {
  return useQuery({ queryKey: planQueryKey(id), queryFn: ({ signal }) => getPlan(id, signal), enabled: Number.isInteger(id) && id > 0 });
}
