/** PUT /api/plans/:id/link — where the issued plan is published on the unit's website (the link a request asks for). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PlanDetail, planLinkBody } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';
import { storePlan } from './plan-query-keys.ts';

export type PlanLinkInput = z.input<typeof planLinkBody>;

export function setPlanLink(id: number, input: PlanLinkInput): Promise<PlanDetail> {
  return api.put<PlanDetail>(`/api/plans/${id}/link`, input);
}

export function useSetPlanLink(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: PlanLinkInput) => setPlanLink(id, input), onSuccess: (detail) => storePlan(queryClient, detail) });
}
