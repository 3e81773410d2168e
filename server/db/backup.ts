/**
 * Logical backup and restore, the same on PGlite and on a PostgreSQL server: a backup
 * written by either restores into either.
 *
 * The file is gzip-compressed UTF-8 text, one JSON document per line:
 *
 *   line 1   the header: format and app version, the applied migrations, when and from
 *            which driver it was taken, and for every table its columns, primary key,
 *            row count and the SHA-256 of its content;
 *   then     one line per row, table after table (referenced tables first), rows in
 *            primary-key order: {"t":"units","r":["12","SGD-HNI","Sở Giáo dục …",null,…]}.
 *
 * Every value is PostgreSQL's own text form (ISO dates, UTC timestamps to the microsecond,
 * jsonb and ltree as text, integers of any size), read with `col::text` and written back
 * with `text::type`, so values round-trip exactly whatever the driver or the server's
 * settings. A table's checksum is the SHA-256 of its rows' JSON arrays, one per line, in
 * primary-key order: computed from the database when backing up, from the file while
 * restoring, and from the database again after loading, before the restore commits.
 *
 * Tables are discovered from the catalog (schema public), so a new table needs no change
 * here. Sessions and import previews are ephemeral and not backed up.
 *
 * A restore goes only into an empty, migrated database (the reference rows that every
 * start inserts — levels and kinds of unit — are replaced by the backup's). Merging a
 * backup into live data, or overwriting it, is deliberately not offered: restoring means
 * a new database (a new DATA_DIR, or a new PostgreSQL database) and then switching to it.
 * Everything is loaded in one transaction: any error, mismatch or truncated file leaves
 * the target exactly as it was.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, gzipSync } from 'node:zlib';
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { z } from 'zod';
import { VERSION } from '../lib/version.ts';
import type { Database } from './client.ts';

export const BACKUP_FORMAT = 'binhdang-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Rows that live minutes, not years: a restored system starts with nobody signed in. */
export const EPHEMERAL_TABLES: readonly string[] = ['sessions', 'import_previews'];
/**
 * Reference rows every start inserts (server/db/seed/reference-data.ts). A fresh database
 * holds them already; a restore replaces them with the backup's, ids included.
 */
export const REFERENCE_TABLES: readonly string[] = ['unit_levels', 'unit_kinds', 'report_templates', 'report_template_versions'];

const FETCH_ROWS = 2000;
const INSERT_ROWS = 2000;
const UPDATE_ROWS = 5000;

