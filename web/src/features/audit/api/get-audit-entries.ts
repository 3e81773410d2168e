/** GET /api/audit — every write in the admin's subtree, newest first, a page at a time. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../../../common/contracts/audit.ts';
import { api } from '../../../lib/api-client.ts';

export interface AuditQuery {
  unitId?: number | undefined;
  /** dd/mm/yyyy */
  from?: string | undefined;
  to?: string | undefined;
  action?: string | undefined;
  page: number;
  pageSize: number;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export function getAuditEntries(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return api.get<AuditPage>('/api/audit', { ...query }, signal);
}

export function useAuditEntries(query: AuditQuery) {
  return useQuery({ queryKey: ['audit', query], queryFn: ({ signal }) => getAuditEntries(query, signal), placeholderData: keepPreviousData, staleTime: 10_000 });
}
