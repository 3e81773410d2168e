/**
 * POST /api/reports/:id/submit — submits the saved content (nộp báo cáo). 422
 * REPORT_NOT_READY lists what is still missing (`rules.<id>`, `texts.<code>`,
 * `targets.<code>`, `lateReason`); submitting twice changes nothing.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportDetail, submitReportBody } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';
import { storeReport } from './get-report.ts';

export type SubmitReportInput = z.input<typeof submitReportBody>;

export function submitReport(id: number, input: SubmitReportInput): Promise<ReportDetail> {
  return api.post<ReportDetail>(`/api/reports/${id}/submit`, input);
}

export function useSubmitReport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: SubmitReportInput) => submitReport(id, input), onSuccess: (detail) => storeReport(queryClient, detail) });
}
