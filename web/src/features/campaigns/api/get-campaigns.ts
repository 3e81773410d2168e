/** GET /api/campaigns — the campaigns that concern the active role's unit, newest deadline first (the server's order), each with its completeness within the viewer's subtree. */
import { useQuery } from '@tanstack/react-query';
import type { CampaignSummary } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';

export function getCampaigns(signal?: AbortSignal): Promise<CampaignSummary[]> {
  return api.get<CampaignSummary[]>('/api/campaigns', undefined, signal);
}

export function useCampaigns() {
  return useQuery({ queryKey: ['campaigns', 'list'], queryFn: ({ signal }) => getCampaigns(signal), staleTime: 15_000 });
}
