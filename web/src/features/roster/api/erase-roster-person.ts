/** DELETE /api/roster/people/:id — erases a person's personal data; past aggregates stay true. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { invalidateRoster } from './invalidate-roster.ts';

export function eraseRosterPerson(id: number): Promise<{ ok: true }> {
  return api.delete<{ ok: true }>(`/api/roster/people/${id}`);
}

export function useEraseRosterPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseRosterPerson,
    onSuccess: (_answer, id) => {
      queryClient.removeQueries({ queryKey: ['roster', 'person', id] });
      return invalidateRoster(queryClient);
    },
  });
}