/** A backup or restore that cannot go on; the message is for the person at the terminal. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const columnSchema = z.object({ name: z.string().min(1), type: z.string().min(1) });
const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: z.string(),
  sourceDriver: z.enum(['pglite', 'postgres']),
  serverVersion: z.string(),
  migrations: z.array(z.object({ hash: z.string(), createdAt: z.number() })),
  tables: z.array(
    z.object({
      name: z.string().min(1),
      columns: z.array(columnSchema).min(1),
      primaryKey: z.array(z.string()),
      rowCount: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  sequences: z.array(z.object({ table: z.string(), column: z.string(), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
  skippedTables: z.array(z.string()),
});

export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupTable = BackupHeader['tables'][number];

export interface ProgressEvent {
  phase: 'backup' | 'restore' | 'verify';
  table: string;
  done: number;
  total: number;
}
export type OnProgress = (event: ProgressEvent) => void;

// ---------------------------------------------------------------------------------------
// One connection, one transaction, on either driver.

interface Session {
  rows<T>(text: string, params?: unknown[]): Promise<T[]>;
  arrays(text: string, params?: unknown[]): Promise<(string | null)[][]>;
}

async function inTransaction<T>(database: Database, options: { readOnly: boolean }, work: (session: Session) => Promise<T>): Promise<T> {
  // Repeatable read: a backup is one consistent snapshot even while the server keeps writing.
  const begin = options.readOnly ? 'set transaction isolation level repeatable read, read only' : 'set transaction isolation level read committed';
  // Text forms that do not depend on the server's or the session's settings.
  const settings = [
    "set local timezone = 'UTC'",
    "set local datestyle = 'ISO, YMD'",
    "set local intervalstyle = 'postgres'",
    'set local extra_float_digits = 3',
    "set local bytea_output = 'hex'",
  ];
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.driver === 'pglite') {
    return (client as PGlite).transaction(async (tx: PgliteTransaction) => {
      const session: Session = {
        rows: async <R>(text: string, params: unknown[] = []) => (await tx.query<R>(text, params)).rows,
        arrays: async (text, params = []) => (await tx.query<(string | null)[]>(text, params, { rowMode: 'array' })).rows,
      };
      await tx.query(begin);
      for (const statement of settings) await tx.query(statement);
      return work(session);
    });
  }
  const connection = await (client as pg.Pool).connect();
  const session: Session = {
    rows: async <R>(text: string, params: unknown[] = []) => (await connection.query(text, params)).rows as R[],
    arrays: async (text, params = []) => (await connection.query({ text, values: params, rowMode: 'array' })).rows as (string | null)[][],
  };
  try {
    await connection.query('begin');
    await connection.query(begin);
    for (const statement of settings) await connection.query(statement);
    const result = await work(session);
    await connection.query('commit');
    return result;
  } catch (error) {
    await connection.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}

// ---------------------------------------------------------------------------------------
// The catalog: tables, columns, keys, foreign keys, sequences of schema public.

interface CatalogColumn {
  name: string;
  type: string;
  notNull: boolean;
  collatable: boolean;
  identityAlways: boolean;
  generated: boolean;
}

interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
  primaryKey: string[];
  /** Foreign keys to other tables / to itself, by column. */
  references: { columns: string[]; table: string }[];
}

interface CatalogSequence {
  name: string;
  table: string;
  column: string;
}

