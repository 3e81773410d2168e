/** SQL for reading the audit log of a subtree. */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { prefixPattern, rows } from '../../db/sql.ts';


export async function listAudit(tx: Tx, input: { path: string; from?: string | undefined; to?: string | undefined; action?: string | undefined; limit: number; offset: number }) {
  // An entry belongs to the subtree its unit lies in now: a school moved to a new commune
  // brings its history along. Dates are Vietnam calendar days: [from 00:00, to + 1 day 00:00).
  const filter = sql`un.path <@ ${input.path}::ltree
    ${input.from ? sql`and a.at >= (${input.from}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')` : sql``}
    ${input.to ? sql`and a.at < ((${input.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')` : sql``}
    ${input.action ? sql`and a.action like ${prefixPattern(input.action)}` : sql``}`;
  const items = await rows<{
    id: number; at: Date; actorId: number | null; actorName: string | null; unitId: number | null; unitName: string | null;
    action: string; entityType: string; entityId: string | null; before: unknown; after: unknown; ip: string | null;
  }>(
    tx,
    sql`select a.id, a.at, a.actor_id as "actorId", u.full_name as "actorName", a.unit_id as "unitId", un.name as "unitName",
               a.action, a.entity_type as "entityType", a.entity_id as "entityId", a.before, a.after, a.ip
          from audit_log a
          left join users u on u.id = a.actor_id
          join units un on un.id = a.unit_id
         where ${filter}
         order by a.at desc, a.id desc
         limit ${input.limit} offset ${input.offset}`,
  );
  const [count] = await rows<{ total: number }>(tx, sql`select count(*)::int as total from audit_log a join units un on un.id = a.unit_id where ${filter}`);
  return { items, total: count?.total ?? 0 };
}
