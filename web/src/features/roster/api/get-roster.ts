/**
 * GET /api/roster — the active unit's staff roster as of a day (personal data: the server
 * answers only the unit's own committee head and officer, and records every read).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RosterList } from '../../../../../common/contracts/roster.ts';
import { api } from '../../../lib/api-client.ts';

export interface RosterListParams {
  asOf?: string | undefined;
  include: 'current' | 'all';
}

export function getRoster(params: RosterListParams, signal?: AbortSignal): Promise<RosterList> {
  return api.get<RosterList>('/api/roster', { asOf: params.asOf, include: params.include }, signal);
}

/**
 * The name search runs in the browser over the list already loaded (common/text's
 * diacritic-free key), so typing neither waits on the network nor writes an audit entry
 * per keystroke; a unit's roster is at most a few hundred people.
 */
export function useRoster(params: RosterListParams, enabled = true) {
  return useQuery({ queryKey: ['roster', 'list', params], queryFn: ({ signal }) => getRoster(params, signal), placeholderData: keepPreviousData, enabled });
}
