/** Sign-in, the session, switching between the roles a person holds, passwords. */
import { z } from 'zod';
import { ROLES } from '../roles.ts';

export const MIN_PASSWORD_LENGTH = 10;

export const loginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(256),
});

export const roleAssignment = z.object({
  id: z.number().int(),
  role: z.enum(ROLES),
  unitId: z.number().int(),
  unitName: z.string(),
  unitCode: z.string(),
});
export type RoleAssignment = z.infer<typeof roleAssignment>;

export const sessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  locale: z.enum(['vi', 'en']),
  mustChangePassword: z.boolean(),
});

export const sessionInfo = z.object({
  user: sessionUser,
  roles: z.array(roleAssignment),
  activeRoleId: z.number().int().nullable(),
  csrfToken: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const switchRoleBody = z.object({ roleId: z.number().int().positive() });

export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`)
  .max(256)
  .refine((p) => /[a-zA-Z]/.test(p) && /\d/.test(p), 'Mật khẩu cần có cả chữ và số');

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword,
});

export const preferencesBody = z.object({ locale: z.enum(['vi', 'en']) });
