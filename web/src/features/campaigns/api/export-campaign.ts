/**
 * GET /api/campaigns/:id/export.xlsx|csv?unitId= — a unit's totals and its units' reports as
 * a file the browser downloads itself (a plain link: the cookie goes along, no script holds the file).
 */
import { withQuery } from '../../../lib/api-client.ts';

export function campaignExportUrl(campaignId: number, format: 'xlsx' | 'csv', unitId?: number): string {
  return withQuery(`/api/campaigns/${campaignId}/export.${format}`, { unitId });
}
