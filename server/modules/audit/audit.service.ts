/** Reading the audit log: admins, of their own subtree only. */
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../lib/policy.ts';
import { loadUnitFor } from '../units/units.service.ts';
import * as repo from './audit.repo.ts';

export async function listAuditEntries(
  database: Database,
  actor: Actor,
  query: { unitId?: number | undefined; from?: string | undefined; to?: string | undefined; action?: string | undefined; page: number; pageSize: number },
) {
  const unit = await loadUnitFor(database.db, actor, query.unitId ?? actor.unitId, 'audit:read');
  const { items, total } = await repo.listAudit(database.db, {
    path: unit.path,
    from: query.from,
    to: query.to,
    action: query.action,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: items.map((i) => ({ ...i, id: Number(i.id), at: new Date(i.at).toISOString() })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
