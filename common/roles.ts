/**
 * The roles of DESIGN.md ("Who uses it"). A role is always held in one unit and
 * reaches that unit's subtree; the policy layer (server/lib/policy.ts) decides
 * what each role may do there.
 */
export const ROLES = ['system_admin', 'unit_admin', 'committee_head', 'officer', 'inspector', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a unit admin may grant; only a system admin grants system_admin. */
export const GRANTABLE_BY_UNIT_ADMIN: readonly Role[] = ['unit_admin', 'committee_head', 'officer', 'inspector', 'viewer'];
