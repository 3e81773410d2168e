/**
 * GET /api/templates — report templates with their latest published version, for turning a
 * plan's reporting deadline into a campaign. The campaigns feature reads the same endpoint
 * under the same key; features do not import each other, so each keeps its own fetcher.
 */
import { useQuery } from '@tanstack/react-query';
import type { TemplateSummary } from '../../../../../common/contracts/templates.ts';
import { api } from '../../../lib/api-client.ts';

export function getTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  return api.get<TemplateSummary[]>('/api/templates', undefined, signal);
}

export function useTemplates(enabled = true) {
  return useQuery({ queryKey: ['templates', 'list'], queryFn: ({ signal }) => getTemplates(signal), enabled });
}
