/** PUT /api/roster/people/:id — identity corrected in place, facts changed from `effectiveFrom` on. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RosterPersonDetail, updateRosterPersonBody } from '../../../../../common/contracts/roster.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRoster } from './invalidate-roster.ts';

export type UpdateRosterPersonInput = z.input<typeof updateRosterPersonBody>;

export function updateRosterPerson(id: number, body: UpdateRosterPersonInput): Promise<RosterPersonDetail> {
  return api.put<RosterPersonDetail>(`/api/roster/people/${id}`, body);
}

export function useUpdateRosterPerson(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: UpdateRosterPersonInput) => updateRosterPerson(id, body), onSuccess: () => invalidateRoster(queryClient) });
}
