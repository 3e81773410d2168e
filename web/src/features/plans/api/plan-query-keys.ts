/**
 * The cache keys of the plans feature, and what to read again after a write: every list
 * of plans and requests (a plan issued changes a request's completeness), and the plan itself.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { PlanDetail } from '../../../../../common/contracts/plans.ts';

export const planQueryKey = (id: number) => ['plans', 'detail', id] as const;

/** A plan the server just answered: stored as the current copy, the lists read again. */
export function storePlan(queryClient: QueryClient, detail: PlanDetail): Promise<void> {
  queryClient.setQueryData(planQueryKey(detail.id), detail);
  return invalidatePlanLists(queryClient);
}

export function invalidatePlanLists(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => (query.queryKey[0] === 'plans' && query.queryKey[1] !== 'detail') || query.queryKey[0] === 'plan-requests' });
}
