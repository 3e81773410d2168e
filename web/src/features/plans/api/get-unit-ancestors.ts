/**
 * GET /api/units/:id/ancestors — the active unit's chain of parents today, root first: the
 * units above whose issued plans it may start its own from ("Lập từ kế hoạch cấp trên").
 */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { unitRef } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export type UnitRef = z.infer<typeof unitRef>;

export function getUnitAncestors(id: number, signal?: AbortSignal): Promise<UnitRef[]> {
  return api.get<UnitRef[]>(`/api/units/${id}/ancestors`, undefined, signal);
}

export function useUnitAncestors(id: number | undefined, enabled = true) {
  return useQuery({ queryKey: ['units', 'ancestors', id, 'today'], queryFn: ({ signal }) => getUnitAncestors(id!, signal), enabled: enabled && id !== undefined && id > 0, staleTime: 10 * 60_000 });
}
