/** GET /api/roster/people/:id — one person with every version of their facts (the history). */
import { useQuery } from '@tanstack/react-query';
import type { RosterPersonDetail } from '../../../../../common/contracts/roster.ts';
import { api } from '../../../lib/api-client.ts';

export function getRosterPerson(id: number, signal?: AbortSignal): Promise<RosterPersonDetail> {
  return api.get<RosterPersonDetail>(`/api/roster/people/${id}`, undefined, signal);
}

export function useRosterPerson(id: number | null) {
  return useQuery({ queryKey: ['roster', 'person', id], queryFn: ({ signal }) => getRosterPerson(id!, signal), enabled: id !== null && id > 0 });
}
