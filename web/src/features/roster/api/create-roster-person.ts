/** POST /api/roster/people — adds a person to the active unit's roster. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createRosterPersonBody, RosterPersonDetail } from '../../../../../common/contracts/roster.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRoster } from './invalidate-roster.ts';

export type CreateRosterPersonInput = z.input<typeof createRosterPersonBody>;

export function createRosterPerson(body: CreateRosterPersonInput): Promise<RosterPersonDetail> {
  return api.post<RosterPersonDetail>('/api/roster/people', body);
}

export function useCreateRosterPerson() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createRosterPerson, onSuccess: () => invalidateRoster(queryClient) });
}
