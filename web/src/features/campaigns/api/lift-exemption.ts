/** DELETE /api/campaigns/:id/exemptions/:unitId — the unit is asked again (bỏ miễn nộp) and its figures count again. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { invalidateAfterChange } from './invalidate-after-change.ts';

export function liftExemption(campaignId: number, unitId: number): Promise<{ ok: true }> {
  return api.delete<{ ok: true }>(`/api/campaigns/${campaignId}/exemptions/${unitId}`);
}

export function useLiftExemption(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (unitId: number) => liftExemption(campaignId, unitId), onSuccess: () => invalidateAfterChange(queryClient) });
}
