/** The hierarchy: levels and kinds (data, not code), units, the 2025 reform operations, import. */
import { z } from 'zod';
import { calendarDate, dateInput, optionalTextInput, textInput } from './shared.ts';

export const unitLevel = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  depth: z.number().int(),
});
export type UnitLevel = z.infer<typeof unitLevel>;

export const unitKind = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  levelId: z.number().int(),
  isSchool: z.boolean(),
});
export type UnitKind = z.infer<typeof unitKind>;

export const unitSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kindId: z.number().int(),
  kindName: z.string(),
  levelName: z.string(),
  parentId: z.number().int().nullable(),
  validFrom: calendarDate.nullable(),
  validTo: calendarDate.nullable(),
  isOpen: z.boolean(),
  childCount: z.number().int(),
});
export type UnitSummary = z.infer<typeof unitSummary>;

export const unitRef = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const parentPeriod = z.object({
  parent: unitRef,
  validFrom: calendarDate.nullable(),
  validTo: calendarDate.nullable(),
});

export const unitDetail = unitSummary.extend({
  shortName: z.string().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  parent: unitRef.nullable(),
  successor: unitRef.nullable(),
  predecessors: z.array(unitRef),
  ancestors: z.array(unitRef),
  parentHistory: z.array(parentPeriod),
  openDescendantCount: z.number().int(),
  canManage: z.boolean(),
  canManageChildren: z.boolean(),
});
export type UnitDetail = z.infer<typeof unitDetail>;

export const unitListQuery = z.object({
  includeClosed: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export const unitSearchQuery = z.object({
  q: z.string().max(200).default(''),
  includeClosed: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const unitSearchHit = unitSummary.extend({ path: z.array(z.string()) });
export const unitSearchResult = z.object({ items: z.array(unitSearchHit), total: z.number().int() });

export const unitAncestorsQuery = z.object({ asOf: dateInput.optional() });

export const unitCode = z
  .string()
  .transform((v) => v.normalize('NFC').trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9._-]{0,39}$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang (tối đa 40 ký tự)'));

export const createUnitBody = z.object({
  code: unitCode,
  name: textInput(300),
  shortName: optionalTextInput(100),
  kindId: z.number().int().positive(),
  parentId: z.number().int().positive(),
  validFrom: dateInput.optional().nullable(),
  address: optionalTextInput(300),
  email: z.email('Email không hợp lệ').optional().nullable().or(z.literal('')),
  phone: optionalTextInput(30),
});

export const updateUnitBody = createUnitBody.omit({ parentId: true, code: true }).partial();

export const moveUnitBody = z.object({
  newParentId: z.number().int().positive(),
  /** The day the unit belongs to its new parent (the reform: 01/07/2025). */
  effectiveDate: dateInput,
});

export const closeUnitBody = z.object({
  effectiveDate: dateInput,
  successorId: z.number().int().positive().optional().nullable(),
  /** Where the unit's open children go; required when it has any. */
  moveChildrenToId: z.number().int().positive().optional().nullable(),
  reason: optionalTextInput(500),
});

export const mergeUnitsBody = z.object({
  /** Units that stop existing (e.g. Sở GD&ĐT Bình Dương). */
  sourceIds: z.array(z.number().int().positive()).min(1),
  /** The unit that carries on and receives their children (e.g. Sở GD&ĐT TP. Hồ Chí Minh). */
  targetId: z.number().int().positive(),
  effectiveDate: dateInput,
});

/** Columns of the units file, in the order export writes them. */
export const UNIT_FILE_COLUMNS = [
  { key: 'code', header: 'Mã đơn vị', required: true },
  { key: 'name', header: 'Tên đơn vị', required: true },
  { key: 'kind', header: 'Loại hình', required: true },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên', required: true },
  { key: 'shortName', header: 'Tên viết tắt', required: false },
  { key: 'validFrom', header: 'Hiệu lực từ', required: false },
  { key: 'validTo', header: 'Hiệu lực đến', required: false },
  { key: 'successorCode', header: 'Mã đơn vị kế thừa', required: false },
  { key: 'address', header: 'Địa chỉ', required: false },
  { key: 'email', header: 'Email', required: false },
  { key: 'phone', header: 'Điện thoại', required: false },
] as const;
export type UnitFileColumn = (typeof UNIT_FILE_COLUMNS)[number]['key'];

export const importRowError = z.object({ row: z.number().int(), column: z.string().optional(), message: z.string() });

export const unitImportPreview = z.object({
  previewId: z.string(),
  fileName: z.string(),
  totalRows: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  moves: z.number().int(),
  /** Units that stop operating ("Hiệu lực đến" filled in); a close may also be an update. */
  closes: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(importRowError),
  /** Notes that do not block the import: a legacy encoding read, columns ignored, closures. */
  warnings: z.array(z.string()),
  sample: z.array(
    z.object({
      row: z.number().int(),
      action: z.enum(['create', 'update', 'move', 'unchanged']),
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      parentCode: z.string(),
    }),
  ),
});
export type UnitImportPreview = z.infer<typeof unitImportPreview>;

export const unitImportApplyBody = z.object({ previewId: z.string().uuid() });
export const unitImportResult = z.object({ created: z.number().int(), updated: z.number().int(), moved: z.number().int(), closed: z.number().int(), unchanged: z.number().int() });

export const unitExportQuery = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  rootId: z.coerce.number().int().positive().optional(),
  includeClosed: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});
