/** Opens the configured database for a command and always closes it. */
import type { Config } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/client.ts';
import { prepareDatabase } from '../../server/db/prepare.ts';

export async function withDatabase<T>(config: Config, work: (database: Database) => Promise<T>, options: { prepare?: boolean } = {}): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (options.prepare !== false) await prepareDatabase(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Prints progress on one line when attached to a terminal, a line per step otherwise. */
export function progress(label: string) {
  const isTty = process.stderr.isTTY;
  return (done: number, total?: number) => {
    const text = total ? `${label}: ${done}/${total} (${Math.round((done / total) * 100)}%)` : `${label}: ${done}`;
    if (isTty) process.stderr.write(`\r${text}`);
    else if (!total || done === total || done % Math.max(1, Math.round(total / 10)) === 0) process.stderr.write(`${text}\n`);
    if (isTty && total && done === total) process.stderr.write('\n');
  };
}
