/**
 * GET /api/units/:id/ancestors?asOf=dd/mm/yyyy — the chain of parents on a date:
 * before 01/07/2025 a school sat under a district office, after it under a commune.
 */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { unitRef } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export type UnitRef = z.infer<typeof unitRef>;

export function getUnitAncestors(id: number, asOf: string, signal?: AbortSignal): Promise<UnitRef[]> {
  return api.get<UnitRef[]>(`/api/units/${id}/ancestors`, { asOf }, signal);
}

/** `asOf` is a dd/mm/yyyy date, or null while none has been asked for. */
export function useUnitAncestors(id: number, asOf: string | null) {
  return useQuery({
    queryKey: ['units', 'ancestors', id, asOf],
    queryFn: ({ signal }) => getUnitAncestors(id, asOf!, signal),
    enabled: asOf !== null,
  });
}
