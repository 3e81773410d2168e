/** GET /api/templates — report templates, each with its latest published version (the only kind a campaign may pin). */
import { useQuery } from '@tanstack/react-query';
import type { TemplateSummary } from '../../../../../common/contracts/templates.ts';
import { api } from '../../../lib/api-client.ts';

export function getTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  return api.get<TemplateSummary[]>('/api/templates', undefined, signal);
}

export function useTemplates() {
  return useQuery({ queryKey: ['templates', 'list'], queryFn: ({ signal }) => getTemplates(signal) });
}
