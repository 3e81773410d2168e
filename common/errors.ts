/**
 * Every error the API can answer with: a stable code, its HTTP status and the
 * message a user reads. The server throws AppError(code); the web shows the
 * message in the user's language from common/i18n.
 */
export const ERROR_STATUS = {
  VALIDATION: 400,
  BAD_FILE: 400,
  IMPORT_INVALID: 422,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  UNIT_CLOSED: 409,
  UNIT_CYCLE: 409,
  UNIT_HAS_OPEN_CHILDREN: 409,
  /** Someone saved the report since the writer loaded it: details say who and what differs. */
  REPORT_CONFLICT: 409,
  /** The report cannot change now (submitted, approved, locked, exempt, not open). */
  REPORT_NOT_EDITABLE: 409,
  /** Submission refused: errors to fix, warnings to explain, notices to confirm, answers missing. */
  REPORT_NOT_READY: 422,
  /** Someone saved the plan since the editor loaded it: `conflict` says who and when. */
  PLAN_CONFLICT: 409,
  /** The plan cannot change now: it is issued (amend it) or superseded. */
  PLAN_NOT_EDITABLE: 409,
  /** The plan lacks what an issued document must have: details name the fields. */
  PLAN_NOT_READY: 422,
  WRONG_PASSWORD: 400,
  WEAK_PASSWORD: 400,
  FILE_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One problem in an input, pointed at precisely: the row and column of a file, or a form field. */
export interface ErrorDetail {
  row?: number;
  column?: string;
  field?: string;
  message: string;
}
