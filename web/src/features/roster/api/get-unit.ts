/** GET /api/units/:id — here only to know whether the active unit has units below it (the statistics page then offers a unit picker). */
import { useQuery } from '@tanstack/react-query';
import type { UnitDetail } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export function getUnit(id: number, signal?: AbortSignal): Promise<UnitDetail> {
  return api.get<UnitDetail>(`/api/units/${id}`, undefined, signal);
}

export function useUnit(id: number | undefined) {
  return useQuery({ queryKey: ['units', 'detail', id], queryFn: ({ signal }) => getUnit(id!, signal), enabled: id !== undefined && id > 0 });
}