interface Catalog {
  tables: Map<string, CatalogTable>;
  sequences: CatalogSequence[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function readCatalog(session: Session): Promise<Catalog> {
  const tableRows = await session.rows<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
  );
  const columnRows = await session.rows<{ table: string; name: string; type: string; notNull: boolean; collatable: boolean; identity: string; generated: string }>(
    `select c.relname as "table", a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as "notNull",
            a.attcollation <> 0 as collatable, a.attidentity::text as identity, a.attgenerated::text as generated
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
      order by c.relname, a.attnum`,
  );
  const keyRows = await session.rows<{ table: string; kind: string; name: string; column: string; target: string | null }>(
    `select c.relname as "table", k.contype::text as kind, k.conname as name, a.attname as "column", t.relname as target
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
       cross join lateral unnest(k.conkey) with ordinality as u(attnum, ord)
       join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
       left join pg_class t on t.oid = k.confrelid
      where n.nspname = 'public' and k.contype in ('p', 'f')
      order by c.relname, k.conname, u.ord`,
  );
  const sequenceRows = await session.rows<CatalogSequence>(
    `select s.relname as name, t.relname as "table", a.attname as "column"
       from pg_depend d
       join pg_class s on s.oid = d.objid and s.relkind = 'S'
       join pg_class t on t.oid = d.refobjid
       join pg_namespace n on n.oid = t.relnamespace
       join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
      where n.nspname = 'public' and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
      order by t.relname, a.attname`,
  );
  const tables = new Map<string, CatalogTable>();
  for (const { name } of tableRows) tables.set(name, { name, columns: [], primaryKey: [], references: [] });
  for (const row of columnRows) {
    tables.get(row.table)?.columns.push({
      name: row.name,
      type: row.type,
      notNull: row.notNull,
      collatable: row.collatable,
      identityAlways: row.identity === 'a',
      generated: row.generated !== '',
    });
  }
  const foreignKeys = new Map<string, { table: string; columns: string[]; target: string }>();
  for (const row of keyRows) {
    const table = tables.get(row.table);
    if (!table) continue;
    if (row.kind === 'p') table.primaryKey.push(row.column);
    else {
      const key = `${row.table}/${row.name}`;
      const fk = foreignKeys.get(key) ?? { table: row.table, columns: [], target: row.target! };
      fk.columns.push(row.column);
      foreignKeys.set(key, fk);
    }
  }
  for (const fk of foreignKeys.values()) tables.get(fk.table)!.references.push({ columns: fk.columns, table: fk.target });
  return { tables, sequences: sequenceRows };
}

/** Referenced tables before referencing ones; a table's references to itself are handled row by row. */
function orderTables(tables: CatalogTable[]): CatalogTable[] {
  const names = new Set(tables.map((t) => t.name));
  const ordered: CatalogTable[] = [];
  const placed = new Set<string>();
  const pending = [...tables].sort((a, b) => (a.name < b.name ? -1 : 1));
  while (pending.length > 0) {
    const index = pending.findIndex((t) => t.references.every((r) => r.table === t.name || placed.has(r.table) || !names.has(r.table)));
    if (index < 0) throw new BackupError(`Các bảng ${pending.map((t) => t.name).join(', ')} tham chiếu vòng lẫn nhau; định dạng sao lưu này chưa hỗ trợ.`);
    const [table] = pending.splice(index, 1);
    ordered.push(table!);
    placed.add(table!.name);
  }
  return ordered;
}

/** The columns a restore leaves null at first and fills in once the whole table is loaded. */
function selfReferencingColumns(table: CatalogTable): string[] {
  const columns = table.references.filter((r) => r.table === table.name).flatMap((r) => r.columns);
  for (const name of columns) {
    const column = table.columns.find((c) => c.name === name)!;
    if (column.notNull) throw new BackupError(`Cột ${table.name}.${name} tham chiếu chính bảng của nó và không được để trống; định dạng sao lưu này chưa hỗ trợ.`);
  }
  return columns;
}

/** SELECT of a table's rows as text, in the deterministic order the checksum is defined on. */
function selectAsText(table: CatalogTable, columns: string[]): string {
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  // Qualified: a bare name in ORDER BY would mean the ::text output column of the same name.
  const order = (table.primaryKey.length > 0 ? table.primaryKey : columns).map((name) => {
    const column = byName.get(name)!;
    if (table.primaryKey.length === 0) return `t.${ident(name)}::text collate "C"`;
    return column.collatable ? `t.${ident(name)} collate "C"` : `t.${ident(name)}`;
  });
  return `select ${columns.map((c) => `t.${ident(c)}::text`).join(', ')} from ${ident(table.name)} t order by ${order.join(', ')}`;
}

/** Reads a table through a cursor, a batch at a time: a table of millions of rows never sits in memory. */
async function forEachBatch(session: Session, query: string, onBatch: (rows: (string | null)[][]) => Promise<void> | void): Promise<void> {
  await session.rows(`declare backup_cursor no scroll cursor for ${query}`);
  try {
    for (;;) {
      const rows = await session.arrays(`fetch ${FETCH_ROWS} from backup_cursor`);
      if (rows.length === 0) break;
      await onBatch(rows);
      if (rows.length < FETCH_ROWS) break;
    }
  } finally {
    await session.rows('close backup_cursor');
  }
}

async function readMigrations(session: Session): Promise<BackupHeader['migrations']> {
  const [exists] = await session.rows<{ ok: boolean }>(`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`);
  if (!exists?.ok) throw new BackupError('Cơ sở dữ liệu chưa được khởi tạo (chưa có bảng migration). Hãy chạy binhdang migrate.');
  const rows = await session.rows<{ hash: string; createdAt: string }>(`select hash, created_at::text as "createdAt" from drizzle.__drizzle_migrations order by created_at, id`);
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.createdAt) }));
}

// ---------------------------------------------------------------------------------------
// Backup.

export interface BackupSummary {
  file: string;
  bytes: number;
  header: BackupHeader;
}

/** Writes with back-pressure; `written` rejects (and so does this) when the file cannot be written. */
async function writeChunk(stream: NodeJS.WritableStream & { destroyed: boolean }, chunk: string, written: Promise<void>): Promise<void> {
  if (stream.destroyed) await written;
  if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), written]);
}

