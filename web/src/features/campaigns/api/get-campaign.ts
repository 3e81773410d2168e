/** GET /api/campaigns/:id — one campaign: its facts, its completeness for the viewer, whether the viewer may manage it. */
import { useQuery } from '@tanstack/react-query';
import type { CampaignDetail } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';

export function getCampaign(id: number, signal?: AbortSignal): Promise<CampaignDetail> {
  return api.get<CampaignDetail>(`/api/campaigns/${id}`, undefined, signal);
}

export function useCampaign(id: number) {
  return useQuery({ queryKey: ['campaigns', 'detail', id], queryFn: ({ signal }) => getCampaign(id, signal), enabled: Number.isInteger(id) && id > 0 });
}
