/** The roles an admin may grant: only a system admin makes another system admin (common/roles.ts). */
import { GRANTABLE_BY_UNIT_ADMIN, ROLES, type Role } from '../../../../../common/roles.ts';
import type { Messages } from '../../../../../common/i18n/vi.ts';

export function grantableRoleOptions(actorRole: Role | undefined, m: Messages) {
  const roles = actorRole === 'system_admin' ? ROLES : GRANTABLE_BY_UNIT_ADMIN;
  return roles.map((role) => ({ value: role, label: m.roles[role] }));
}
