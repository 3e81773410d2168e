import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../test/harness.ts';
import { testConfig } from '../config.ts';
import type { Actor } from '../lib/policy.ts';
import { createUnitInTx } from '../modules/units/units.service.ts';
import { readBackupHeader, restoreBackup, writeBackup, type BackupHeader } from './backup.ts';
import type { Database } from './client.ts';
import { seedDemo } from './seed/demo.ts';
import { run as runBackupCommand } from '../../cli/commands/backup.ts';
import { run as runRestoreCommand } from '../../cli/commands/restore.ts';

type Disposable = Database & { dispose(): Promise<void> };

const serverUrl = process.env.DATABASE_URL;
const directory = mkdtempSync(path.join(tmpdir(), 'binhdang-backup-test-'));
const opened: Disposable[] = [];

async function openPostgresDatabase(): Promise<Disposable> {
  return track(await openTestDatabase('postgres'));
}

async function openPgliteDatabase(): Promise<Disposable> {
  return track(await openTestDatabase('pglite'));
}

function track(database: Disposable): Disposable {
  opened.push(database);
  return database;
}

async function freshDatabase(): Promise<Disposable> {
  return track(await openTestDatabase());
}

/** Every table of schema public: row count and an md5 of all rows in a deterministic order. */
async function fingerprint(database: Database): Promise<Record<string, string>> {
  const tables = await database.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by tablename`);
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await database.query<{ n: string; digest: string | null }>(
      `select count(*)::text as n, md5(coalesce(string_agg(t::text, '|' order by t::text collate "C"), '')) as digest from "${name}" t`,
    );
    result[name] = `${row!.n}:${row!.digest}`;
  }
  return result;
}

const withoutEphemeral = (print: Record<string, string>) => {
  const { sessions: _s, import_previews: _i, ...rest } = print;
  return rest;
};

function file(name: string) {
  return path.join(directory, name);
}

/** Rewrites the decompressed lines of a backup. */
function rewrite(source: string, target: string, change: (lines: string[]) => string[]) {
  const lines = gunzipSync(readFileSync(source)).toString('utf8').split('\n');
  writeFileSync(target, gzipSync(change(lines).join('\n')));
}

async function systemActor(database: Database): Promise<Actor> {
  const [row] = await database.query<{ userId: number; roleId: number; unitId: number; path: string }>(
    `select u.id as "userId", r.id as "roleId", r.unit_id as "unitId", un.path::text as path
       from users u join user_roles r on r.user_id = u.id join units un on un.id = r.unit_id
      where u.username = 'admin' and r.role = 'system_admin'`,
  );
  return { userId: row!.userId, username: 'admin', roleId: row!.roleId, role: 'system_admin', unitId: row!.unitId, unitPath: row!.path };
}

let source: Disposable;
let sourcePrint: Record<string, string>;
let header: BackupHeader;
const backupFile = file('source.bdbak.gz');

beforeAll(async () => {
  source = await freshDatabase();
  await seedDemo(source);
  // Values that break naive serialisation: quotes, backslashes, new lines, emoji, NFD text,
  // an empty string next to nulls, microseconds, infinity, a BC date, ids beyond 2^53, jsonb numbers.
  await source.query(
    `update units set address = $1, phone = '', short_name = $2, valid_from = '0044-03-15 BC' where code = 'BGDDT'`,
    ['Số 1 "Ngõ 2" \\ đường Nguyễn Trãi\n\ttầng 3 — 🏫', 'Thanh Trì'.normalize('NFD')],
  );
  await source.query(`update users set locked_until = '2025-03-08 10:11:12.123456+07', last_login_at = 'infinity', email = null where username = 'admin'`);
  await source.query(`select setval(pg_get_serial_sequence('audit_log', 'id'), 9007199254740993)`);
  await source.query(
    `insert into audit_log (at, action, entity_type, entity_id, before, after, unit_path)
     values ('1999-12-31 23:59:59.999999+00', 'test.values', 'unit', 'MN-HYN-TANTIEN', $1::jsonb, $2::jsonb, '1.2.3')`,
    [JSON.stringify({ tên: 'Trường Mầm non Tân Tiến', big: 12345678901234567890, exact: '0.1000' }), '{"n": 1.50, "e": 1.5e-7, "nested": [null, true, {"đ": "Đ"}]}'],
  );
  // More units than one insert batch, with references forward and backward across batches.
  await source.query(
    `insert into units (code, name, kind_id, parent_id, path, search_key, sort_key)
     select 'GEN-' || g, 'Trường Mầm non số ' || g, k.id, p.id, p.path, 'truong mam non so ' || g, 'x'
       from generate_series(1, 2100) g, unit_kinds k, units p where k.code = 'MN' and p.code = 'XA-HNI-THANHTRI'`,
  );
  await source.query(`update units set path = path || text2ltree(id::text) where code like 'GEN-%'`);
  await source.query(`update units set parent_id = (select id from units where code = 'GEN-2100') where code = 'GEN-5'`);
  await source.query(`update units set successor_id = (select id from units where code = 'GEN-2099'), valid_to = '2025-07-01' where code = 'GEN-1'`);
  await source.query(`update units set successor_id = (select id from units where code = 'GEN-3') where code = 'GEN-2050'`);
  await source.query(
    `insert into sessions (id, user_id, csrf_token, expires_at) select 'session-hash', id, 'csrf', now() + interval '1 hour' from users where username = 'admin'`,
  );
  sourcePrint = await fingerprint(source);
  ({ header } = await writeBackup(source, backupFile));
}, 120_000);

afterAll(async () => {
  for (const database of opened.reverse()) await database.dispose().catch(() => undefined);
  rmSync(directory, { recursive: true, force: true });
});

describe('backup', () => {
  it('describes the database in its header and leaves out the sessions', async () => {
    expect(await readBackupHeader(backupFile)).toEqual(header);
    expect(header.sourceDriver).toBe(source.driver);
    expect(header.tables.map((t) => t.name)).not.toContain('sessions');
    expect(header.skippedTables).toEqual(expect.arrayContaining(['sessions', 'import_previews']));
    const names = header.tables.map((t) => t.name);
    // Referenced tables come first.
    expect(names.indexOf('unit_levels')).toBeLessThan(names.indexOf('unit_kinds'));
    expect(names.indexOf('unit_kinds')).toBeLessThan(names.indexOf('units'));
    expect(names.indexOf('units')).toBeLessThan(names.indexOf('user_roles'));
    expect(names.indexOf('users')).toBeLessThan(names.indexOf('audit_log'));
    const [migrations] = await source.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
    expect(header.migrations).toHaveLength(migrations!.n);
    const [units] = await source.query<{ n: number }>('select count(*)::int as n from units');
    expect(header.tables.find((t) => t.name === 'units')!.rowCount).toBe(units!.n);
    // Rows in primary-key order: numeric, not as text ("2" before "10").
    const ids = gunzipSync(readFileSync(backupFile))
      .toString('utf8')
      .split('\n')
      .filter((line) => line.startsWith('{"t":"units"'))
      .map((line) => Number((JSON.parse(line) as { r: string[] }).r[0]));
    expect(ids).toHaveLength(units!.n);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('says so when the file cannot be written', async () => {
    await expect(writeBackup(source, file('no-such-folder/backup.gz'))).rejects.toThrow(/Không ghi được tệp sao lưu/);
  });

  it('restores every table identically into a fresh database', async () => {
    const target = await freshDatabase();
    const summary = await restoreBackup(target, backupFile);
    expect(summary.rows).toBe(header.tables.reduce((sum, t) => sum + t.rowCount, 0));
    const restored = await fingerprint(target);
    expect(withoutEphemeral(restored)).toEqual(withoutEphemeral(sourcePrint));
    expect(restored.sessions).toMatch(/^0:/);
    const [unit] = await target.query<{ address: string; phone: string; shortName: string; validFrom: string }>(
      `select address, phone, short_name as "shortName", valid_from::text as "validFrom" from units where code = 'BGDDT'`,
    );
    expect(unit).toEqual({ address: 'Số 1 "Ngõ 2" \\ đường Nguyễn Trãi\n\ttầng 3 — 🏫', phone: '', shortName: 'Thanh Trì'.normalize('NFD'), validFrom: '0044-03-15 BC' });
    const [audit] = await target.query<{ id: string; at: string }>(`select id::text as id, at::text as at from audit_log where action = 'test.values'`);
    expect(audit).toEqual({ id: '9007199254740994', at: '1999-12-31 23:59:59.999999+00' });

    // Sequences continue after the restored ids.
    const actor = await systemActor(target);
    const [before] = await target.query<{ max: number }>('select max(id)::int as max from units');
    const [kind] = await target.query<{ id: number }>(`select id from unit_kinds where code = 'SO'`);
    const id = await target.db.transaction((tx) => createUnitInTx(tx, actor, { code: 'SGD-MOI', name: 'Sở Giáo dục và Đào tạo Mới', kindId: kind!.id, parentId: actor.unitId }));
    expect(id).toBe(before!.max + 1);
    const [audit2] = await target.query<{ id: string }>(`select max(id)::text as id from audit_log`);
    expect(audit2!.id).toBe('9007199254740995');
    await target.query(`insert into users (username, full_name, password_hash, search_key) values ('moi', 'Người Mới', 'x', 'moi')`);
    await target.query(`insert into unit_levels (code, name, depth) values ('moi', 'Cấp mới', 9)`);
  });

  it('refuses a database that already has data, and writes nothing', async () => {
    await expect(restoreBackup(source, backupFile)).rejects.toThrow(/đã có dữ liệu.*Không có gì bị thay đổi/s);
    expect(await fingerprint(source)).toEqual(sourcePrint);
  });

  it('refuses a truncated, altered or foreign file with a clear message, and writes nothing', async () => {
    const target = await freshDatabase();
    const empty = await fingerprint(target);
    const bytes = readFileSync(backupFile);
    const cases: [string, () => void, RegExp][] = [
      ['truncated.gz', () => writeFileSync(file('truncated.gz'), bytes.subarray(0, Math.floor(bytes.length * 0.7))), /bị hỏng hoặc không đầy đủ/],
      ['flipped.gz', () => writeFileSync(file('flipped.gz'), Buffer.from(bytes.map((b, i) => (i === bytes.length - 6 ? b ^ 0xff : b)))), /bị hỏng hoặc không đầy đủ/],
      ['altered.gz', () => rewrite(backupFile, file('altered.gz'), (lines) => lines.map((l) => (l.startsWith('{"t":"units"') ? l.replace('Tân Tiến', 'Tân Tiền') : l))), /không khớp với mã kiểm tra/],
      ['row-missing.gz', () => rewrite(backupFile, file('row-missing.gz'), (lines) => lines.filter((l, i) => !(i > 0 && l.startsWith('{"t":"users"') && lines[i - 1]!.startsWith('{"t":"users"')))), /không khớp với mã kiểm tra/],
      ['table-missing.gz', () => rewrite(backupFile, file('table-missing.gz'), (lines) => lines.filter((l) => !l.startsWith('{"t":"user_roles"'))), /thiếu dữ liệu bảng user_roles/],
      ['broken-line.gz', () => rewrite(backupFile, file('broken-line.gz'), (lines) => lines.map((l, i) => (i === 5 ? l.slice(0, 20) : l))), /dòng 6 không đọc được/],
      ['plain.txt', () => writeFileSync(file('plain.txt'), 'code,name\nBGDDT,Bộ\n'), /bị hỏng hoặc không đầy đủ/],
      ['other.gz', () => writeFileSync(file('other.gz'), gzipSync('{"hello":"world"}\n')), /không phải tệp sao lưu BinhDang/],
      ['newer.gz', () => rewrite(backupFile, file('newer.gz'), ([first, ...rest]) => [JSON.stringify({ ...JSON.parse(first!), formatVersion: 99 }), ...rest]), /phiên bản 99.*cập nhật BinhDang/s],
      [
        'future-schema.gz',
        () => rewrite(backupFile, file('future-schema.gz'), ([first, ...rest]) => {
          const h = JSON.parse(first!) as BackupHeader;
          return [JSON.stringify({ ...h, migrations: [...h.migrations, { hash: 'f'.repeat(64), createdAt: Date.now() }] }), ...rest];
        }),
        /thiếu 1 bản cập nhật cấu trúc/,
      ],
      ['missing.gz', () => undefined, /Không tìm thấy tệp/],
    ];
    for (const [name, make, message] of cases) {
      make();
      await expect(restoreBackup(target, file(name)), name).rejects.toThrow(message);
      expect(await fingerprint(target), name).toEqual(empty);
    }
    // Nothing was left half-done: the same database still takes the good file.
    await restoreBackup(target, backupFile);
    expect(withoutEphemeral(await fingerprint(target))).toEqual(withoutEphemeral(sourcePrint));
  });

  it(serverUrl ? 'moves data between PGlite and PostgreSQL, both ways' : 'moves data between two PGlite databases (set DATABASE_URL to cross drivers)', async () => {
    const otherKind = serverUrl && source.driver === 'pglite' ? openPostgresDatabase : openPgliteDatabase;
    const sameKind = source.driver === 'pglite' ? openPgliteDatabase : openPostgresDatabase;
    const other = await otherKind();
    if (serverUrl) expect(other.driver).not.toBe(source.driver);
    await restoreBackup(other, backupFile);
    expect(withoutEphemeral(await fingerprint(other))).toEqual(withoutEphemeral(sourcePrint));

    const second = file('second.bdbak.gz');
    const { header: secondHeader } = await writeBackup(other, second);
    expect(secondHeader.sourceDriver).toBe(other.driver);
    expect(secondHeader.tables.map((t) => [t.name, t.rowCount, t.sha256])).toEqual(header.tables.map((t) => [t.name, t.rowCount, t.sha256]));
    const back = await sameKind();
    await restoreBackup(back, second);
    expect(withoutEphemeral(await fingerprint(back))).toEqual(withoutEphemeral(sourcePrint));
  });

  it('runs as `binhdang restore FILE` and `binhdang backup FILE`', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      let config = testConfig({ dataDir: file('cli-data'), databaseUrl: undefined });
      let target: Disposable | undefined;
      if (source.driver === 'postgres') {
        // The command opens the database itself: give it a fresh one by URL.
        target = await openPostgresDatabase();
        const [row] = await target.query<{ name: string }>('select current_database() as name');
        const url = new URL(serverUrl!);
        url.pathname = `/${row!.name}`;
        config = testConfig({ databaseUrl: url.toString() });
      }
      await runRestoreCommand([backupFile], config);
      const copy = file('cli.bdbak.gz');
      await runBackupCommand([copy], config);
      await expect(runBackupCommand([copy], config)).rejects.toThrow(/đã tồn tại/);
      await runBackupCommand([copy, '--force'], config);
      const copied = await readBackupHeader(copy);
      expect(copied.tables.map((t) => [t.name, t.rowCount, t.sha256])).toEqual(header.tables.map((t) => [t.name, t.rowCount, t.sha256]));
      await expect(runRestoreCommand([backupFile], config)).rejects.toThrow(/đã có dữ liệu/);
      await expect(runRestoreCommand([], config)).rejects.toThrow(/Cách dùng/);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
