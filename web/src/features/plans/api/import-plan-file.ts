/**
 * POST /api/plans/import (multipart "file": .docx or .txt) — what the importer read, for
 * review in the editor; nothing is saved. A file it cannot take answers 400/413/422 with the
 * reason in Vietnamese (old .doc, macros, a scanned PDF, TCVN3 fonts, too large…).
 */
import { useMutation } from '@tanstack/react-query';
import type { PlanImportPreview } from '../../../../../common/contracts/plans.ts';
import { api } from '../../../lib/api-client.ts';

export function importPlanFile(file: File): Promise<PlanImportPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<PlanImportPreview>('/api/plans/import', form);
}

export function useImportPlanFile() {
  return useMutation({ mutationFn: importPlanFile });
}
