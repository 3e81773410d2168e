/**
 * The one policy layer. Every permission is a named action checked against a unit's
 * subtree: `authorize(actor, 'unit:restructure', unit)`. Queries that list things
 * restrict themselves with `withinSubtree(actor, column)`. No route checks roles.
 *
 * An actor is a person acting through one of their roles (the one they switched to):
 * a role held in a unit reaches that unit and everything below it, nothing else.
 */
import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Role } from '../../common/roles.ts';
import { forbidden } from './errors.ts';

export interface Actor {
  userId: number;
  username: string;
  roleId: number;
  role: Role;
  unitId: number;
  /** ltree path of the role's unit, e.g. "1.4.57". */
  unitPath: string;
  ip?: string | undefined;
}

export type Action =
  | 'unit:read' // see a unit, its children, its history
  | 'unit:update' // edit a unit's details
  | 'unit:create-child' // add a unit below this one
  | 'unit:restructure' // move or close this unit, merge it into another
  | 'unit:import' // import units below this one
  | 'user:read' // list the people with roles in this unit
  | 'user:manage' // add people, grant and revoke roles, reset passwords here
  | 'audit:read' // read the audit log of this subtree
  | 'template:read' // see report templates and their versions (national: no unit)
  | 'template:manage' // create, edit, publish, import report templates (national: no unit)
  | 'campaign:issue' // issue a report campaign from this unit to its subtree
  | 'campaign:manage' // exempt a unit, extend its deadline (target: the campaign's issuing unit)
  | 'report:read' // see a unit's report, its status and its subtree's rollup
  | 'report:fill' // fill in and submit this unit's report (also on its behalf, from above)
  | 'report:review' // approve, return or reopen this unit's report (from strictly above)
  | 'roster:personal' // see, add, change, end, import, export or erase the people of THIS unit's staff roster
  | 'roster:stats' // see the figures computed from the rosters of this unit's subtree (aggregates only)
  | 'plan:read' // see a unit's plans, letters and plan requests
  | 'plan:draft' // write, import, amend THIS unit's draft plans; attach its link and signed scan
  | 'plan:issue' // issue THIS unit's plan (number and date): the committee head signs
  | 'plan:request' // ask the units below for their plans (target: the requesting unit)

interface Target {
  path: string;
}

const ADMINS: readonly Role[] = ['system_admin', 'unit_admin'];
/** Who does the committee's reporting work (DESIGN.md "Who uses it"): the head and the officer. */
const REPORTERS: readonly Role[] = ['committee_head', 'officer'];

/** True when `path` is `ancestor` itself or lies below it. */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/** True when `path` lies strictly below `ancestor`. */
export function isBelow(path: string, ancestor: string): boolean {
  return path.startsWith(`${ancestor}.`);
}

/**
 * `target` is the unit acted on; national things (report templates) have none and are
 * decided by role alone.
 */
export function can(actor: Actor | null | undefined, action: Action, target?: Target): boolean {
  if (!actor) return false;
  switch (action) {
    case 'template:read':
      return true;
    case 'template:manage':
      // Templates are the Ministry's: a campaign anywhere pins them.
      return actor.role === 'system_admin';
  }
  if (!target) return false;
  const inSubtree = isWithin(target.path, actor.unitPath);
  if (!inSubtree) return false;
  const isAdmin = ADMINS.includes(actor.role);
  switch (action) {
    case 'unit:read':
      return true;
    case 'unit:update':
    case 'unit:create-child':
    case 'unit:import':
    case 'user:read':
    case 'user:manage':
    case 'audit:read':
      return isAdmin;
    case 'unit:restructure':
      // A unit admin reshapes what is below them, never their own unit.
      return isAdmin && isBelow(target.path, actor.unitPath);
    case 'report:read':
      return true;
    case 'campaign:issue':
    case 'campaign:manage':
    case 'report:fill':
      return REPORTERS.includes(actor.role);
    case 'report:review':
      // The head of a unit above approves or returns: never one's own report.
      return actor.role === 'committee_head' && isBelow(target.path, actor.unitPath);
    case 'roster:personal':
      // Personal data never leaves its unit (Luật 91/2025/QH15): not to the units above, not
      // to inspectors, not to administrators — only the unit's own reporters handle it.
      return REPORTERS.includes(actor.role) && target.path === actor.unitPath;
    case 'roster:stats':
    case 'plan:read':
      return true;
    case 'plan:draft':
    case 'plan:request':
      // A unit writes its own plans; the units above read them, they do not edit them.
      return REPORTERS.includes(actor.role) && target.path === actor.unitPath;
    case 'plan:issue':
      return actor.role === 'committee_head' && target.path === actor.unitPath;
  }
}

export function authorize(actor: Actor | null | undefined, action: Action, target?: Target, message?: string): void {
  if (!can(actor, action, target)) throw forbidden(message);
}

/** Who may grant a role: only a system admin makes another system admin. */
export function canGrantRole(actor: Actor, role: Role): boolean {
  return role !== 'system_admin' || actor.role === 'system_admin';
}

/** SQL condition: the ltree column lies in the actor's subtree. */
export function withinSubtree(actor: Actor, pathColumn: AnyColumn | SQL): SQL {
  return sql`${pathColumn} <@ ${actor.unitPath}::ltree`;
}