/**
 * Writes a consistent snapshot of the database to `file` (replaced atomically: a failed
 * backup never leaves a half-written file under the final name).
 */
export async function writeBackup(database: Database, file: string, options: { onProgress?: OnProgress } = {}): Promise<BackupSummary> {
  const onProgress = options.onProgress ?? (() => undefined);
  const suffix = `${process.pid}-${Date.now()}`;
  const rowsFile = `${file}.rows-${suffix}.tmp`;
  const finalTemp = `${file}.${suffix}.tmp`;
  try {
    const header = await inTransaction(database, { readOnly: true }, async (session) => {
      const migrations = await readMigrations(session);
      const [server] = await session.rows<{ version: string }>(`select current_setting('server_version') as version`);
      const catalog = await readCatalog(session);
      const tables = orderTables([...catalog.tables.values()].filter((t) => !EPHEMERAL_TABLES.includes(t.name)));
      const counts = new Map<string, number>();
      for (const table of tables) {
        const [row] = await session.rows<{ n: string }>(`select count(*)::text as n from ${ident(table.name)}`);
        counts.set(table.name, Number(row!.n));
      }

      // The rows go to a gzip member of their own; the header, known only at the end, is
      // written as a first member and the two are concatenated (gzip allows it).
      const gzip = createGzip({ level: 6 });
      const output = createWriteStream(rowsFile);
      const written = pipeline(gzip, output);
      written.catch(() => undefined);
      const described: BackupTable[] = [];
      try {
        for (const table of tables) {
          const columns = table.columns.filter((c) => !c.generated);
          const names = columns.map((c) => c.name);
          const hash = createHash('sha256');
          const total = counts.get(table.name)!;
          let done = 0;
          onProgress({ phase: 'backup', table: table.name, done, total });
          const prefix = `{"t":${JSON.stringify(table.name)},"r":`;
          await forEachBatch(session, selectAsText(table, names), async (rows) => {
            let chunk = '';
            for (const row of rows) {
              const values = JSON.stringify(row);
              hash.update(`${values}\n`);
              chunk += `${prefix}${values}}\n`;
            }
            await writeChunk(gzip, chunk, written);
            done += rows.length;
            onProgress({ phase: 'backup', table: table.name, done, total: Math.max(total, done) });
          });
          described.push({ name: table.name, columns: columns.map((c) => ({ name: c.name, type: c.type })), primaryKey: table.primaryKey, rowCount: done, sha256: hash.digest('hex') });
        }
      } finally {
        gzip.end();
        await written;
      }

      const sequences: BackupHeader['sequences'] = [];
      for (const sequence of catalog.sequences.filter((s) => tables.some((t) => t.name === s.table))) {
        const [row] = await session.rows<{ lastValue: string; isCalled: boolean }>(`select last_value::text as "lastValue", is_called as "isCalled" from ${ident(sequence.name)}`);
        sequences.push({ table: sequence.table, column: sequence.column, lastValue: row!.lastValue, isCalled: row!.isCalled });
      }
      const result: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        appVersion: VERSION,
        createdAt: new Date().toISOString(),
        sourceDriver: database.driver,
        serverVersion: server!.version,
        migrations,
        tables: described,
        sequences,
        skippedTables: [...catalog.tables.keys()].filter((name) => EPHEMERAL_TABLES.includes(name)),
      };
      return result;
    });

    const output = createWriteStream(finalTemp);
    output.write(gzipSync(`${JSON.stringify(header)}\n`));
    await pipeline(createReadStream(rowsFile), output);
    // On disk before it takes the final name: a crash never leaves a truncated "good" backup.
    const handle = await open(finalTemp, 'r');
    await handle.sync();
    await handle.close();
    await rename(finalTemp, file);
    const { size } = await stat(file);
    return { file, bytes: size, header };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code && ['ENOENT', 'EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'EISDIR', 'ENOTDIR'].includes(code)) {
      throw new BackupError(`Không ghi được tệp sao lưu ${file} (${code}): kiểm tra thư mục, quyền ghi và dung lượng đĩa.`);
    }
    throw error;
  } finally {
    await rm(rowsFile, { force: true });
    await rm(finalTemp, { force: true });
  }
}

