/**
 * The `binhdang` command as an operator runs it: a real process on a real (PGlite or
 * PostgreSQL) database.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchPostgres } from '../server/test/harness.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
let env: Record<string, string>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'binhdang-cli-'));
  env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' } as Record<string, string>;
  delete env.DATABASE_URL;
  cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  if (process.env.TEST_DB === 'postgres' && process.env.DATABASE_URL) {
    const scratch = await createScratchPostgres(process.env.DATABASE_URL, 'binhdang_cli');
    env.DATABASE_URL = scratch.url;
    cleanup = async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await scratch.drop();
    };
  }
});
afterAll(() => cleanup());

function binhdang(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'cli/main.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('binhdang', () => {
  it('prints help in Vietnamese', () => {
    const result = binhdang('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/units import FILE/);
    expect(binhdang('khong-co').code).toBe(2);
  });

  it('migrates, seeds the demo once, and creates a user', () => {
    expect(binhdang('migrate').stdout).toMatch(/Đã cập nhật cơ sở dữ liệu/);
    const seeded = binhdang('seed', '--demo');
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/Đã tạo \d+ đơn vị và \d+ tài khoản demo/);
    const again = binhdang('seed', '--demo');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/chỉ tạo trên cơ sở dữ liệu trống/);

    const created = binhdang('users', 'create', '--username', 'thanhtra.hyn', '--name', 'Lê Văn Kiểm', '--role', 'inspector', '--unit', 'sgd-hyn', '--password', 'KiemTra2025');
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Đã tạo người dùng thanhtra.hyn/);
    const bad = binhdang('users', 'create', '--username', 'x', '--name', 'Y', '--role', 'vua', '--unit', 'SGD-HYN', '--password', 'ngan');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--role: một trong system_admin/);
    expect(bad.stderr).toMatch(/--password: Mật khẩu cần ít nhất 10 ký tự/);
    expect(binhdang('users', 'create', '--username', 'abc', '--name', 'Y', '--role', 'viewer', '--unit', 'KHONG-CO', '--password', 'MatKhau2025').stderr).toMatch(/Không tìm thấy đơn vị/);
  });
});
