/**
 * PUT /api/plans/:id — saves the draft's whole content with the revision it was edited from.
 * 409 PLAN_CONFLICT when someone saved in between: the error's `conflict` says who and when
 * (and the revision now stored, to save over it if the person chooses to).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { PlanDetail, updatePlanBody } from '../../../../../common/contracts/plans.ts';
import { api, ApiError } from '../../../lib/api-client.ts';
import { storePlan } from './plan-query-keys.ts';

export type UpdatePlanInput = z.input<typeof updatePlanBody>;

export function updatePlan(id: number, input: UpdatePlanInput): Promise<PlanDetail> {
  return api.put<PlanDetail>(`/api/plans/${id}`, input);
}

export function useUpdatePlan(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: UpdatePlanInput) => updatePlan(id, input), onSuccess: (detail) => storePlan(queryClient, detail) });
}

const planConflict = z.object({ updatedBy: z.string().nullable().optional(), updatedAt: z.string().nullable().optional(), revision: z.number().int().optional() });
export type PlanConflict = z.infer<typeof planConflict>;

/** The saved state a write collided with, when the error is a PLAN_CONFLICT. */
export function planConflictOf(error: unknown): PlanConflict | null {
  if (!(error instanceof ApiError) || error.code !== 'PLAN_CONFLICT') return null;
  const parsed = planConflict.safeParse(error.conflict ?? {});
  return parsed.success ? parsed.data : {};
}