// ---------------------------------------------------------------------------------------
// Reading the file.

const CORRUPT = 'Tệp sao lưu bị hỏng hoặc không đầy đủ';

function describeReadError(error: unknown, file: string): BackupError {
  if (error instanceof BackupError) return error;
  const e = error as { code?: string; message?: string };
  if (e.code === 'ENOENT') return new BackupError(`Không tìm thấy tệp ${file}`);
  if (e.code === 'EISDIR') return new BackupError(`${file} là một thư mục, không phải tệp sao lưu`);
  if (typeof e.code === 'string' && e.code.startsWith('Z_')) return new BackupError(`${CORRUPT} (dữ liệu nén không đọc được: ${e.message}).`);
  const message = error instanceof Error ? error.message : String(error);
  // Anything else failed inside the restore's transaction, which is rolled back.
  return new BackupError(`Không khôi phục được, đã hủy và không có gì bị thay đổi: ${message}`);
}

/** Calls `onLine` for each line of the gzip file; stops early when it returns false. */
async function readLines(file: string, onLine: (line: string, number: number) => Promise<boolean | void> | boolean | void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let number = 0;
  let stopped = false;
  const input = createReadStream(file);
  try {
    await pipeline(input, createGunzip(), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        pending += decoder.write(chunk);
        let newline = pending.indexOf('\n');
        while (newline >= 0) {
          const line = pending.slice(0, newline);
          pending = pending.slice(newline + 1);
          number += 1;
          if ((await onLine(line, number)) === false) {
            stopped = true;
            return;
          }
          newline = pending.indexOf('\n');
        }
      }
      pending += decoder.end();
      if (pending.length > 0) throw new BackupError(`${CORRUPT} (dòng cuối bị cắt ngang).`);
    });
  } catch (error) {
    // Stopping early (after the header) aborts the rest of the stream: not an error.
    if (stopped) return;
    throw describeReadError(error, file);
  }
}

function parseHeader(line: string): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BackupError('Tệp này không phải tệp sao lưu BinhDang (không đọc được phần đầu tệp).');
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== BACKUP_FORMAT) throw new BackupError('Tệp này không phải tệp sao lưu BinhDang.');
  if (typeof format.formatVersion === 'number' && format.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(`Tệp sao lưu có định dạng phiên bản ${format.formatVersion}, mới hơn phiên bản này của BinhDang hỗ trợ (${BACKUP_FORMAT_VERSION}). Hãy cập nhật BinhDang rồi khôi phục lại.`);
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw new BackupError(`${CORRUPT} (phần đầu tệp không hợp lệ: ${parsed.error.issues[0]?.path.join('.')}).`);
  if (parsed.data.formatVersion !== BACKUP_FORMAT_VERSION) throw new BackupError(`Định dạng sao lưu phiên bản ${parsed.data.formatVersion} không được hỗ trợ.`);
  return parsed.data;
}

/** Reads and checks the header line only. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  await readLines(file, (line) => {
    header = parseHeader(line);
    return false;
  });
  if (!header) throw new BackupError('Tệp sao lưu trống.');
  return header;
}

// ---------------------------------------------------------------------------------------
// Restore.

export interface RestoreSummary {
  header: BackupHeader;
  tables: { name: string; rows: number }[];
  rows: number;
}

interface TablePlan {
  backup: BackupTable;
  target: CatalogTable;
  columns: CatalogColumn[];
  /** Self-referencing columns: a forward reference is inserted as null, then set once every row exists. */
  deferred: string[];
  /** Positions in a row of the deferred columns. */
  deferredIndexes: number[];
  /** Positions in a row of the primary key and the deferred columns, for the update. */
  deferredFields: number[];
  /**
   * Position of a single integer primary key, or -1. Rows arrive in key order, so with such
   * a key a reference to a smaller id points at a row already inserted (or in the same
   * statement, whose foreign keys are checked at its end) and needs no deferring.
   */
  orderedKeyIndex: number;
  insertSql: string;
}

