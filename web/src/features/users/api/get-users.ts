/** GET /api/users — people holding a role in a unit's subtree, a page at a time. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UserSummary } from '../../../../../common/contracts/users.ts';
import { api } from '../../../lib/api-client.ts';

export interface UsersQuery {
  unitId?: number | undefined;
  q: string;
  directOnly: boolean;
  page: number;
  pageSize: number;
}

export interface UsersPage {
  items: UserSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export function getUsers(query: UsersQuery, signal?: AbortSignal): Promise<UsersPage> {
  return api.get<UsersPage>('/api/users', { ...query, directOnly: query.directOnly || undefined }, signal);
}

export function useUsers(query: UsersQuery) {
  return useQuery({ queryKey: ['users', 'list', query], queryFn: ({ signal }) => getUsers(query, signal), placeholderData: keepPreviousData });
}
