/** GET /api/legal-documents?q&limit — the legal library: every document the stored plans cite, searched without diacritics. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { legalDocumentList } from '../../../../../common/contracts/plans.ts';
import { toSearchKey } from '../../../../../common/text/vietnamese.ts';
import { api } from '../../../lib/api-client.ts';

export type LegalDocumentList = z.infer<typeof legalDocumentList>;

export function getLegalDocuments(q: string, limit: number, signal?: AbortSignal): Promise<LegalDocumentList> {
  return api.get<LegalDocumentList>('/api/legal-documents', { q: q.trim(), limit }, signal);
}

export function useLegalDocuments(q: string, enabled = true, limit = 30) {
  return useQuery({
    queryKey: ['legal-documents', toSearchKey(q), limit],
    queryFn: ({ signal }) => getLegalDocuments(q, limit, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled,
  });
}
