/**
 * Who may keep the roster: the active role's own unit's committee head or officer
 * (policy `roster:personal` on the server, which refuses everyone else with 403 anyway).
 * Everybody may read the statistics of their subtree.
 */
import type { Role } from '../../../../../common/roles.ts';
import { useActiveRole } from '../../../lib/session.ts';

const ROSTER_KEEPERS: readonly Role[] = ['committee_head', 'officer'];

export function canKeepRoster(role: Role | null | undefined): boolean {
  return role ? ROSTER_KEEPERS.includes(role) : false;
}

export function useCanKeepRoster(): boolean {
  return canKeepRoster(useActiveRole()?.role);
}
