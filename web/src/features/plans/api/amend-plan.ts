/** POST /api/plans/:id/amend — "Sửa đổi": a new draft version of an issued plan, same content, to be issued under a new number. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlanDetail } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';
import { planQueryKey, storePlan } from './plan-query-keys.ts';

export function amendPlan(id: number): Promise<PlanDetail> {
  return api.post<PlanDetail>(`/api/plans/${id}/amend`);
}

export function useAmendPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: amendPlan,
    onSuccess: async (detail, amendedId) => {
      await queryClient.invalidateQueries({ queryKey: planQueryKey(amendedId) });
      return storePlan(queryClient, detail);
    },
  });
}
