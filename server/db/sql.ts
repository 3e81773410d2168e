/** Small helpers every repository uses with raw SQL. */
import { sql, type SQL } from 'drizzle-orm';
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

// PostgreSQL array literals, each list one parameter (`${textArray(names)}::text[]`): a
// chunk of thousands of rows travels as a few parameters, read the same by PGlite and
// node-postgres, and parsed by the server faster than the same values as JSON.
//
// Each literal goes as its UTF-8 bytes in binary format, typed text (text's binary form
// is its bytes), and is cast from text to the array type in the statement. Sent as a
// string, PGlite's protocol writer measures a parameter's UTF-8 length character by
// character in JavaScript, twice; as bytes, a statement with 14 MB of such lists ran in
// 340–400 ms instead of 400–460. node-postgres sends a Buffer in binary format as it is.
const quoted = (text: string) => (text.includes('"') || text.includes('\\') ? `"${text.replace(/["\\]/g, '\\$&')}"` : `"${text}"`);

/** A text parameter sent as its UTF-8 bytes; `${textBytes(t)}` reads as text in SQL. */
export const textBytes = (text: string): SQL => sql`${Buffer.from(text, 'utf8')}::text`;

/** `{"a","b",NULL}`; every element quoted, so commas, braces, quotes and the text "NULL" stay text. */
export function textArrayLiteral(values: readonly (string | null)[]): string {
  // A loop, not map and join: these lists are the bulk of a roster import's parameters.
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (i > 0) literal += ',';
    literal += value === null ? 'NULL' : quoted(value);
  }
  return `${literal}}`;
}

/** `{1,2,NULL}`, integers only. */
export function intArrayLiteral(values: readonly (number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : String(Math.trunc(v)))).join(',')}}`;
}

/** The array parameters: follow each with its type (`::text[]`, `::date[]`, `::int[]`, `::boolean[]`). */
export const textArray = (values: readonly (string | null)[]): SQL => textBytes(textArrayLiteral(values));
export const intArray = (values: readonly (number | null)[]): SQL => textBytes(intArrayLiteral(values));
export const boolArray = (values: readonly boolean[]): SQL => textBytes(`{${values.map((v) => (v ? 't' : 'f')).join(',')}}`);
