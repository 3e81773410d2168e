/**
 * POST /api/plans/:id/scan (multipart "file") — the signed, stamped copy as a PDF; and
 * GET /api/plans/:id/scan, which the browser downloads itself (a plain link: the cookie goes along).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlanDetail } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';
import { storePlan } from './plan-query-keys.ts';

export function planScanUrl(id: number): string {
  return `/api/plans/${id}/scan`;
}

export function uploadPlanScan(id: number, file: File): Promise<PlanDetail> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<PlanDetail>(`/api/plans/${id}/scan`, form);
}

export function useUploadPlanScan(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (file: File) => uploadPlanScan(id, file), onSuccess: (detail) => storePlan(queryClient, detail) });
}
