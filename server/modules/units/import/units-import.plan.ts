/**
 * The import's rules, as a pure function: rows of a units file + the state of the
 * database it names → what would happen to each row, or every reason it cannot.
 *
 * Rows are keyed by code. A new code creates a unit under its parent (existing, or
 * anywhere in the file); an existing code updates what differs, moves when the parent
 * code differs, closes when "Hiệu lực đến" is given. The plan reasons about the tree
 * as it will be after the import (file rows override the database), so a parent cycle,
 * a kind that does not fit its parent's level, or a unit left open under a closed one
 * is found before anything is written. Every error names the spreadsheet row, the
 * column header as written in the file, and a reason in Vietnamese.
 */
import { z } from 'zod';
import { unitCode, type UnitFileColumn } from '../../../../common/contracts/units.ts';
import { formatDate, parseVietnameseDate } from '../../../../common/text/format.ts';
import { normalizeText, toSearchKey } from '../../../../common/text/vietnamese.ts';
import { can, type Actor } from '../../../lib/policy.ts';
import { FORMULA_START } from '../../../lib/files/csv-write.ts';
import { COLUMN_HEADER } from './units-file.columns.ts';
import type { Cell, FileRow } from './units-file.read.ts';
import type { ExistingUnitRow, KindRow, OpenChildRow } from './units-import.repo.ts';

export interface PlanContext {
  actor: Actor;
  /** Vietnam's calendar date: the effective date of a move that gives none. */
  today: string;
  kinds: KindRow[];
  /** Units named by the file (row, parent and successor codes), with their ancestry. */
  existing: ExistingUnitRow[];
  /** Open children of the existing units the file names as rows. */
  openChildren: OpenChildRow[];
}

export interface RowError {
  row: number;
  column?: string;
  message: string;
}

export type RowAction = 'create' | 'update' | 'move' | 'unchanged';

