/** POST /api/campaigns — issues a campaign from the active role's unit to the units of the chosen kinds below it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignDetail, CreateCampaignInput } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';

export function createCampaign(input: CreateCampaignInput): Promise<CampaignDetail> {
  return api.post<CampaignDetail>('/api/campaigns', input);
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: (detail) => {
      queryClient.setQueryData(['campaigns', 'detail', detail.id], detail);
      return queryClient.invalidateQueries({ queryKey: ['campaigns'], predicate: (query) => query.queryKey[1] !== 'detail' });
    },
  });
}
