/**
 * POST /api/roster/import/preview (multipart: file, asOf, mapping) — reads a roster .xlsx,
 * says which column holds what, row by row what is wrong, and how the roster would change;
 * writes nothing. `mapping` is the person's choice per column index (null: not mapped).
 */
import { useMutation } from '@tanstack/react-query';
import type { RosterImportPreview } from '../../../../../common/contracts/roster.ts';
import type { RosterField } from '../../../../../common/roster/header-detection.ts';
import { api } from '../../../lib/api-client.ts';

export interface RosterImportRequest {
  file: File;
  asOf?: string | undefined;
  mapping: Readonly<Record<number, RosterField | null>>;
}

export function previewRosterImport({ file, asOf, mapping }: RosterImportRequest): Promise<RosterImportPreview> {
  const form = new FormData();
  if (asOf) form.append('asOf', asOf);
  if (Object.keys(mapping).length > 0) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return api.upload<RosterImportPreview>('/api/roster/import/preview', form);
}

export function usePreviewRosterImport() {
  return useMutation({ mutationFn: previewRosterImport });
}
