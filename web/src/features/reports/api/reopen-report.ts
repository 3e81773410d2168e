/** POST /api/reports/:id/reopen — the unit above or the issuer reopens a submitted or approved report (mở lại) so the unit can edit it again. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportDetail, reviewReportBody } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';
import { storeReport } from './get-report.ts';

export type ReopenReportInput = z.input<typeof reviewReportBody>;

export function reopenReport(id: number, input: ReopenReportInput): Promise<ReportDetail> {
  return api.post<ReportDetail>(`/api/reports/${id}/reopen`, input);
}

export function useReopenReport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: ReopenReportInput) => reopenReport(id, input), onSuccess: (detail) => storeReport(queryClient, detail) });
}
