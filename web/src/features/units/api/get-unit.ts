/** GET /api/units/:id — one unit with its place in the tree, its history and what the viewer may do to it. */
import { useQuery } from '@tanstack/react-query';
import type { UnitDetail } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export function getUnit(id: number, signal?: AbortSignal): Promise<UnitDetail> {
  return api.get<UnitDetail>(`/api/units/${id}`, undefined, signal);
}

export function useUnit(id: number) {
  return useQuery({ queryKey: ['units', 'detail', id], queryFn: ({ signal }) => getUnit(id, signal), enabled: Number.isInteger(id) && id > 0 });
}
