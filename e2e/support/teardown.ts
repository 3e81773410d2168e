/** Removes the run's temporary data folder, so runs do not pile up in /tmp. */
import { rmSync } from 'node:fs';

export default function teardown() {
  const dataDir = process.env.BINHDANG_E2E_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
