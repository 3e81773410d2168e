/**
 * binhdang restore FILE: loads a backup into an empty database (a new DATA_DIR, or a new
 * PostgreSQL database in DATABASE_URL), in one transaction, checking every table's
 * checksum before it commits. It never merges into or overwrites existing data.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../../server/config.ts';
import { readBackupHeader, restoreBackup } from '../../server/db/backup.ts';
import { formatDateTime, formatNumber } from '../../common/text/format.ts';
import { tableProgress } from './backup.ts';
import { withDatabase } from './database.ts';

const USAGE = 'Cách dùng: binhdang restore FILE   (vào một cơ sở dữ liệu trống: DATA_DIR mới hoặc DATABASE_URL tới cơ sở dữ liệu mới)';

export async function run(args: string[], config: Config): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new Error(USAGE);
  const file = path.resolve(source);
  const header = await readBackupHeader(file);
  const rows = header.tables.reduce((sum, t) => sum + t.rowCount, 0);
  process.stderr.write(
    `Tệp sao lưu: BinhDang ${header.appVersion}, ${header.sourceDriver === 'pglite' ? 'PGlite' : 'PostgreSQL'} ${header.serverVersion}, ` +
      `tạo lúc ${formatDateTime(new Date(header.createdAt))}, ${formatNumber(rows, 0)} dòng.\n`,
  );
  const started = performance.now();
  const verbs = { backup: 'Sao lưu', restore: 'Khôi phục', verify: 'Kiểm tra' } as const;
  // The target is migrated first (a brand-new database gets its tables), then must be empty.
  const summary = await withDatabase(config, (database) => restoreBackup(database, file, { onProgress: tableProgress((phase) => verbs[phase]) }));
  process.stdout.write(
    `Đã khôi phục ${formatNumber(summary.rows, 0)} dòng của ${summary.tables.length} bảng từ ${file}; mã kiểm tra khớp ` +
      `(${formatNumber((performance.now() - started) / 1000, 1)} giây). Các phiên đăng nhập cũ không được khôi phục: mọi người đăng nhập lại.\n`,
  );
}