const INTEGER_TYPES = new Set(['smallint', 'integer', 'bigint']);

function planTable(backup: BackupTable, target: CatalogTable | undefined): TablePlan {
  if (!target) throw new BackupError(`Bảng ${backup.name} trong tệp sao lưu không có trong cơ sở dữ liệu đích.`);
  const columns = backup.columns.map((c) => {
    const column = target.columns.find((t) => t.name === c.name);
    if (!column || column.generated) throw new BackupError(`Cột ${backup.name}.${c.name} trong tệp sao lưu không có trong cơ sở dữ liệu đích.`);
    return column;
  });
  if (backup.primaryKey.join(',') !== target.primaryKey.join(',')) throw new BackupError(`Khóa chính của bảng ${backup.name} khác với cơ sở dữ liệu đích.`);
  const deferred = selfReferencingColumns(target);
  const names = columns.map((c) => ident(c.name));
  const overriding = columns.some((c) => c.identityAlways) ? ' overriding system value' : '';
  const values = columns.map((c, i) => `v.c${i}::${c.type}`);
  const insertSql = `insert into ${ident(target.name)} (${names.join(', ')})${overriding}
    select ${values.join(', ')} from unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')}) as v(${columns.map((_, i) => `c${i}`).join(', ')})`;
  const indexOf = (name: string) => columns.findIndex((c) => c.name === name);
  const deferredFields = [...target.primaryKey, ...deferred].map(indexOf);
  if (deferred.length > 0 && deferredFields.some((i) => i < 0)) throw new BackupError(`Tệp sao lưu thiếu cột khóa của bảng ${backup.name}.`);
  const key = target.primaryKey.length === 1 ? columns[indexOf(target.primaryKey[0]!)] : undefined;
  const orderedKeyIndex = key && INTEGER_TYPES.has(key.type) && deferred.every((name) => INTEGER_TYPES.has(columns[indexOf(name)]!.type)) ? indexOf(key.name) : -1;
  return { backup, target, columns, deferred, deferredIndexes: deferred.map(indexOf), deferredFields, orderedKeyIndex, insertSql };
}

async function assertEmpty(session: Session, catalog: Catalog): Promise<void> {
  const filled: string[] = [];
  for (const table of catalog.tables.values()) {
    if (REFERENCE_TABLES.includes(table.name)) continue;
    const [row] = await session.rows<{ filled: boolean }>(`select exists (select 1 from ${ident(table.name)}) as filled`);
    if (row?.filled) filled.push(table.name);
  }
  if (filled.length > 0) {
    throw new BackupError(
      `Cơ sở dữ liệu đích đã có dữ liệu (bảng ${filled.join(', ')}). Chỉ khôi phục vào cơ sở dữ liệu trống: ` +
        'hãy dùng một DATA_DIR mới hoặc tạo một cơ sở dữ liệu PostgreSQL mới, rồi chạy lại lệnh khôi phục. Không có gì bị thay đổi.',
    );
  }
}

function assertMigrations(header: BackupHeader, target: BackupHeader['migrations']) {
  const applied = new Set(target.map((m) => m.hash));
  const missing = header.migrations.filter((m) => !applied.has(m.hash));
  if (missing.length > 0) {
    throw new BackupError(
      `Cơ sở dữ liệu đích thiếu ${missing.length} bản cập nhật cấu trúc có trong tệp sao lưu (tạo bởi BinhDang ${header.appVersion}). ` +
        `Hãy cập nhật BinhDang lên phiên bản ${header.appVersion} hoặc mới hơn, chạy binhdang migrate, rồi khôi phục lại.`,
    );
  }
}

async function insertBatch(session: Session, plan: TablePlan, rows: (string | null)[][]) {
  const columns = plan.columns.map((_, i) => rows.map((row) => row[i]!));
  await session.rows(plan.insertSql, columns);
}

