/**
 * PUT /api/plans/:id — saves the draft's whole content with the revision it was edited from.
 * 409 PLAN_CONFLICT when someone saved in between: the error's `conflict` says who and when
 * (and the revision now stored, to save over it if the person chooses to).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { planConflict, type PlanConflict, type PlanDetail, type updatePlanBody } from '../../../../../common/contracts/plans.ts';
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

/**
 * The saved state a write collided with, read through the contract's schema, when the error
 * is a PLAN_CONFLICT that carries it; otherwise null, and the error's message is shown as any other.
 */
export function planConflictOf(error: unknown): PlanConflict | null {
  if (!(error instanceof ApiError) || error.code !== 'PLAN_CONFLICT') return null;
  const parsed = planConflict.safeParse(error.conflict);
  return parsed.success ? parsed.data : null;
}
