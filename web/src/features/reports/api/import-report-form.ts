/**
 * POST /api/reports/:id/form.xlsx (multipart, field "file") — a filled-in offline form saved
 * as the report's content, checked exactly as the web form is; 422 IMPORT_INVALID names
 * each wrong row and column, and nothing is written.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportDetail } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';
import { storeReport } from './get-report.ts';

export function importReportForm(id: number, file: File): Promise<ReportDetail> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<ReportDetail>(`/api/reports/${id}/form.xlsx`, form);
}

export function useImportReportForm(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (file: File) => importReportForm(id, file), onSuccess: (detail) => storeReport(queryClient, detail) });
}