/** Fills the self-referencing columns once every row of the table exists. */
async function applyDeferred(session: Session, plan: TablePlan, rows: (string | null)[][]) {
  if (rows.length === 0) return;
  const key = plan.target.primaryKey;
  if (key.length === 0) throw new BackupError(`Bảng ${plan.target.name} tự tham chiếu nhưng không có khóa chính.`);
  const byName = new Map(plan.columns.map((c) => [c.name, c]));
  const fields = [...key, ...plan.deferred];
  const sets = plan.deferred.map((name) => `${ident(name)} = v.c${fields.indexOf(name)}::${byName.get(name)!.type}`);
  const where = key.map((name, i) => `t.${ident(name)} = v.c${i}::${byName.get(name)!.type}`);
  const text = `update ${ident(plan.target.name)} t set ${sets.join(', ')}
    from unnest(${fields.map((_, i) => `$${i + 1}::text[]`).join(', ')}) as v(${fields.map((_, i) => `c${i}`).join(', ')})
    where ${where.join(' and ')}`;
  for (let start = 0; start < rows.length; start += UPDATE_ROWS) {
    const slice = rows.slice(start, start + UPDATE_ROWS);
    await session.rows(
      text,
      fields.map((_, i) => slice.map((row) => row[i]!)),
    );
  }
}

/**
 * Restores `file` into `database`, which must be migrated and empty. One transaction:
 * on any error nothing is written.
 */
