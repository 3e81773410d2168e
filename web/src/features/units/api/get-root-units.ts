/** GET /api/units/roots — the top of the tree for the active role: its own unit. */
import { useQuery } from '@tanstack/react-query';
import type { UnitSummary } from '../../../../../common/contracts/units.ts';
import { api } from '../../../lib/api-client.ts';

export function getRootUnits(signal?: AbortSignal): Promise<UnitSummary[]> {
  return api.get<UnitSummary[]>('/api/units/roots', undefined, signal);
}

export function useRootUnits() {
  return useQuery({ queryKey: ['units', 'roots'], queryFn: ({ signal }) => getRootUnits(signal) });
}
