/**
 * GET /api/units/:id/report-matrix — the units directly below a unit × the latest campaigns
 * that concern it (bảng theo dõi tình hình báo cáo): each cell the child's own status and its
 * subtree's completeness.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReportMatrix } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';

export function getReportMatrix(unitId: number, signal?: AbortSignal): Promise<ReportMatrix> {
  return api.get<ReportMatrix>(`/api/units/${unitId}/report-matrix`, undefined, signal);
}

export function useReportMatrix(unitId: number) {
  return useQuery({
    queryKey: ['campaigns', 'matrix', unitId],
    queryFn: ({ signal }) => getReportMatrix(unitId, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}
