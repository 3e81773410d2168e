/**
 * Importing units from a file, in two steps a person can trust:
 *
 * 1. preview — read the file, check every row against the database, store the parsed
 *    rows and answer with the counts, every error (row, column, reason) and a sample;
 * 2. apply — re-check the stored rows against the database as it is now and apply them
 *    all in ONE transaction through the units service (so policy and audit apply to
 *    each unit), or nothing at all.
 *
 * A preview belongs to the person who made it, lives a day, and is consumed by its
 * apply: applying it twice cannot apply twice.
 */
import type { Database, Tx } from '../../../db/client.ts';
import { recordAudit } from '../../../lib/audit.ts';
import { AppError, isUniqueViolation, notFound } from '../../../lib/errors.ts';
import { authorize, type Actor } from '../../../lib/policy.ts';
import { unitCode, type UnitImportPreview } from '../../../../common/contracts/units.ts';
import { formatNumber, todayInVietnam } from '../../../../common/text/format.ts';
import { normalizeText } from '../../../../common/text/vietnamese.ts';
import { closeUnitInTx, createUnitInTx, moveUnitInTx, updateUnitInTx } from '../units.service.ts';
import { COLUMN_HEADER } from './units-file.columns.ts';
import { readUnitsFile, type UnitsFile } from './units-file.read.ts';
import { planUnitImport, type ImportPlan, type PlannedRow, type RowError } from './units-import.plan.ts';
import * as repo from './units-import.repo.ts';

/** Errors shown at once; a file with 100,000 bad rows does not need 100,000 lines to be fixed. */
export const MAX_ERRORS_SHOWN = 1000;
const SAMPLE_SIZE = 50;

export type UnitImportPreviewResult = UnitImportPreview;

export interface UnitImportApplyResult {
  created: number;
  updated: number;
  moved: number;
  closed: number;
  unchanged: number;
}

/** What a preview keeps: the rows as read, so apply checks them again against the database of that moment. */
interface StoredPreview {
  version: 1;
  format: UnitsFile['format'];
  encoding: UnitsFile['encoding'];
  headers: UnitsFile['headers'];
  rows: UnitsFile['rows'];
  warnings: string[];
  errorCount: number;
  /** What the person saw for each row: apply refuses to do something else. */
  actions: [row: number, action: PlannedRow['action']][];
}

function authorizeImport(actor: Actor) {
  authorize(actor, 'unit:import', { path: actor.unitPath }, 'Bạn không có quyền nhập danh sách đơn vị (chỉ quản trị đơn vị được nhập)');
}

/** Keeps the file's own name for the user, without any folder a browser might add. */
function cleanFileName(name: string): string {
  const base = normalizeText(name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '');
  return base.slice(0, 200) || 'tep-nhap';
}

/** Every code the rows mention: the units, their parents, their successors. */
function referencedCodes(rows: UnitsFile['rows']): string[] {
  const codes = new Set<string>();
  for (const { cells } of rows) {
    for (const cell of [cells.code, cells.parentCode, cells.successorCode]) {
      if (cell?.kind !== 'text') continue;
      const parsed = unitCode.safeParse(cell.text);
      if (parsed.success) codes.add(parsed.data);
    }
  }
  return [...codes];
}

/** Loads what the rows name (a few queries for the whole file) and plans against it. */
async function planAgainstDatabase(tx: Tx, actor: Actor, file: Pick<UnitsFile, 'headers' | 'rows'>): Promise<ImportPlan> {
  const today = todayInVietnam();
  const kinds = await repo.listKindsWithDepth(tx);
  const existing = await repo.findUnitsByCodes(tx, referencedCodes(file.rows), today);
  const rowCodes = new Set(
    file.rows.flatMap(({ cells }) => {
      const parsed = cells.code?.kind === 'text' ? unitCode.safeParse(cells.code.text) : null;
      return parsed?.success ? [parsed.data] : [];
    }),
  );
  const openChildren = await repo.listOpenChildrenOf(
    tx,
    existing.filter((u) => rowCodes.has(u.code)).map((u) => u.code),
    today,
  );
  return planUnitImport(file, { actor, today, kinds, existing, openChildren });
}

