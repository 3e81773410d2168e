/**
 * GET /api/plans?unitId&scope&year&status — a unit's plans and letters (scope 'unit'), or its
 * whole subtree's ('subtree'); naming a unit above the active one lists that unit's issued
 * plans, which the active unit may start its own from.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { planList, PlanStatus } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';

export type PlanList = z.infer<typeof planList>;

export interface PlanListParams {
  unitId?: number | undefined;
  scope?: 'unit' | 'subtree';
  year?: number | undefined;
  status?: PlanStatus | undefined;
}

export function getPlans(params: PlanListParams, signal?: AbortSignal): Promise<PlanList> {
  return api.get<PlanList>('/api/plans', { unitId: params.unitId, scope: params.scope, year: params.year, status: params.status }, signal);
}

/** The title search runs in the browser over the list (diacritics ignored), so typing never waits on the network. */
export function usePlans(params: PlanListParams, enabled = true) {
  return useQuery({ queryKey: ['plans', 'list', params], queryFn: ({ signal }) => getPlans(params, signal), placeholderData: keepPreviousData, enabled });
}
