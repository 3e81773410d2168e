/** POST /api/plan-requests — ask the units of chosen kinds below for their plans by a deadline, optionally with the unit's own plan to start from. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createPlanRequestBody } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';
import { planRequestQueryKey, type PlanRequestDetail } from './get-plan-request.ts';

export type CreatePlanRequestInput = z.input<typeof createPlanRequestBody>;

export function createPlanRequest(input: CreatePlanRequestInput): Promise<PlanRequestDetail> {
  return api.post<PlanRequestDetail>('/api/plan-requests', input);
}

export function useCreatePlanRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlanRequest,
    onSuccess: (detail) => {
      queryClient.setQueryData(planRequestQueryKey(detail.id), detail);
      return queryClient.invalidateQueries({ queryKey: ['plan-requests', 'list'] });
    },
  });
}