function capErrors(errors: RowError[]): RowError[] {
  if (errors.length <= MAX_ERRORS_SHOWN) return errors;
  const rest = errors.length - MAX_ERRORS_SHOWN;
  return [
    ...errors.slice(0, MAX_ERRORS_SHOWN),
    { row: errors[MAX_ERRORS_SHOWN]!.row, message: `… và ${formatNumber(rest, 0)} lỗi khác (chỉ hiển thị ${formatNumber(MAX_ERRORS_SHOWN, 0)} lỗi đầu tiên)` },
  ];
}

function sampleOf(rows: PlannedRow[]): UnitImportPreview['sample'] {
  // Changes first: in a re-imported export most rows are unchanged and say little.
  const changes = rows.filter((r) => r.action !== 'unchanged');
  const unchanged = rows.filter((r) => r.action === 'unchanged');
  return [...changes, ...unchanged].slice(0, SAMPLE_SIZE).map((r) => ({
    row: r.row,
    action: r.action,
    code: r.code,
    name: r.name,
    kind: r.kindName,
    parentCode: r.parentCode,
  }));
}

export async function previewUnitImport(database: Database, actor: Actor, input: { fileName: string; content: Uint8Array }): Promise<UnitImportPreviewResult> {
  authorizeImport(actor);
  const fileName = cleanFileName(input.fileName);
  const file = await readUnitsFile(input.content, fileName);
  const plan = await planAgainstDatabase(database.db, actor, file);
  const warnings = [...file.warnings];
  if (plan.counts.closes > 0) warnings.push(`${formatNumber(plan.counts.closes, 0)} đơn vị sẽ ngừng hoạt động theo cột "${file.headers.validTo ?? COLUMN_HEADER.validTo}".`);
  const payload: StoredPreview = {
    version: 1,
    format: file.format,
    encoding: file.encoding,
    headers: file.headers,
    rows: file.rows,
    warnings,
    errorCount: plan.errors.length,
    actions: plan.rows.map((r) => [r.row, r.action]),
  };
  const previewId = await database.db.transaction((tx) => repo.insertPreview(tx, { userId: actor.userId, fileName, payload }));
  return {
    previewId,
    fileName,
    totalRows: file.rows.length,
    creates: plan.counts.creates,
    updates: plan.counts.updates,
    moves: plan.counts.moves,
    closes: plan.counts.closes,
    unchanged: plan.counts.unchanged,
    errors: capErrors(plan.errors),
    sample: sampleOf(plan.rows),
    warnings,
  };
}

function isStoredPreview(payload: unknown): payload is StoredPreview {
  const p = payload as Partial<StoredPreview> | null;
  return !!p && p.version === 1 && Array.isArray(p.rows) && Array.isArray(p.actions) && typeof p.headers === 'object';
}

const GONE = 'Không tìm thấy bản xem trước này: có thể đã được áp dụng, đã quá 1 ngày, hoặc thuộc người dùng khác. Hãy tải tệp lên lại.';

