/**
 * Writes the audit log inside the caller's transaction, so a change and its record
 * land together or not at all.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
}

type AuditActor = { userId: number | null; ip?: string | undefined } | null;

function auditRow(actor: AuditActor, record: AuditRecord) {
  return {
    actorId: actor?.userId ?? null,
    unitId: record.unitId ?? null,
    unitPath: record.unitId ? sql`(select path from units where id = ${record.unitId})` : null,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId === undefined || record.entityId === null ? null : String(record.entityId),
    before: (record.before ?? null) as never,
    after: (record.after ?? null) as never,
    ip: actor?.ip ?? null,
  };
}

/** `actor` may have no user: a failed sign-in of an unknown username is still recorded, with its address. */
export async function recordAudit(tx: Tx, actor: AuditActor, record: AuditRecord): Promise<void> {
  await tx.insert(auditLog).values(auditRow(actor, record));
}

/** Several records of one action (a save and its submission), in one statement. */
export async function recordAudits(tx: Tx, actor: AuditActor, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await tx.insert(auditLog).values(records.map((record) => auditRow(actor, record)));
}