export interface UnitChanges {
  name?: string;
  shortName?: string | null;
  kindId?: number;
  validFrom?: string | null;
  address?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface PlannedRow {
  row: number;
  code: string;
  action: RowAction;
  name: string;
  kindName: string;
  /** The parent after the import ('' for the root). */
  parentCode: string;
  /** Depth in the tree after the import: rows are applied parents first. */
  depth: number;
  create?: {
    name: string;
    shortName: string | null;
    kindId: number;
    parentCode: string;
    validFrom: string | null;
    address: string | null;
    email: string | null;
    phone: string | null;
  };
  update?: UnitChanges;
  move?: { parentCode: string; effectiveDate: string };
  close?: { effectiveDate: string; successorCode: string | null };
}

export interface ImportPlan {
  rows: PlannedRow[];
  errors: RowError[];
  counts: { creates: number; updates: number; moves: number; closes: number; unchanged: number };
}

/** Whatever a row says, once read: undefined = the column is not in the file, null = empty. */
interface Draft {
  row: number;
  code: string | null;
  name: string | null;
  kind: KindRow | null;
  parentCode: string | null;
  isParentEmpty: boolean;
  shortName: string | null | undefined;
  address: string | null | undefined;
  email: string | null | undefined;
  phone: string | null | undefined;
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
  hasError: boolean;
}

const LIMITS: Partial<Record<UnitFileColumn, number>> = { name: 300, shortName: 100, address: 300, email: 200, phone: 30 };
const FORMULA_MESSAGE = 'Ô chứa công thức: hãy nhập giá trị trực tiếp (hệ thống không tính công thức)';
const emailSchema = z.email();

/** Kinds by code, name, short name, and name without "Trường" — all without diacritics. */
function kindLookup(kinds: KindRow[]): Map<string, KindRow> {
  const map = new Map<string, KindRow>();
  const add = (key: string, kind: KindRow) => {
    const k = toSearchKey(key);
    if (k && !map.has(k)) map.set(k, kind);
  };
  for (const kind of kinds) add(kind.code, kind);
  for (const kind of kinds) {
    add(kind.shortName, kind);
    add(kind.name, kind);
    add(kind.name.replace(/^trường\s+/i, ''), kind);
  }
  return map;
}

export function planUnitImport(file: { headers: Partial<Record<UnitFileColumn, string>>; rows: FileRow[] }, context: PlanContext): ImportPlan {
  const { actor, today } = context;
  const errors: RowError[] = [];
  const header = (key: UnitFileColumn) => file.headers[key] ?? COLUMN_HEADER[key];
  const fail = (row: number, key: UnitFileColumn | null, message: string) => {
    errors.push(key ? { row, column: header(key), message } : { row, message });
  };

  const kindsById = new Map(context.kinds.map((k) => [k.id, k]));
  const kindsByKey = kindLookup(context.kinds);
  const kindCodes = context.kinds.map((k) => k.code).join(', ');
  const existing = new Map(context.existing.map((u) => [u.code, u]));

  // --- 1. Read every cell of every row --------------------------------------------------
  const drafts = file.rows.map((fileRow) => readDraft(fileRow));

  function readDraft({ row, cells }: FileRow): Draft {
    let hasError = false;
    const bad = (key: UnitFileColumn, message: string) => {
      fail(row, key, message);
      hasError = true;
    };
    const text = (key: UnitFileColumn): string | null | undefined => {
      if (!(key in file.headers)) return undefined;
      const cell = cells[key];
      if (!cell) return null;
      if (cell.kind === 'formula') return bad(key, FORMULA_MESSAGE), null;
      if (cell.kind === 'error') return bad(key, `Ô có giá trị lỗi (${cell.text}): hãy nhập giá trị trực tiếp`), null;
      const value = cell.kind === 'date' ? formatDate(cell.date) : normalizeText(cell.text);
      const limit = LIMITS[key];
      if (limit && value.length > limit) return bad(key, `Tối đa ${limit} ký tự (hiện có ${value.length})`), null;
      return value === '' ? null : value;
    };
    const code = (key: UnitFileColumn, cell: Cell | undefined): string | null => {
      if (!cell) return null;
      if (cell.kind === 'formula') return bad(key, FORMULA_MESSAGE), null;
      if (cell.kind === 'error') return bad(key, `Ô có giá trị lỗi (${cell.text})`), null;
      const raw = cell.kind === 'date' ? formatDate(cell.date) : cell.text;
      if (raw.trim() === '') return null;
      if (FORMULA_START.test(raw)) return bad(key, `Mã "${raw.trim()}" không hợp lệ: mã đơn vị không được bắt đầu bằng =, +, -, @ hoặc ký tự tab (dễ bị hiểu là công thức)`), null;
      const parsed = unitCode.safeParse(raw);
      if (!parsed.success) return bad(key, `Mã "${normalizeText(raw)}" không hợp lệ: ${parsed.error.issues[0]?.message ?? 'sai định dạng'}`), null;
      return parsed.data;
    };
    const date = (key: UnitFileColumn): string | null => {
      const cell = cells[key];
      if (!cell) return null;
      if (cell.kind === 'date') return cell.date;
      if (cell.kind === 'formula') return bad(key, FORMULA_MESSAGE), null;
      if (cell.kind === 'error') return bad(key, `Ô có giá trị lỗi (${cell.text})`), null;
      const value = normalizeText(cell.text);
      if (value === '') return null;
      const parsed = parseVietnameseDate(value);
      if (!parsed) return bad(key, `Ngày không hợp lệ: "${value}" (nhập theo dạng dd/mm/yyyy, ví dụ 01/07/2025)`), null;
      return parsed;
    };

    // "Thiếu …" only when the cell is truly empty, not when it already failed for another reason.
    let before = errors.length;
    const unit = code('code', cells.code);
    if (!unit && errors.length === before) bad('code', 'Thiếu mã đơn vị');
    before = errors.length;
    const name = text('name') ?? null;
    if (name === null && errors.length === before) bad('name', 'Thiếu tên đơn vị');
    before = errors.length;
    const kindText = text('kind') ?? null;
    let kind: KindRow | null = null;
    if (kindText === null) {
      if (errors.length === before) bad('kind', 'Thiếu loại hình đơn vị');
    } else {
      kind = kindsByKey.get(toSearchKey(kindText)) ?? null;
      if (!kind) bad('kind', `Loại hình "${kindText}" không tồn tại. Dùng mã loại hình: ${kindCodes} (xem trang "Hướng dẫn" của tệp mẫu)`);
    }
    const parentCode = code('parentCode', cells.parentCode);
    const isParentEmpty = !cells.parentCode || (cells.parentCode.kind === 'text' && cells.parentCode.text.trim() === '');
    const email = text('email');
    if (email && !emailSchema.safeParse(email).success) bad('email', `Email không hợp lệ: "${email}"`);
    const validFrom = date('validFrom');
    const validTo = date('validTo');
    if (validFrom && validTo && validTo <= validFrom) bad('validTo', `"${header('validTo')}" (${formatDate(validTo)}) phải sau "${header('validFrom')}" (${formatDate(validFrom)})`);
    return {
      row,
      code: unit,
      name,
      kind,
      parentCode,
      isParentEmpty,
      shortName: text('shortName'),
      address: text('address'),
      email,
      phone: text('phone'),
      validFrom,
      validTo,
      successorCode: code('successorCode', cells.successorCode),
      hasError,
    };
  }

  // --- 2. Codes: each once in the file ----------------------------------------------------
  const byCode = new Map<string, Draft>();
  const rowsOfCode = new Map<string, number[]>();
  for (const draft of drafts) {
    if (!draft.code) continue;
    if (!byCode.has(draft.code)) byCode.set(draft.code, draft);
    const rowNumbers = rowsOfCode.get(draft.code);
    if (rowNumbers) rowNumbers.push(draft.row);
    else rowsOfCode.set(draft.code, [draft.row]);
  }
  const duplicated = new Set<string>();
  for (const [unitCodeValue, rowNumbers] of rowsOfCode) {
    if (rowNumbers.length < 2) continue;
    duplicated.add(unitCodeValue);
    for (const row of rowNumbers) {
      const others = rowNumbers.filter((r) => r !== row).join(', ');
      fail(row, 'code', `Mã đơn vị "${unitCodeValue}" bị trùng: mã này cũng có ở dòng ${others}`);
    }
  }

  // --- 3. The tree after the import --------------------------------------------------------
  const existingParent = new Map<string, string | null>();
  for (const unit of context.existing) {
    const chain = [...unit.ancestorCodes, unit.code];
    chain.forEach((c, i) => existingParent.set(c, i === 0 ? null : chain[i - 1]!));
  }
  const openChildDepth = new Map(context.openChildren.map((c) => [c.code, c.kindDepth]));
  const finalParentOf = (unit: string): string | null => {
    const draft = byCode.get(unit);
    if (draft?.parentCode) return draft.parentCode;
    return existingParent.get(unit) ?? null;
  };
  const finalKindDepth = (unit: string): number | undefined => {
    const draft = byCode.get(unit);
    if (draft?.kind) return draft.kind.depth;
    const current = existing.get(unit);
    if (current) return kindsById.get(current.kindId)?.depth;
    return openChildDepth.get(unit);
  };

  // Depth of every node, and the cycles (a unit that would sit below itself), in one pass.
  const depthOf = new Map<string, number>();
  const cycleOf = new Map<string, string[]>();
  const resolveDepth = (start: string) => {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | null = start;
    while (current !== null && !depthOf.has(current)) {
      const seenAt = onPath.get(current);
      if (seenAt !== undefined) {
        const cycle = path.slice(seenAt);
        for (const member of cycle) cycleOf.set(member, cycle);
        break;
      }
      onPath.set(current, path.length);
      path.push(current);
      current = finalParentOf(current);
    }
    let depth = current !== null && depthOf.has(current) ? depthOf.get(current)! + 1 : 0;
    for (let i = path.length - 1; i >= 0; i -= 1) {
      depthOf.set(path[i]!, depth);
      depth += 1;
    }
  };
  for (const unit of byCode.keys()) resolveDepth(unit);
  const reportedCycles = new Set<string>();
  for (const [member, cycle] of cycleOf) {
    const draft = byCode.get(member);
    if (!draft || reportedCycles.has(member)) continue;
    reportedCycles.add(member);
    const start = cycle.indexOf(member);
    const loop = [...cycle.slice(start), ...cycle.slice(0, start), member].join(' → ');
    fail(draft.row, 'parentCode', `Vòng lặp đơn vị cấp trên: ${loop} (một đơn vị không thể nằm dưới chính nó)`);
  }

  const childrenOf = new Map<string, string[]>();
  const addChild = (parent: string, child: string) => {
    const children = childrenOf.get(parent);
    if (children) children.push(child);
    else childrenOf.set(parent, [child]);
  };
  for (const unit of byCode.keys()) {
    const parent = finalParentOf(unit);
    if (parent) addChild(parent, unit);
  }
  for (const child of context.openChildren) if (!byCode.has(child.code)) addChild(child.parentCode, child.code);

  const isBelowInFinalTree = (unit: string, ancestor: string): boolean => {
    let current = finalParentOf(unit);
    for (let steps = 0; current !== null && steps < 256; steps += 1) {
      if (current === ancestor) return true;
      if (cycleOf.has(current)) return false;
      current = finalParentOf(current);
    }
    return false;
  };
  const isOpenAfterImport = (unit: string): boolean => {
    const draft = byCode.get(unit);
    if (draft?.validTo) return false;
    const current = existing.get(unit);
    return current ? current.isOpen : true;
  };
  const levelNameOf = (unit: string): string => {
    const draft = byCode.get(unit);
    if (draft?.kind) return draft.kind.levelName;
    const current = existing.get(unit);
    return (current && kindsById.get(current.kindId)?.levelName) ?? '';
  };

  /** A parent must exist (in the database or the file), be in the actor's subtree, be open, and sit above the kind. */
  const checkParent = (draft: Draft, parent: string, kind: KindRow | null): boolean => {
    if (cycleOf.has(draft.code!)) return false;
    const current = existing.get(parent);
    if (current) {
      if (!can(actor, 'unit:create-child', current)) {
        fail(draft.row, 'parentCode', `Đơn vị cấp trên "${parent}" không thuộc phạm vi quản lý của bạn`);
        return false;
      }
      if (!current.isOpen) {
        fail(draft.row, 'parentCode', `Đơn vị cấp trên "${parent}" (${current.name}) đã ngừng hoạt động từ ${formatDate(current.validTo)}`);
        return false;
      }
    } else if (!byCode.has(parent)) {
      fail(draft.row, 'parentCode', `Không tìm thấy đơn vị cấp trên "${parent}": mã này không có trong hệ thống và trong tệp`);
      return false;
    }
    const parentDepth = finalKindDepth(parent);
    if (kind && parentDepth !== undefined && kind.depth <= parentDepth) {
      fail(draft.row, 'kind', `Loại hình "${kind.name}" (${kind.levelName}) không thể trực thuộc đơn vị "${parent}" (${levelNameOf(parent)}): đơn vị trực thuộc phải ở cấp thấp hơn`);
      return false;
    }
    return true;
  };

  /** After a change of kind, every child must still sit below the unit's new level. */
  const checkChildrenFit = (draft: Draft, kind: KindRow) => {
    const misfits = (childrenOf.get(draft.code!) ?? []).filter((child) => {
      const depth = finalKindDepth(child);
      return depth !== undefined && depth <= kind.depth;
    });
    if (misfits.length > 0) {
      fail(draft.row, 'kind', `Không thể đổi loại hình thành "${kind.name}": ${misfits.length} đơn vị trực thuộc (ví dụ "${misfits[0]}") phải ở cấp thấp hơn cấp "${kind.levelName}"`);
    }
  };

  /** Closing: the successor must be valid, and no open child may be left under a closed unit. */
  const checkClose = (draft: Draft) => {
    const unit = draft.code!;
    const successor = draft.successorCode;
    if (successor) {
      const current = existing.get(successor);
      if (successor === unit) fail(draft.row, 'successorCode', 'Đơn vị kế thừa không thể là chính đơn vị này');
      else if (current && !can(actor, 'unit:read', current)) fail(draft.row, 'successorCode', `Đơn vị kế thừa "${successor}" không thuộc phạm vi quản lý của bạn`);
      else if (!current && !byCode.has(successor)) fail(draft.row, 'successorCode', `Không tìm thấy đơn vị kế thừa "${successor}": mã này không có trong hệ thống và trong tệp`);
      else if (isBelowInFinalTree(successor, unit)) fail(draft.row, 'successorCode', `Đơn vị kế thừa "${successor}" không thể là đơn vị cấp dưới của chính đơn vị này`);
    }
    const remaining = (childrenOf.get(unit) ?? []).filter(isOpenAfterImport);
    if (remaining.length === 0) return;
    if (!successor) {
      fail(
        draft.row,
        'validTo',
        `Đơn vị còn ${remaining.length} đơn vị trực thuộc đang hoạt động (ví dụ "${remaining[0]}"): hãy chuyển chúng sang đơn vị cấp trên khác trong tệp, hoặc ghi "${header('successorCode')}" để chuyển chúng sang đơn vị kế thừa`,
      );
      return;
    }
    if (!isOpenAfterImport(successor)) {
      fail(draft.row, 'successorCode', `Đơn vị kế thừa "${successor}" đã (hoặc sẽ) ngừng hoạt động nên không thể tiếp nhận ${remaining.length} đơn vị trực thuộc`);
      return;
    }
    const successorDepth = finalKindDepth(successor);
    const misfit = remaining.find((child) => {
      const depth = finalKindDepth(child);
      return depth !== undefined && successorDepth !== undefined && depth <= successorDepth;
    });
    if (misfit) fail(draft.row, 'successorCode', `Các đơn vị trực thuộc sẽ chuyển sang đơn vị kế thừa "${successor}", nhưng "${misfit}" không thể trực thuộc cấp "${levelNameOf(successor)}"`);
  };

  // --- 4. Each row: create, update, move, close or nothing --------------------------------
  const planned: PlannedRow[] = [];
  for (const draft of drafts) {
    if (!draft.code || duplicated.has(draft.code)) continue;
    const unit = draft.code;
    const errorsBefore = errors.length;
    const current = existing.get(unit);
    let plannedRow: PlannedRow | null = null;

    if (current) {
      if (!can(actor, 'unit:read', current)) {
        fail(draft.row, 'code', `Mã đơn vị "${unit}" đã được dùng cho một đơn vị không thuộc phạm vi quản lý của bạn`);
        continue;
      }
      let move: PlannedRow['move'];
      if (draft.isParentEmpty) {
        if (current.parentCode !== null) fail(draft.row, 'parentCode', 'Thiếu mã đơn vị cấp trên');
      } else if (draft.parentCode && draft.parentCode !== current.parentCode) {
        if (!can(actor, 'unit:restructure', current)) {
          fail(draft.row, 'parentCode', 'Không thể chuyển đơn vị của chính bạn sang đơn vị cấp trên khác: việc này do đơn vị cấp trên thực hiện');
        } else if (checkParent(draft, draft.parentCode, draft.kind ?? kindsById.get(current.kindId) ?? null)) {
          const effectiveDate = draft.validFrom && draft.validFrom !== current.validFrom ? draft.validFrom : today;
          move = { parentCode: draft.parentCode, effectiveDate };
        }
      }
      const update: UnitChanges = {};
      if (draft.name !== null && draft.name !== current.name) update.name = draft.name;
      if (draft.shortName !== undefined && draft.shortName !== current.shortName) update.shortName = draft.shortName;
      if (draft.address !== undefined && draft.address !== current.address) update.address = draft.address;
      if (draft.email !== undefined && draft.email !== current.email) update.email = draft.email;
      if (draft.phone !== undefined && draft.phone !== current.phone) update.phone = draft.phone;
      if (draft.validFrom && !move && draft.parentCode === current.parentCode && draft.validFrom !== current.validFrom) update.validFrom = draft.validFrom;
      if (draft.kind && draft.kind.id !== current.kindId) {
        if (current.parentCode === null) {
          fail(draft.row, 'kind', 'Không thể đổi loại hình của đơn vị gốc');
        } else {
          update.kindId = draft.kind.id;
          if (!move) {
            const parentDepth = finalKindDepth(current.parentCode);
            if (parentDepth !== undefined && draft.kind.depth <= parentDepth) {
              fail(draft.row, 'kind', `Loại hình "${draft.kind.name}" (${draft.kind.levelName}) không thể trực thuộc đơn vị "${current.parentCode}" (${levelNameOf(current.parentCode)}): đơn vị trực thuộc phải ở cấp thấp hơn`);
            }
          }
          checkChildrenFit(draft, draft.kind);
        }
      }
      let close: PlannedRow['close'];
      if (draft.validTo && draft.validTo === current.validTo) {
        if ((draft.successorCode ?? null) !== current.successorCode) {
          fail(draft.row, 'successorCode', 'Không thể đổi đơn vị kế thừa của đơn vị đã ngừng hoạt động bằng tệp nhập');
        }
      } else if (draft.validTo) {
        if (!current.isOpen) {
          fail(draft.row, 'validTo', `Đơn vị đã ngừng hoạt động từ ${formatDate(current.validTo)}: không thể đổi ngày ngừng hoạt động bằng tệp nhập`);
        } else if (!can(actor, 'unit:restructure', current)) {
          fail(draft.row, 'validTo', 'Không thể cho đơn vị của chính bạn ngừng hoạt động: việc này do đơn vị cấp trên thực hiện');
        } else if (!draft.validFrom && current.validFrom && draft.validTo <= current.validFrom) {
          fail(draft.row, 'validTo', `"${header('validTo')}" (${formatDate(draft.validTo)}) phải sau ngày bắt đầu hoạt động của đơn vị (${formatDate(current.validFrom)})`);
        } else {
          checkClose(draft);
          close = { effectiveDate: draft.validTo, successorCode: draft.successorCode };
        }
      } else if (draft.successorCode && draft.successorCode !== current.successorCode) {
        fail(draft.row, 'successorCode', `Chỉ ghi "${header('successorCode')}" cho đơn vị ngừng hoạt động (có "${header('validTo')}")`);
      }
      const kind = draft.kind ?? kindsById.get(current.kindId);
      const hasUpdate = Object.keys(update).length > 0;
      if (hasUpdate && !can(actor, 'unit:update', current)) fail(draft.row, 'code', `Bạn không có quyền sửa thông tin đơn vị "${unit}"`);
      plannedRow = {
        row: draft.row,
        code: unit,
        action: move ? 'move' : hasUpdate || close ? 'update' : 'unchanged',
        name: draft.name ?? current.name,
        kindName: kind?.name ?? '',
        parentCode: move?.parentCode ?? current.parentCode ?? '',
        depth: depthOf.get(unit) ?? 0,
        ...(hasUpdate ? { update } : {}),
        ...(move ? { move } : {}),
        ...(close ? { close } : {}),
      };
    } else {
      if (draft.isParentEmpty) fail(draft.row, 'parentCode', 'Thiếu mã đơn vị cấp trên');
      else if (draft.parentCode) checkParent(draft, draft.parentCode, draft.kind);
      if (draft.validTo) checkClose(draft);
      else if (draft.successorCode) fail(draft.row, 'successorCode', `Chỉ ghi "${header('successorCode')}" cho đơn vị ngừng hoạt động (có "${header('validTo')}")`);
      if (draft.kind && draft.name && draft.parentCode) {
        plannedRow = {
          row: draft.row,
          code: unit,
          action: 'create',
          name: draft.name,
          kindName: draft.kind.name,
          parentCode: draft.parentCode,
          depth: depthOf.get(unit) ?? 0,
          create: {
            name: draft.name,
            shortName: draft.shortName ?? null,
            kindId: draft.kind.id,
            parentCode: draft.parentCode,
            validFrom: draft.validFrom,
            address: draft.address ?? null,
            email: draft.email ?? null,
            phone: draft.phone ?? null,
          },
          ...(draft.validTo ? { close: { effectiveDate: draft.validTo, successorCode: draft.successorCode } } : {}),
        };
      }
    }
    if (plannedRow && !draft.hasError && errors.length === errorsBefore) planned.push(plannedRow);
  }

  errors.sort((a, b) => a.row - b.row);
  const counts = { creates: 0, updates: 0, moves: 0, closes: 0, unchanged: 0 };
  for (const row of planned) {
    if (row.action === 'create') counts.creates += 1;
    else if (row.action === 'move') counts.moves += 1;
    else if (row.action === 'update') counts.updates += 1;
    else counts.unchanged += 1;
    if (row.close) counts.closes += 1;
  }
  return { rows: planned, errors, counts };
}
