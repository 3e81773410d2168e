/** GET /api/unit-kinds — levels and kinds of unit: data, not code (the 2025 reform removed a level). */
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

/** Kinds that may sit below a unit of the given kind: any kind of a deeper level. */
export function kindsBelow(data: UnitKinds, parentKindId: number): UnitKind[] {
  const depthOf = new Map(data.levels.map((level) => [level.id, level.depth]));
  const parentKind = data.kinds.find((kind) => kind.id === parentKindId);
  const parentDepth = parentKind ? (depthOf.get(parentKind.levelId) ?? 0) : 0;
  return data.kinds.filter((kind) => (depthOf.get(kind.levelId) ?? 0) > parentDepth);
}
