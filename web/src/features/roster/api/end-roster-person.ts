/** POST /api/roster/people/:id/end — the person leaves the unit (retirement, transfer…); nothing is deleted. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { endRosterPersonBody, RosterPersonDetail } from '../../../../../common/contracts/roster.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRoster } from './invalidate-roster.ts';

export type EndRosterPersonInput = z.input<typeof endRosterPersonBody>;

export function endRosterPerson(id: number, body: EndRosterPersonInput): Promise<RosterPersonDetail> {
  return api.post<RosterPersonDetail>(`/api/roster/people/${id}/end`, body);
}

export function useEndRosterPerson(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: EndRosterPersonInput) => endRosterPerson(id, body), onSuccess: () => invalidateRoster(queryClient) });
}
