/** People and their access: a role is held in one unit and reaches its subtree. */
import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { newPassword } from './auth.ts';
import { textInput } from './shared.ts';

export const username = z
  .string()
  .transform((v) => v.normalize('NFC').trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9._-]{3,50}$/, 'Tên đăng nhập 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch'));

export const userRole = z.object({
  id: z.number().int(),
  role: z.enum(ROLES),
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
});

export const userSummary = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  isLocked: z.boolean(),
  isDisabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  roles: z.array(userRole),
});
export type UserSummary = z.infer<typeof userSummary>;

export const userListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  q: z.string().max(100).default(''),
  /** Only roles held exactly in unitId, not in its subtree. */
  directOnly: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const createUserBody = z.object({
  username,
  fullName: textInput(200),
  email: z.email('Email không hợp lệ').optional().nullable().or(z.literal('')),
  password: newPassword,
  role: z.enum(ROLES),
  unitId: z.number().int().positive(),
});

export const updateUserBody = z.object({
  fullName: textInput(200).optional(),
  email: z.email('Email không hợp lệ').optional().nullable().or(z.literal('')),
  isDisabled: z.boolean().optional(),
});

export const grantRoleBody = z.object({ role: z.enum(ROLES), unitId: z.number().int().positive() });
export const resetPasswordBody = z.object({ newPassword });
export const roleParams = z.object({ id: z.coerce.number().int().positive(), roleId: z.coerce.number().int().positive() });
