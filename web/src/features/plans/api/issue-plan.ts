/**
 * POST /api/plans/:id/issue — the committee head issues the draft: the number (blank: the
 * next free one of the unit's symbol this year) and the date; read-only from then on.
 * 422 PLAN_NOT_READY names each missing part (details with their field).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { issuePlanBody, PlanDetail } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';
import { storePlan } from './plan-query-keys.ts';

export type IssuePlanInput = z.input<typeof issuePlanBody>;

export function issuePlan(id: number, input: IssuePlanInput): Promise<PlanDetail> {
  return api.post<PlanDetail>(`/api/plans/${id}/issue`, input);
}

export function useIssuePlan(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IssuePlanInput) => issuePlan(id, input),
    onSuccess: async (detail) => {
      // The versions it superseded changed status too.
      await queryClient.invalidateQueries({ queryKey: ['plans', 'detail'], predicate: (query) => query.queryKey[2] !== detail.id });
      return storePlan(queryClient, detail);
    },
  });
}