export async function restoreBackup(database: Database, file: string, options: { onProgress?: OnProgress } = {}): Promise<RestoreSummary> {
  const onProgress = options.onProgress ?? (() => undefined);
  const header = await readBackupHeader(file);

  return inTransaction(database, { readOnly: false }, async (session) => {
    assertMigrations(header, await readMigrations(session));
    const catalog = await readCatalog(session);
    const plans = header.tables.map((t) => planTable(t, catalog.tables.get(t.name)));
    const order = orderTables([...catalog.tables.values()]).map((t) => t.name);
    // Nobody else writes while the check holds and the rows go in.
    await session.rows(`lock table ${order.map(ident).join(', ')} in exclusive mode`);
    await assertEmpty(session, catalog);
    for (const name of [...order].reverse()) {
      if (REFERENCE_TABLES.includes(name) && plans.some((p) => p.backup.name === name)) await session.rows(`delete from ${ident(name)}`);
    }

    // Stream the rows: check each table's lines against the header as they arrive.
    const byName = new Map(plans.map((p) => [p.backup.name, p]));
    let index = -1;
    let current: TablePlan | undefined;
    let batch: (string | null)[][] = [];
    let deferredRows: (string | null)[][] = [];
    let hash = createHash('sha256');
    let count = 0;

    const flush = async () => {
      if (current && batch.length > 0) await insertBatch(session, current, batch);
      batch = [];
    };
    const finishTable = async () => {
      if (!current) return;
      await flush();
      const digest = hash.digest('hex');
      if (count !== current.backup.rowCount || digest !== current.backup.sha256) {
        throw new BackupError(`${CORRUPT}: dữ liệu bảng ${current.backup.name} không khớp với mã kiểm tra (${count}/${current.backup.rowCount} dòng).`);
      }
      await applyDeferred(session, current, deferredRows);
      deferredRows = [];
    };
    const startTable = async (name: string, lineNumber: number) => {
      await finishTable();
      const next = byName.get(name);
      const nextIndex = next ? plans.indexOf(next) : -1;
      if (!next || nextIndex <= index) throw new BackupError(`${CORRUPT} (dòng ${lineNumber}: bảng ${name} không đúng thứ tự).`);
      // Tables without rows have no lines: check them as they are passed over.
      for (const skipped of plans.slice(index + 1, nextIndex)) {
        if (skipped.backup.rowCount !== 0) throw new BackupError(`${CORRUPT}: thiếu dữ liệu bảng ${skipped.backup.name}.`);
      }
      index = nextIndex;
      current = next;
      hash = createHash('sha256');
      count = 0;
      onProgress({ phase: 'restore', table: name, done: 0, total: next.backup.rowCount });
    };

    await readLines(file, async (line, lineNumber) => {
      if (lineNumber === 1) return;
      let parsed: { t?: unknown; r?: unknown };
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new BackupError(`${CORRUPT} (dòng ${lineNumber} không đọc được).`);
      }
      if (typeof parsed?.t !== 'string' || !Array.isArray(parsed.r)) throw new BackupError(`${CORRUPT} (dòng ${lineNumber} không đúng cấu trúc).`);
      if (parsed.t !== current?.backup.name) await startTable(parsed.t, lineNumber);
      const row = parsed.r as (string | null)[];
      if (row.length !== current!.columns.length || row.some((v) => v !== null && typeof v !== 'string')) {
        throw new BackupError(`${CORRUPT} (dòng ${lineNumber}: số cột không khớp với bảng ${current!.backup.name}).`);
      }
      hash.update(`${JSON.stringify(row)}\n`);
      count += 1;
      const { deferredIndexes, deferredFields, orderedKeyIndex } = current!;
      let insert = row;
      if (deferredIndexes.length > 0) {
        const key = orderedKeyIndex >= 0 ? BigInt(row[orderedKeyIndex]!) : undefined;
        const isForward = deferredIndexes.some((i) => row[i] !== null && (key === undefined || BigInt(row[i]!) > key));
        if (isForward) {
          deferredRows.push(deferredFields.map((i) => row[i]!));
          insert = row.map((value, i) => (deferredIndexes.includes(i) ? null : value));
        }
      }
      batch.push(insert);
      if (batch.length >= INSERT_ROWS) {
        await flush();
        onProgress({ phase: 'restore', table: current!.backup.name, done: count, total: current!.backup.rowCount });
      }
    });
    await finishTable();
    for (const skipped of plans.slice(index + 1)) {
      if (skipped.backup.rowCount !== 0) throw new BackupError(`${CORRUPT}: thiếu dữ liệu bảng ${skipped.backup.name}.`);
    }

    // Sequences continue after the largest id, and never behind where the source was.
    for (const sequence of catalog.sequences.filter((s) => byName.has(s.table))) {
      const saved = header.sequences.find((s) => s.table === sequence.table && s.column === sequence.column);
      const savedNext = saved ? BigInt(saved.lastValue) + (saved.isCalled ? 1n : 0n) : 1n;
      const [row] = await session.rows<{ max: string | null }>(`select max(${ident(sequence.column)})::text as max from ${ident(sequence.table)}`);
      const tableNext = row?.max ? BigInt(row.max) + 1n : 1n;
      const next = savedNext > tableNext ? savedNext : tableNext;
      await session.rows(`select setval($1::regclass, $2::bigint, false)`, [`public.${ident(sequence.name)}`, next.toString()]);
    }

    // Read everything back from the database: what commits is what the file holds.
    for (const plan of plans) {
      const verify = createHash('sha256');
      let rows = 0;
      onProgress({ phase: 'verify', table: plan.backup.name, done: 0, total: plan.backup.rowCount });
      await forEachBatch(session, selectAsText(plan.target, plan.columns.map((c) => c.name)), (batchRows) => {
        for (const row of batchRows) verify.update(`${JSON.stringify(row)}\n`);
        rows += batchRows.length;
        onProgress({ phase: 'verify', table: plan.backup.name, done: rows, total: Math.max(rows, plan.backup.rowCount) });
      });
      if (rows !== plan.backup.rowCount || verify.digest('hex') !== plan.backup.sha256) {
        throw new BackupError(`Dữ liệu bảng ${plan.backup.name} sau khi khôi phục không khớp với tệp sao lưu; đã hủy, không có gì bị thay đổi.`);
      }
    }
    const tables = plans.map((p) => ({ name: p.backup.name, rows: p.backup.rowCount }));
    return { header, tables, rows: tables.reduce((sum, t) => sum + t.rows, 0) };
  });
}
