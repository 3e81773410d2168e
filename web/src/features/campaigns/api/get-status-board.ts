/**
 * GET /api/campaigns/:id/board?unitId= — the status board (bảng theo dõi tình hình nộp): a
 * unit's own report, each child's own report and its subtree's completeness, and the path
 * from the viewer's top down to the unit. Without a unit: the viewer's top.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StatusBoard } from '../../../../../common/contracts/campaigns.ts';
import { api } from '../../../lib/api-client.ts';

export function getStatusBoard(id: number, unitId: number | undefined, signal?: AbortSignal): Promise<StatusBoard> {
  return api.get<StatusBoard>(`/api/campaigns/${id}/board`, { unitId }, signal);
}

/** While another unit's board loads, the previous one stays on screen (a slow connection should not blank the table). */
export function useStatusBoard(id: number, unitId: number | undefined) {
  return useQuery({
    queryKey: ['campaigns', 'board', id, unitId ?? null],
    queryFn: ({ signal }) => getStatusBoard(id, unitId, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}
