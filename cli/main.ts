/**
 * The `binhdang` command (also `npx binhdang`, `npm start` = `binhdang serve`).
 * Each command lives in cli/commands/ and is loaded only when called, so `serve`
 * starts without loading the import or backup code.
 */
import { loadConfig } from '../server/config.ts';

const HELP = `binhdang — nền tảng công tác bình đẳng giới ngành Giáo dục

Cách dùng: binhdang <lệnh> [tham số]

  serve                      chạy máy chủ web (mặc định cổng 3000)
  migrate                    cập nhật cấu trúc cơ sở dữ liệu
  seed --demo                tạo dữ liệu demo (chỉ trên cơ sở dữ liệu trống)
  units import FILE          nhập danh sách đơn vị từ .xlsx hoặc .csv (--as USERNAME, --dry-run)
  units export FILE          xuất danh sách đơn vị ra .xlsx hoặc .csv (--root MÃ, --include-closed, --as USERNAME)
  roster import --unit MÃ --file TỆP.xlsx  nhập danh sách CB-GV-NV của đơn vị (--as-of, --as, --dry-run, --json)
  plan import --unit MÃ --file TỆP.docx  đọc kế hoạch từ Word/văn bản (--json in cấu trúc, --save lưu dự thảo)
  plan export --id ID --docx TỆP.docx   xuất kế hoạch ra .docx theo Nghị định 30/2020/NĐ-CP
  stats --unit MÃ             số liệu đội ngũ tính từ danh sách CB-GV-NV (--as-of YYYY-MM-DD, --json)
  users create               tạo người dùng (--username --name --role --unit --password)
  backup FILE [--force]      sao lưu toàn bộ dữ liệu ra FILE (--force: ghi đè tệp đã có)
  restore FILE               khôi phục dữ liệu từ FILE vào cơ sở dữ liệu trống

Biến môi trường: DATABASE_URL (PostgreSQL; bỏ trống để dùng PGlite), DATA_DIR, PORT.
`;

const COMMANDS: Record<string, () => Promise<{ run(args: string[], config: ReturnType<typeof loadConfig>): Promise<void> }>> = {
  serve: () => import('./commands/serve.ts'),
  migrate: () => import('./commands/migrate.ts'),
  seed: () => import('./commands/seed.ts'),
  units: () => import('./commands/units.ts'),
  users: () => import('./commands/users.ts'),
  stats: () => import('./commands/stats.ts'),
  roster: () => import('./commands/roster.ts'),
  plan: () => import('./commands/plan.ts'),
  backup: () => import('./commands/backup.ts'),
  restore: () => import('./commands/restore.ts'),
};

export async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(HELP);
    return;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`Lệnh không tồn tại: ${name}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const command = await load();
  await command.run(args, config);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
