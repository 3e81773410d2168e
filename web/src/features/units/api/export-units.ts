/**
 * GET /api/units/export and /api/units/import/template — files the browser downloads
 * itself (a plain link: the cookie goes along, no script holds the file in memory).
 */
import { withQuery } from '../../../lib/api-client.ts';

export function unitsExportUrl(format: 'xlsx' | 'csv', options: { rootId?: number; includeClosed: boolean }): string {
  return withQuery('/api/units/export', { format, rootId: options.rootId, includeClosed: options.includeClosed });
}

export const UNITS_TEMPLATE_URL = '/api/units/import/template';
