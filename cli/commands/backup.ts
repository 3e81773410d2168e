/**
 * binhdang backup FILE: a consistent, compressed, checksummed copy of every table,
 * restorable on PGlite or PostgreSQL (server/db/backup.ts). On PGlite, stop the server
 * first: its data folder is opened by one process at a time.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../../server/config.ts';
import { writeBackup, type ProgressEvent } from '../../server/db/backup.ts';
import { formatNumber } from '../../common/text/format.ts';
import { progress, withDatabase } from './database.ts';

const USAGE = 'Cách dùng: binhdang backup FILE [--force]   (ví dụ: binhdang backup binhdang-2025-07-01.bdbak.gz)';

/** One progress line per table, as the other long-running commands do. */
export function tableProgress(verb: (phase: ProgressEvent['phase']) => string) {
  let current = '';
  let report: ReturnType<typeof progress> = () => undefined;
  return (event: ProgressEvent) => {
    const key = `${event.phase}:${event.table}`;
    if (key !== current) {
      current = key;
      report = progress(`${verb(event.phase)} ${event.table}`);
    }
    if (event.total > 0 && event.done > 0) report(event.done, event.total);
  };
}

export async function run(args: string[], config: Config): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  const [target] = positionals;
  if (!target || positionals.length > 1) throw new Error(USAGE);
  const file = path.resolve(target);
  if (existsSync(file) && !values.force) throw new Error(`Tệp ${file} đã tồn tại. Chọn tên khác, hoặc thêm --force để ghi đè.`);
  const started = performance.now();
  // A backup reads only: it never migrates the database it copies.
  const summary = await withDatabase(config, (database) => writeBackup(database, file, { onProgress: tableProgress(() => 'Sao lưu') }), { prepare: false });
  const rows = summary.header.tables.reduce((sum, t) => sum + t.rowCount, 0);
  process.stdout.write(
    `Đã sao lưu ${formatNumber(rows, 0)} dòng của ${summary.header.tables.length} bảng vào ${file} ` +
      `(${formatNumber(summary.bytes / 1048576, 1)} MB, ${formatNumber((performance.now() - started) / 1000, 1)} giây).\n`,
  );
}
