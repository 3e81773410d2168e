/**
 * GET /api/units/:id/children — one level below a unit. The tree asks for a level only
 * when it is opened, so a national tree of 54,000 units never loads at once.
 */
import { useQuery } from '@tanstack/react-query';
import type { UnitSummary } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export function unitChildrenKey(id: number, includeClosed: boolean) {
  return ['units', 'children', id, includeClosed] as const;
}

export function getUnitChildren(id: number, includeClosed: boolean, signal?: AbortSignal): Promise<UnitSummary[]> {
  return api.get<UnitSummary[]>(`/api/units/${id}/children`, { includeClosed }, signal);
}

export function useUnitChildren(id: number, includeClosed: boolean, enabled = true) {
  return useQuery({
    queryKey: unitChildrenKey(id, includeClosed),
    queryFn: ({ signal }) => getUnitChildren(id, includeClosed, signal),
    enabled,
  });
}
