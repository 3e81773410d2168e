/** GET /api/roster/statistics — the figures computed from the rosters of a unit's subtree, as of a day (aggregates only). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RosterStatistics } from '../../../../../common/contracts/roster.ts';
import { api } from '../../../lib/api-client.ts';

export interface RosterStatisticsParams {
  unitId?: number | undefined;
  asOf?: string | undefined;
}

export function getRosterStatistics(params: RosterStatisticsParams, signal?: AbortSignal): Promise<RosterStatistics> {
  return api.get<RosterStatistics>('/api/roster/statistics', { unitId: params.unitId, asOf: params.asOf }, signal);
}

export function useRosterStatistics(params: RosterStatisticsParams) {
  return useQuery({ queryKey: ['roster', 'statistics', params], queryFn: ({ signal }) => getRosterStatistics(params, signal), placeholderData: keepPreviousData });
}
