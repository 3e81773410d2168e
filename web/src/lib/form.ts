/**
 * Forms speak the shared contract: values are checked in the browser with the same
 * zod schemas the server validates with (common/contracts), and whatever the server
 * still rejects comes back as field errors shown next to their fields.
 */
import { config, type ZodType } from 'zod';
import viLocale from 'zod/v4/locales/vi.js';
import { ApiError } from './api-client.ts';

// The contract's own messages are Vietnamese; zod's generic ones follow suit.
config(viLocale());

/**
 * Runs a contract schema over the request body a form would send and returns the
 * first message per form field. `fieldOf` maps a body key to its form field when
 * the names differ (kindId → kind).
 */
export function contractErrors(schema: ZodType, body: unknown, fieldOf: Record<string, string> = {}): Record<string, string> {
  const result = schema.safeParse(body);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    const field = fieldOf[key] ?? key;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** The server's field errors for the fields this form has (keys: form field names). */
export function serverFieldErrors(error: unknown, fields: readonly string[], fieldOf: Record<string, string> = {}): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const detail of error.details) {
    if (!detail.field) continue;
    const key = detail.field.split('.')[0]!;
    const field = fieldOf[key] ?? key;
    if (fields.includes(field) && !errors[field]) errors[field] = detail.message;
  }
  return errors;
}
