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

// PostgreSQL array literals, each list one text parameter (`${textArray(names)}::text[]`):
// a chunk of thousands of rows travels as a few parameters, read the same by PGlite and
// node-postgres, and parsed by the server faster than the same values as JSON.
const ESCAPED = /["\\]/;
const quoted = (text: string) => `"${ESCAPED.test(text) ? text.replace(/["\\]/g, '\\$&') : text}"`;

/** `{"a","b",NULL}`; every element quoted, so commas, braces, quotes and the text "NULL" stay text. */
export function textArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : quoted(v))).join(',')}}`;
}

/** `{1,2,NULL}`, integers only. */
export function intArray(values: readonly (number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : String(Math.trunc(v)))).join(',')}}`;
}

export const boolArray = (values: readonly boolean[]): string => `{${values.map((v) => (v ? 't' : 'f')).join(',')}}`;
