/** DELETE /api/plans/:id — removes a draft (an issued plan is never deleted: it is amended). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { invalidatePlanLists, planQueryKey } from './plan-query-keys.ts';

export function deletePlan(id: number): Promise<{ ok: true }> {
  return api.delete<{ ok: true }>(`/api/plans/${id}`);
}

export function useDeletePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePlan,
    onSuccess: (_answer, id) => {
      queryClient.removeQueries({ queryKey: planQueryKey(id) });
      return invalidatePlanLists(queryClient);
    },
  });
}
