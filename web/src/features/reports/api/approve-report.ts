/** POST /api/reports/:id/approve — the unit above approves a submitted report (duyệt), which locks it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportDetail, reviewReportBody } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';
import { storeReport } from './get-report.ts';

export type ReviewReportInput = z.input<typeof reviewReportBody>;

export function approveReport(id: number, input: ReviewReportInput): Promise<ReportDetail> {
  return api.post<ReportDetail>(`/api/reports/${id}/approve`, input);
}

export function useApproveReport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: ReviewReportInput) => approveReport(id, input), onSuccess: (detail) => storeReport(queryClient, detail) });
}
