/**
 * Builds the Fastify application as a plugin tree and never listens: tests call
 * `app.inject`, server.ts owns the socket, the logger and shutdown.
 *
 * Request pipeline: rate limit → session (cookie → actor) → CSRF → zod validation →
 * route → service (policy, transaction, audit) → zod serialisation; errors → one handler.
 */
import Fastify from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { AppError } from './lib/errors.ts';
import type { App } from './lib/http.ts';
import { VERSION } from './lib/version.ts';
import { getDummyHash } from './lib/passwords.ts';
import { SESSION_COOKIE, resolveSession } from './modules/auth/auth.service.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { unitRoutes } from './modules/units/units.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { templateRoutes } from './modules/templates/templates.routes.ts';
import { campaignRoutes } from './modules/campaigns/campaigns.routes.ts';
import { campaignFileRoutes } from './modules/campaigns/files/campaign-files.routes.ts';
import { docsRoutes } from './modules/health/docs.routes.ts';
import { rosterRoutes } from './modules/roster/roster.routes.ts';
import { rosterImportRoutes } from './modules/roster/import/roster-import.routes.ts';
import { planRoutes } from './modules/plans/plans.routes.ts';
// Registers the roster's prefill sources (roster.staffBySex…) with the campaigns' prefill.
import './modules/roster/roster.prefill.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes that run before a session exists (sign-in) skip the CSRF check. */
    skipCsrf?: boolean;
  }
}

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface BuildOptions {
  config: Config;
  database: Database;
  /** Serve the built web app from web/dist (off in API tests). */
  serveWeb?: boolean;
}

export async function buildApp({ config, database, serveWeb = true }: BuildOptions): Promise<App> {
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[đã ẩn]' },
          },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorateRequest('session', null);
  app.decorateRequest('actor', null);
  // Hash the dummy password now, so the first sign-in of an unknown user costs what any other does.
  await getDummyHash();

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
  // gzip at a light level: a province's list of communes shrinks ~10×, which matters on a
  // mountain connection, for a fraction of a millisecond of CPU.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'], zlibOptions: { level: 4 } });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: true,
    max: config.apiRatePerMinute,
    timeWindow: 60_000,
    // Only the API is limited: the web app's static files are cached and cheap.
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `Quá nhiều yêu cầu. Vui lòng thử lại sau ${Math.ceil(context.ttl / 1000)} giây.`),
  });
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'BinhDang API', description: 'API của hệ thống BinhDang — công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục', version: VERSION },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' } } },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // Session: the cookie's token becomes request.session and request.actor.
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const resolved = await resolveSession(database, config, token, request.ip);
    if (!resolved) return;
    request.session = resolved.session;
    request.actor = resolved.actor;
  });

  // CSRF: a state-changing request made with the session cookie must echo the session's token.
  app.addHook('preHandler', async (request) => {
    if (!UNSAFE_METHODS.has(request.method) || !request.session) return;
    if (request.routeOptions.config.skipCsrf) return;
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || sent !== request.session.csrfToken) {
      throw new AppError('CSRF', 'Phiên làm việc không hợp lệ. Vui lòng tải lại trang.');
    }
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, error.message);
      return reply.code(error.status).send({ error: { code: error.code, message: error.message, details: error.details, ...(error.conflict ? { conflict: error.conflict } : {}) } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        field: issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || undefined,
        message: issue.message ?? 'Giá trị không hợp lệ',
      }));
      return reply.code(400).send({ error: { code: 'VALIDATION', message: 'Dữ liệu nhập chưa hợp lệ', details } });
    }
    const fastifyError = error as { statusCode?: number; code?: string; message: string };
    if (fastifyError.code === 'FST_REQ_FILE_TOO_LARGE' || fastifyError.statusCode === 413) {
      return reply.code(413).send({ error: { code: 'FILE_TOO_LARGE', message: `Tệp quá lớn (tối đa ${Math.round(config.maxUploadBytes / 1048576)} MB)` } });
    }
    if (fastifyError.statusCode && fastifyError.statusCode < 500) {
      return reply.code(fastifyError.statusCode).send({ error: { code: 'VALIDATION', message: 'Yêu cầu không hợp lệ' } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: { code: 'INTERNAL', message: 'Đã có lỗi hệ thống. Vui lòng thử lại sau.' } });
  });

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(unitRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(templateRoutes);
  await app.register(campaignRoutes);
  await app.register(campaignFileRoutes);
  await app.register(rosterRoutes);
  await app.register(rosterImportRoutes);
  await app.register(planRoutes);
  await app.register(docsRoutes);

  if (serveWeb && existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      // Vite writes .br and .gz beside each file: served as they are, no compression per request.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, filePath) => {
        // Hashed file names never change content: cache them for a year; index.html always revalidates.
        const isHashed = filePath.includes(`${path.sep}assets${path.sep}`);
        // @fastify/static 10 hands over the Fastify reply here, whatever its types say.
        (response as unknown as { header(name: string, value: string): void }).header('cache-control', isHashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // The SPA's routes all load index.html; unknown /api paths stay 404 JSON.
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/') || request.method !== 'GET') {
        return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy' } });
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy' } }));
  }

  return app as unknown as App;
}
