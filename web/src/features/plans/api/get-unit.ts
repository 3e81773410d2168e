/** GET /api/units/:id — the active unit's kind (which kinds below it can be asked) and whether it has units below it (the subtree switch). Same key as the other features' readers. */
import { useQuery } from '@tanstack/react-query';
import type { UnitDetail } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export function getUnit(id: number, signal?: AbortSignal): Promise<UnitDetail> {
  return api.get<UnitDetail>(`/api/units/${id}`, undefined, signal);
}

export function useUnit(id: number | undefined) {
  return useQuery({ queryKey: ['units', 'detail', id], queryFn: ({ signal }) => getUnit(id!, signal), enabled: id !== undefined && id > 0 });
}
