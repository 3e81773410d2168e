/** Small helpers every repository uses with raw SQL. */
import type { SQL } from 'drizzle-orm';
import type { Tx } from './client.ts';

/** Runs a query and returns its rows (node-postgres and PGlite both answer `{ rows }`). */
export async function rows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = await tx.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A LIKE pattern matching `text` anywhere, with % and _ in it taken literally. */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;

/** A LIKE pattern matching values that start with `text`. */
export const prefixPattern = (text: string) => `${escapeLike(text)}%`;
