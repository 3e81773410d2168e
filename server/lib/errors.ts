/**
 * The one error type. Services throw `new AppError('NOT_FOUND', 'Không tìm thấy đơn vị')`;
 * the error handler in app.ts turns it into `{ error: { code, message, details } }`
 * with the status of common/errors.ts.
 */
import { ERROR_STATUS, type ErrorCode, type ErrorDetail } from '../../common/errors.ts';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[] | undefined;
  /** What the writer needs to resolve a conflict (who saved, what differs), sent as `error.conflict`. */
  readonly conflict: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetail[], conflict?: Record<string, unknown>) {
    super(message);
    this.conflict = conflict;
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.details = details;
  }
}

export const notFound = (what = 'Không tìm thấy dữ liệu') => new AppError('NOT_FOUND', what);
export const forbidden = (why = 'Bạn không có quyền thực hiện thao tác này') => new AppError('FORBIDDEN', why);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập');

/** PostgreSQL unique_violation, to answer a race with a clear 409 rather than a 500. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
