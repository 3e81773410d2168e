/** POST /api/plans/:id/campaign — one of the issued plan's reporting deadlines becomes a report campaign of the plan's unit. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { planDeadlineCampaignBody } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';

export type PlanCampaignInput = z.input<typeof planDeadlineCampaignBody>;

export function createPlanCampaign(planId: number, input: PlanCampaignInput): Promise<{ campaignId: number }> {
  return api.post<{ campaignId: number }>(`/api/plans/${planId}/campaign`, input);
}

export function useCreatePlanCampaign(planId: number) {
  const queryClient = useQueryClient();
  // The campaigns feature caches its lists under 'campaigns'.
  return useMutation({ mutationFn: (input: PlanCampaignInput) => createPlanCampaign(planId, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }) });
}
