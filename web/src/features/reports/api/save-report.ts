/**
 * PUT /api/reports/:id — saves the draft's whole content with the version it was edited
 * from. 409 REPORT_CONFLICT (someone saved in between) carries who, when and what differs;
 * 409 REPORT_NOT_EDITABLE when the report was submitted, approved or locked meanwhile.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reportConflictDetails, type ReportDetail, type SaveReportInput } from '../../../../../common/contracts/campaigns.ts';
import type { z } from 'zod';
import { api, ApiError } from '../../../lib/api-client.ts';
import { storeReport } from './get-report.ts';

export type ReportConflict = z.infer<typeof reportConflictDetails>;

export function saveReport(id: number, input: SaveReportInput): Promise<ReportDetail> {
  return api.put<ReportDetail>(`/api/reports/${id}`, input);
}

export function useSaveReport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: SaveReportInput) => saveReport(id, input), onSuccess: (detail) => storeReport(queryClient, detail) });
}

/** The saved state a write collided with, when the error is a REPORT_CONFLICT that says so. */
export function conflictOf(error: unknown): ReportConflict | null {
  if (!(error instanceof ApiError) || error.code !== 'REPORT_CONFLICT') return null;
  const parsed = reportConflictDetails.safeParse(error.conflict);
  return parsed.success ? parsed.data : null;
}
