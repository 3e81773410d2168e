/** POST /api/campaigns/:id/extensions — a new deadline for one unit (gia hạn), for a stated reason. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { extendBody } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateAfterChange } from './invalidate-after-change.ts';

export type ExtendDeadlineInput = z.input<typeof extendBody>;

export function extendDeadline(campaignId: number, input: ExtendDeadlineInput): Promise<{ ok: true }> {
  return api.post<{ ok: true }>(`/api/campaigns/${campaignId}/extensions`, input);
}

export function useExtendDeadline(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: ExtendDeadlineInput) => extendDeadline(campaignId, input), onSuccess: () => invalidateAfterChange(queryClient) });
}
