/** GET /api/my-reports — every report the active role's unit is asked for, most urgent first (the server's order). */
import { useQuery } from '@tanstack/react-query';
import type { MyReport } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';

export const myReportsQueryKey = ['reports', 'mine'] as const;

export function getMyReports(signal?: AbortSignal): Promise<MyReport[]> {
  return api.get<MyReport[]>('/api/my-reports', undefined, signal);
}

export function useMyReports() {
  return useQuery({ queryKey: myReportsQueryKey, queryFn: ({ signal }) => getMyReports(signal), staleTime: 15_000 });
}
