import { describe, expect, it } from 'vitest';
import { can, canGrantRole, isWithin, type Actor, type Action } from './policy.ts';
import type { Role } from '../../common/roles.ts';

const actor = (role: Role, unitPath = '1.2'): Actor => ({ userId: 1, username: 'u', roleId: 1, role, unitId: 2, unitPath });

// A decision table: role × where the target is × action.
const own = { path: '1.2' };
const child = { path: '1.2.7' };
const sibling = { path: '1.3' };
const parent = { path: '1' };
const lookalike = { path: '1.22' }; // "1.22" starts with "1.2" but is a sibling

describe('policy', () => {
  it('never lets anyone see a sibling, a parent, or a unit whose path merely shares a prefix', () => {
    for (const role of ['system_admin', 'unit_admin', 'officer', 'viewer'] as Role[]) {
      for (const action of ['unit:read', 'unit:update', 'user:manage', 'audit:read'] as Action[]) {
        expect(can(actor(role), action, sibling)).toBe(false);
        expect(can(actor(role), action, parent)).toBe(false);
        expect(can(actor(role), action, lookalike)).toBe(false);
      }
    }
  });
  it('lets every role read its own unit and below', () => {
    for (const role of ['unit_admin', 'committee_head', 'officer', 'inspector', 'viewer'] as Role[]) {
      expect(can(actor(role), 'unit:read', own)).toBe(true);
      expect(can(actor(role), 'unit:read', child)).toBe(true);
    }
  });
  it('gives management to admins only, and restructuring only below their own unit', () => {
    expect(can(actor('unit_admin'), 'user:manage', own)).toBe(true);
    expect(can(actor('officer'), 'user:manage', own)).toBe(false);
    expect(can(actor('committee_head'), 'unit:update', child)).toBe(false);
    expect(can(actor('unit_admin'), 'unit:restructure', child)).toBe(true);
    expect(can(actor('unit_admin'), 'unit:restructure', own)).toBe(false);
    expect(can(actor('inspector'), 'audit:read', own)).toBe(false);
  });
  it('lets a unit write and request only its own plans, its head alone issue them, and everyone above read them', () => {
    for (const role of ['committee_head', 'officer'] as Role[]) {
      expect(can(actor(role), 'plan:draft', own)).toBe(true);
      expect(can(actor(role), 'plan:request', own)).toBe(true);
      expect(can(actor(role), 'plan:draft', child)).toBe(false);
    }
    expect(can(actor('committee_head'), 'plan:issue', own)).toBe(true);
    expect(can(actor('officer'), 'plan:issue', own)).toBe(false);
    expect(can(actor('committee_head'), 'plan:issue', child)).toBe(false);
    for (const role of ['system_admin', 'unit_admin', 'inspector', 'viewer'] as Role[]) {
      expect(can(actor(role), 'plan:read', child)).toBe(true);
      expect(can(actor(role), 'plan:draft', own)).toBe(false);
    }
    expect(can(actor('committee_head'), 'plan:read', sibling)).toBe(false);
  });
  it('denies a missing actor', () => {
    expect(can(null, 'unit:read', own)).toBe(false);
    expect(can(null, 'template:read')).toBe(false);
  });
  it('lets every role read report templates and only a system admin manage them, wherever their unit is', () => {
    const table: [Role, boolean, boolean][] = [
      // role, template:read, template:manage
      ['system_admin', true, true],
      ['unit_admin', true, false],
      ['committee_head', true, false],
      ['officer', true, false],
      ['inspector', true, false],
      ['viewer', true, false],
    ];
    for (const [role, read, manage] of table) {
      for (const path of ['1', '1.2.7']) {
        expect(can(actor(role, path), 'template:read'), role).toBe(read);
        expect(can(actor(role, path), 'template:manage'), role).toBe(manage);
      }
    }
  });
  it('never decides a unit action without a unit', () => {
    expect(can(actor('system_admin'), 'unit:read')).toBe(false);
  });
  it('lets only a system admin grant system admin', () => {
    expect(canGrantRole(actor('unit_admin'), 'system_admin')).toBe(false);
    expect(canGrantRole(actor('system_admin'), 'system_admin')).toBe(true);
    expect(canGrantRole(actor('unit_admin'), 'officer')).toBe(true);
  });
  it('compares whole labels', () => {
    expect(isWithin('1.22', '1.2')).toBe(false);
    expect(isWithin('1.2.5', '1.2')).toBe(true);
  });
});
