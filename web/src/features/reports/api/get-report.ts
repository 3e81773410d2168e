/**
 * GET /api/reports/:id — one report: its template, content, status and what the viewer may
 * do. Always asked again when its page opens (someone else may have saved since); every
 * write below answers the report as written and puts it in the cache.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ReportDetail } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';
import { myReportsQueryKey } from './get-my-reports.ts';

export const reportQueryKey = (id: number) => ['reports', 'detail', id] as const;

export function getReport(id: number, signal?: AbortSignal): Promise<ReportDetail> {
  return api.get<ReportDetail>(`/api/reports/${id}`, undefined, signal);
}

export function useReport(id: number) {
  return useQuery({ queryKey: reportQueryKey(id), queryFn: ({ signal }) => getReport(id, signal), enabled: Number.isInteger(id) && id > 0, staleTime: 0 });
}

/** A write answered the report: show it, and let "my reports" read its new status next time. */
export function storeReport(queryClient: QueryClient, detail: ReportDetail): void {
  queryClient.setQueryData(reportQueryKey(detail.id), detail);
  void queryClient.invalidateQueries({ queryKey: myReportsQueryKey });
}
