/** Pieces every contract uses: ids, dates, normalised text, the error body. */
import { z } from 'zod';
import { normalizeText } from '../text/vietnamese.ts';
import { parseVietnameseDate } from '../text/format.ts';

export const idSchema = z.coerce.number().int().positive();
export const idParams = z.object({ id: idSchema });

/** Free text from a person: NFC, trimmed, white space folded, then length-checked. */
export const textInput = (max = 500) =>
  z
    .string()
    .transform((v) => normalizeText(v))
    .pipe(z.string().min(1, 'Không được để trống').max(max, `Tối đa ${max} ký tự`));

export const optionalTextInput = (max = 500) =>
  z
    .string()
    .transform((v) => normalizeText(v))
    .pipe(z.string().max(max, `Tối đa ${max} ký tự`))
    .optional()
    .nullable();

/** A calendar date, yyyy-mm-dd on the wire; dd/mm/yyyy accepted on input. */
export const dateInput = z
  .string()
  .transform((v, ctx) => {
    const parsed = parseVietnameseDate(v);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'Ngày không hợp lệ (dd/mm/yyyy)' });
      return z.NEVER;
    }
    return parsed;
  });

export const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const instant = z.string();

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z
      .array(z.object({ row: z.number().optional(), column: z.string().optional(), field: z.string().optional(), message: z.string() }))
      .optional(),
    /** A write that lost a race: the current state, to show the person what changed. */
    conflict: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const okBody = z.object({ ok: z.literal(true) });

/** The error answers every authenticated route can give, for its OpenAPI response list. */
export const errorResponses = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody } as const;

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
