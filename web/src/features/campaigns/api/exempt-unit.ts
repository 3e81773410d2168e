/** POST /api/campaigns/:id/exemptions — a unit need not answer this campaign (miễn nộp), for a stated reason; its figures leave the totals. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { exemptBody } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateAfterChange } from './invalidate-after-change.ts';

export type ExemptUnitInput = z.input<typeof exemptBody>;

export function exemptUnit(campaignId: number, input: ExemptUnitInput): Promise<{ ok: true }> {
  return api.post<{ ok: true }>(`/api/campaigns/${campaignId}/exemptions`, input);
}

export function useExemptUnit(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: ExemptUnitInput) => exemptUnit(campaignId, input), onSuccess: () => invalidateAfterChange(queryClient) });
}
