/**
 * Stored import previews (import_previews): what a person saw before applying a file, kept
 * a day and consumed by its apply. One store per kind of import (units, roster), so a
 * preview of one kind can never be taken or discarded as another.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { rows } from '../db/sql.ts';

export type ImportPreviewKind = 'units' | 'roster';

export function previewStore(kind: ImportPreviewKind) {
  return {
    /** Stores a preview and clears everyone's previews older than a day. */
    async insertPreview(tx: Tx, values: { userId: number; fileName: string; payload: unknown }): Promise<string> {
      await tx.execute(sql`delete from import_previews where created_at < now() - interval '1 day'`);
      const [row] = await rows<{ id: string }>(
        tx,
        sql`insert into import_previews (user_id, kind, file_name, payload)
            values (${values.userId}, ${kind}, ${values.fileName}, ${JSON.stringify(values.payload)}::jsonb) returning id`,
      );
      return row!.id;
    },

    /** Takes the user's preview out of the table: a second apply, even a concurrent one, finds nothing. Older than a day, it has expired. */
    async takePreview(tx: Tx, id: string, userId: number): Promise<{ fileName: string; payload: unknown } | undefined> {
      const [row] = await rows<{ fileName: string; payload: unknown }>(
        tx,
        sql`delete from import_previews
             where id = ${id}::uuid and user_id = ${userId} and kind = ${kind} and created_at >= now() - interval '1 day'
         returning file_name as "fileName", payload`,
      );
      return row;
    },

    /** Drops a preview that will not be applied (a dry run). */
    async deletePreview(tx: Tx, id: string, userId: number): Promise<void> {
      await tx.execute(sql`delete from import_previews where id = ${id}::uuid and user_id = ${userId} and kind = ${kind}`);
    },
  };
}
