/**
 * The signed-in session as the whole app sees it: who, which roles, which one is
 * active, and the CSRF token the API client must echo. GET /api/auth/me answers 401
 * when nobody is signed in; that is a normal state here (null), not an error.
 */
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RoleAssignment, SessionInfo } from '../../../common/contracts/auth.ts';
import type { Role } from '../../../common/roles.ts';
import { api, ApiError, setCsrfToken } from './api-client.ts';

export const sessionQueryKey = ['session'] as const;

async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await api.get<SessionInfo>('/api/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity, retry: 1 });
}

/** The session inside the signed-in part of the app, where it always exists. */
export function useSession(): SessionInfo {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession outside the signed-in app');
  return data;
}

/** Stores a SessionInfo the API just answered (sign-in, role switch) as the current one. */
export function storeSession(queryClient: QueryClient, session: SessionInfo | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(sessionQueryKey, session);
}

/** Forgets everything cached for the previous person or role, keeping the new session. */
export function resetForSession(queryClient: QueryClient, session: SessionInfo | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  storeSession(queryClient, session);
}

export function useStoreSession() {
  const queryClient = useQueryClient();
  return (session: SessionInfo | null) => storeSession(queryClient, session);
}

export function activeRoleOf(session: SessionInfo): RoleAssignment | null {
  return session.roles.find((r) => r.id === session.activeRoleId) ?? null;
}

const ADMIN_ROLES: readonly Role[] = ['system_admin', 'unit_admin'];

/** Admins manage units below them, users and read the audit log (server/lib/policy.ts). */
export function isAdminRole(role: Role | null | undefined): boolean {
  return role ? ADMIN_ROLES.includes(role) : false;
}

export function useActiveRole(): RoleAssignment | null {
  return activeRoleOf(useSession());
}
