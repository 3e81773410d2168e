/** POST /api/plans — a new draft of the unit's plan: written in the editor, or reviewed from an import (source 'import' with its file name). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createPlanBody, PlanDetail } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';
import { storePlan } from './plan-query-keys.ts';

export type CreatePlanInput = z.input<typeof createPlanBody>;

export function createPlan(input: CreatePlanInput): Promise<PlanDetail> {
  return api.post<PlanDetail>('/api/plans', input);
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createPlan, onSuccess: (detail) => storePlan(queryClient, detail) });
}
