/** POST /api/plans/import-text — the same reading for text pasted in the box; nothing is saved. */
import { useMutation } from '@tanstack/react-query';
import type { PlanImportPreview } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';

export function importPlanText(text: string): Promise<PlanImportPreview> {
  return api.post<PlanImportPreview>('/api/plans/import-text', { text });
}

export function useImportPlanText() {
  return useMutation({ mutationFn: importPlanText });
}