export async function applyUnitImport(
  database: Database,
  actor: Actor,
  previewId: string,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<UnitImportApplyResult> {
  authorizeImport(actor);
  return database.db.transaction(async (tx) => {
    const stored = await repo.takePreview(tx, previewId, actor.userId);
    if (!stored || !isStoredPreview(stored.payload)) throw notFound(GONE);
    const preview = stored.payload;
    if (preview.errorCount > 0) {
      throw new AppError('IMPORT_INVALID', `Tệp còn ${formatNumber(preview.errorCount, 0)} lỗi nên chưa thể áp dụng. Hãy sửa tệp và tải lên lại.`);
    }
    // The database may have changed since the preview: check everything again, inside the transaction.
    const plan = await planAgainstDatabase(tx, actor, preview);
    if (plan.errors.length > 0) {
      throw new AppError('IMPORT_INVALID', 'Dữ liệu trong hệ thống đã thay đổi từ lúc xem trước nên tệp không còn hợp lệ. Chưa có thay đổi nào được lưu.', capErrors(plan.errors));
    }
    const changed = changedActions(preview.actions, plan.rows);
    if (changed.length > 0) {
      throw new AppError('IMPORT_INVALID', 'Dữ liệu trong hệ thống đã thay đổi từ lúc xem trước nên kết quả nhập sẽ khác. Chưa có thay đổi nào được lưu: hãy tải tệp lên lại để xem trước.', capErrors(changed));
    }
    const result = await applyPlan(tx, actor, plan, stored.fileName, options.onProgress);
    await recordAudit(tx, actor, {
      action: 'unit.import',
      entityType: 'unit_import',
      entityId: previewId,
      unitId: actor.unitId,
      after: { fileName: stored.fileName, format: preview.format, rows: preview.rows.length, ...result },
    });
    return result;
  });
}

const ACTION_NAMES: Record<PlannedRow['action'], string> = { create: 'thêm mới', update: 'cập nhật', move: 'chuyển đơn vị cấp trên', unchanged: 'không đổi' };

function changedActions(previewed: StoredPreview['actions'], rows: PlannedRow[]): RowError[] {
  const now = new Map(rows.map((r) => [r.row, r]));
  const changed: RowError[] = [];
  for (const [row, action] of previewed) {
    const current = now.get(row);
    if (current && current.action !== action) {
      changed.push({ row, column: COLUMN_HEADER.code, message: `Lúc xem trước dòng này là "${ACTION_NAMES[action]}", nay là "${ACTION_NAMES[current.action]}" (dữ liệu đã thay đổi)` });
    }
  }
  return changed;
}

/** Parents first (creates, updates, moves), then closes from the leaves up. Any failure undoes everything. */
async function applyPlan(tx: Tx, actor: Actor, plan: ImportPlan, fileName: string, onProgress?: (done: number, total: number) => void): Promise<UnitImportApplyResult> {
  const ordered = [...plan.rows].sort((a, b) => a.depth - b.depth || a.row - b.row);
  const codes = new Set<string>();
  for (const row of ordered) {
    codes.add(row.code);
    if (row.move) codes.add(row.move.parentCode);
    if (row.create) codes.add(row.create.parentCode);
    if (row.close?.successorCode) codes.add(row.close.successorCode);
  }
  const ids = await repo.findUnitIdsByCodes(tx, [...codes]);
  const idOf = (code: string): number => {
    const id = ids.get(code);
    if (id === undefined) throw new AppError('IMPORT_INVALID', `Không tìm thấy đơn vị "${code}"`);
    return id;
  };
  const closing = ordered.filter((r) => r.close).reverse();
  const total = ordered.length + closing.length;
  const result: UnitImportApplyResult = { created: 0, updated: 0, moved: 0, closed: 0, unchanged: 0 };
  let done = 0;

  const step = async (row: PlannedRow, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      if (error instanceof AppError && error.code !== 'IMPORT_INVALID') {
        throw new AppError('IMPORT_INVALID', `Dòng ${row.row} (${row.code}): ${error.message}. Chưa có thay đổi nào được lưu.`, [{ row: row.row, message: error.message }]);
      }
      if (isUniqueViolation(error)) {
        throw new AppError('IMPORT_INVALID', `Dòng ${row.row}: mã đơn vị "${row.code}" đã tồn tại. Chưa có thay đổi nào được lưu.`, [
          { row: row.row, column: COLUMN_HEADER.code, message: `Mã đơn vị "${row.code}" đã tồn tại` },
        ]);
      }
      throw error;
    }
    done += 1;
    onProgress?.(done, total);
  };

  for (const row of ordered) {
    await step(row, async () => {
      if (row.create) {
        const { parentCode, ...values } = row.create;
        ids.set(row.code, await createUnitInTx(tx, actor, { code: row.code, ...values, parentId: idOf(parentCode) }));
        result.created += 1;
        return;
      }
      const id = idOf(row.code);
      if (row.update) await updateUnitInTx(tx, actor, id, row.update);
      if (row.move) await moveUnitInTx(tx, actor, id, idOf(row.move.parentCode), row.move.effectiveDate);
      if (row.action === 'move') result.moved += 1;
      else if (row.action === 'update') result.updated += 1;
      else result.unchanged += 1;
    });
  }
  for (const row of closing) {
    await step(row, async () => {
      const close = row.close!;
      await closeUnitInTx(tx, actor, idOf(row.code), {
        effectiveDate: close.effectiveDate,
        successorId: close.successorCode ? idOf(close.successorCode) : null,
        reason: `Nhập từ tệp ${fileName}`,
      });
      result.closed += 1;
    });
  }
  return result;
}

/** Drops a preview that will not be applied (the command line's dry run). */
export async function discardUnitImportPreview(database: Database, actor: Actor, previewId: string): Promise<void> {
  await repo.deletePreview(database.db, previewId, actor.userId);
}
