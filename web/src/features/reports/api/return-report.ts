/** POST /api/reports/:id/return — the unit above returns a submitted report (trả lại) with a comment saying what to fix. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportDetail, returnReportBody } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';
import { storeReport } from './get-report.ts';

export type ReturnReportInput = z.input<typeof returnReportBody>;

export function returnReport(id: number, input: ReturnReportInput): Promise<ReportDetail> {
  return api.post<ReportDetail>(`/api/reports/${id}/return`, input);
}

export function useReturnReport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: ReturnReportInput) => returnReport(id, input), onSuccess: (detail) => storeReport(queryClient, detail) });
}
