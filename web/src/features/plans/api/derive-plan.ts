/**
 * POST /api/plans/derive — "Lập kế hoạch từ kế hoạch của cấp trên": a draft of the unit's
 * plan started from an issued plan of a unit above (its bases, the plan itself as the last
 * basis, the tasks addressed to this kind of unit), optionally answering a plan request.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { derivePlanBody, PlanDetail } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';
import { storePlan } from './plan-query-keys.ts';

export type DerivePlanInput = z.input<typeof derivePlanBody>;

export function derivePlan(input: DerivePlanInput): Promise<PlanDetail> {
  return api.post<PlanDetail>('/api/plans/derive', input);
}

export function useDerivePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: derivePlan, onSuccess: (detail) => storePlan(queryClient, detail) });
}
