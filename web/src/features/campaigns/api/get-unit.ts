/**
 * GET /api/units/:id — a unit with its kind and ancestors: the issuing unit's level decides
 * which kinds can be asked, and the tracking page's breadcrumb is its ancestors. Same key as
 * the units feature's reader of this endpoint (one cached copy).
 */
import { useQuery } from '@tanstack/react-query';
import type { UnitDetail } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export function getUnit(id: number, signal?: AbortSignal): Promise<UnitDetail> {
  return api.get<UnitDetail>(`/api/units/${id}`, undefined, signal);
}

export function useUnit(id: number) {
  return useQuery({ queryKey: ['units', 'detail', id], queryFn: ({ signal }) => getUnit(id, signal), enabled: Number.isInteger(id) && id > 0 });
}
