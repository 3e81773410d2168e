/**
 * What every route module needs from Fastify: the typed app, the request's actor,
 * and the guard that turns "not signed in" or "no active role" into a clear error.
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { AppError, unauthenticated } from './errors.ts';
import type { Actor } from './policy.ts';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface RequestSession {
  id: string;
  userId: number;
  username: string;
  csrfToken: string;
  activeRoleId: number | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
  }
  interface FastifyRequest {
    session: RequestSession | null;
    actor: Actor | null;
  }
}

/** The signed-in person acting through their active role; throws 401 otherwise. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.session) throw unauthenticated();
  if (!request.actor) throw new AppError('FORBIDDEN', 'Tài khoản chưa được giao vai trò tại đơn vị nào');
  return request.actor;
}

export function requireSession(request: FastifyRequest): RequestSession {
  if (!request.session) throw unauthenticated();
  return request.session;
}
