/** GET /api/unit-kinds — levels and kinds of unit, for choosing which kinds are asked (a plan request, a campaign from a deadline). Same key as the other features' readers. */
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

export function useUnitKinds(enabled = true) {
  return useQuery({ queryKey: ['unit-kinds'], queryFn: ({ signal }) => getUnitKinds(signal), staleTime: 60 * 60_000, enabled });
}
