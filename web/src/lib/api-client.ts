/**
 * The one way the web talks to the API: JSON in and out, the session's CSRF token on
 * every state-changing request, and every failure turned into an ApiError that carries
 * the server's code, its Vietnamese message and the field / row details.
 */
import type { ErrorDetail } from '../../../common/errors.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  /** Sent with REPORT_CONFLICT: the saved state that the writer's content collided with. */
  readonly conflict: Record<string, unknown> | null;

  constructor(status: number, code: string, message: string, details: ErrorDetail[] = [], conflict: Record<string, unknown> | null = null) {
    super(message);
    this.conflict = conflict;
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** The session's token, echoed in x-csrf-token; set whenever a SessionInfo arrives. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request made while signed in answers 401 (the session expired). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: ErrorDetail[]; conflict?: Record<string, unknown> } };
    if (body.error?.message) return new ApiError(response.status, body.error.code ?? 'INTERNAL', body.error.message, body.error.details ?? [], body.error.conflict ?? null);
  } catch {
    // Not JSON: a proxy's error page, a network cut mid-answer.
  }
  return new ApiError(response.status, response.status >= 500 ? 'INTERNAL' : 'UNKNOWN', response.statusText || 'Lỗi không xác định');
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), { method, headers, body, credentials: 'same-origin', signal: options.signal ?? null });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra kết nối mạng rồi thử lại.');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body: body ?? {} }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { body: form }),
};
