/**
 * GET /api/unit-kinds — levels and kinds of unit, for choosing which kinds must answer a
 * campaign. The units feature reads the same endpoint under the same key; features do not
 * import each other, so each keeps its own fetcher and the cache holds one copy.
 */
import { useQuery } from '@tanstack/react-query';
import type { UnitKind, UnitLevel } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export interface UnitKinds {
  levels: UnitLevel[];
  kinds: UnitKind[];
}

export function getUnitKinds(signal?: AbortSignal): Promise<UnitKinds> {
  return api.get<UnitKinds>('/api/unit-kinds', undefined, signal);
}

export function useUnitKinds() {
  return useQuery({ queryKey: ['unit-kinds'], queryFn: ({ signal }) => getUnitKinds(signal), staleTime: 60 * 60_000 });
}
