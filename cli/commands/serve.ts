/** binhdang serve: the HTTP server (see server/server.ts). */
import type { Config } from '../../server/config.ts';
import { startServer } from '../../server/server.ts';

export async function run(_args: string[], config: Config): Promise<void> {
  await startServer(config);
}
