/**
 * POST /api/units/import/preview (multipart, field "file") — checks a whole .xlsx/.csv
 * file and says what applying it would do, row by row; writes nothing.
 */
import { useMutation } from '@tanstack/react-query';
import type { UnitImportPreview } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export function previewUnitsImport(file: File): Promise<UnitImportPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<UnitImportPreview>('/api/units/import/preview', form);
}

export function usePreviewUnitsImport() {
  return useMutation({ mutationFn: previewUnitsImport });
}
