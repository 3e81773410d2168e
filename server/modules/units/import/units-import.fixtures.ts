/**
 * Test helpers for the units import: files built in memory (no binary fixtures in the
 * repository), a multipart upload through the real app, and a snapshot of the units.
 */
import ExcelJS from 'exceljs';
import type { Database } from '../../../db/client.ts';
import type { App } from '../../../lib/http.ts';
import type { SignedIn } from '../../../test/harness.ts';
import { TEST_PASSWORD } from '../../../test/harness.ts';
import { multipartBody } from '../../../test/multipart.ts';
import { createRootUnit } from '../../../db/seed/demo.ts';
import { createUserInTx } from '../../users/users.service.ts';
import { UNIT_FILE_COLUMNS } from '../../../../common/contracts/units.ts';

export const HEADERS: string[] = UNIT_FILE_COLUMNS.map((c) => c.header);

export type XlsxCell = string | number | Date | null | { formula: string; result?: string | number };

/** An .xlsx with one sheet: the given rows, the first being the header. */
export async function xlsxOf(rows: XlsxCell[][], sheetName = 'Đơn vị'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvOf(rows: string[][], delimiter = ','): string {
  return rows.map((r) => r.map((f) => csvField(f, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/** A row with the required columns and any others by header. */
export function row(values: Partial<Record<string, string>>): string[] {
  return HEADERS.map((h) => values[h] ?? '');
}

/** POST /api/units/import/preview with a file, as a signed-in person (or nobody). */
export function uploadFile(app: App, who: SignedIn | null, fileName: string, content: Buffer | string) {
  const { payload, contentType } = multipartBody(fileName, content);
  return app.inject({
    method: 'POST',
    url: '/api/units/import/preview',
    payload,
    headers: { 'content-type': contentType, ...(who ? { cookie: who.cookie, 'x-csrf-token': who.csrfToken } : {}) },
  });
}

export async function countUnits(database: Database): Promise<number> {
  const [r] = await database.query<{ n: number }>('select count(*)::int as n from units');
  return r!.n;
}

/** Everything a units file carries, per unit, in code order: equal snapshots = same units. */
export async function snapshotUnits(database: Database) {
  return database.query(
    `select u.code, u.name, u.short_name as "shortName", k.code as kind, p.code as "parentCode", u.valid_from::text as "validFrom",
            u.valid_to::text as "validTo", s.code as "successorCode", u.address, u.email, u.phone
       from units u join unit_kinds k on k.id = u.kind_id
       left join units p on p.id = u.parent_id left join units s on s.id = u.successor_id
      order by u.code`,
  );
}

/** A database holding only the Ministry and its system admin 'sysadmin'. */
export async function buildBareRoot(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    const id = await createRootUnit(tx, { code: 'BO', name: 'Bộ Giáo dục và Đào tạo', shortName: 'Bộ GD&ĐT' });
    await createUserInTx(tx, null, { username: 'sysadmin', fullName: 'Quản trị hệ thống', email: null, password: TEST_PASSWORD, role: 'system_admin', unitId: id }, { mustChangePassword: false });
  });
}

/** Windows-1258 keeps base letters with their hats and horns whole, and the tone as a separate mark. */
export function toWindows1258Form(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => {
      const parts = ch.normalize('NFD');
      const tones = parts.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, '');
      const base = parts.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
      return base + tones;
    })
    .join('');
}
