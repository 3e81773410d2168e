/**
 * GET /api/units/search — units within the active role's subtree whose name, short
 * name or code contains the words, diacritics ignored, with their ancestor path.
 * Shared: the units tree's search box and every unit picker (users, audit, the
 * reform operations) use it.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { unitSearchHit, unitSearchResult } from '../../../../common/contracts/units.ts';
import { toSearchKey } from '../../../../common/text/vietnamese.ts';
import { api } from '../../lib/api-client.ts';

export type UnitSearchHit = z.infer<typeof unitSearchHit>;
export type UnitSearchResult = z.infer<typeof unitSearchResult>;

export interface UnitSearchParams {
  q: string;
  includeClosed: boolean;
  limit?: number;
}

export function searchUnits({ q, includeClosed, limit = 30 }: UnitSearchParams, signal?: AbortSignal): Promise<UnitSearchResult> {
  return api.get<UnitSearchResult>('/api/units/search', { q, includeClosed, limit }, signal);
}

export function useUnitSearch(params: UnitSearchParams, enabled = true) {
  const { q, includeClosed, limit = 30 } = params;
  return useQuery({
    queryKey: ['units', 'search', toSearchKey(q), includeClosed, limit],
    queryFn: ({ signal }) => searchUnits({ q, includeClosed, limit }, signal),
    enabled: enabled && toSearchKey(q).length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
