/** Brings a database to the current schema: committed migrations, then reference data. */
import type { Database } from './client.ts';
import { ensureReferenceData } from './seed/reference-data.ts';

export async function prepareDatabase(database: Database): Promise<void> {
  await database.migrate();
  await database.db.transaction((tx) => ensureReferenceData(tx));
}
