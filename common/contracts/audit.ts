/** The audit log: who changed what, where, when, before and after. */
import { z } from 'zod';
import { dateInput } from './shared.ts';

export const auditQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  from: dateInput.optional(),
  to: dateInput.optional(),
  action: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditPage = z.object({ items: z.array(auditEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
