/**
 * The environment, validated once at start-up. Nothing else reads process.env:
 * every module receives the typed Config.
 */
import { z } from 'zod';
import path from 'node:path';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  /** development | production | test. Production turns on Secure cookies and hides stack traces. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** TCP port of the HTTP server. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address to bind; 0.0.0.0 to accept connections from other machines. */
  HOST: z.string().default('127.0.0.1'),
  /** postgres://… to use a PostgreSQL server; unset to use the embedded PGlite database. */
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  /** Folder for the embedded database and uploaded files. */
  DATA_DIR: z.string().default('./data'),
  /** Seed the demo data on first start when the database is empty. */
  SEED_DEMO: booleanFlag.default(true),
  /** Send the session cookie only over HTTPS (on by default in production). */
  COOKIE_SECURE: booleanFlag.optional(),
  /** Hours a session stays valid without activity. */
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(8),
  /** Hours a session stays valid at most. */
  SESSION_MAX_HOURS: z.coerce.number().positive().default(24 * 7),
  /** Failed sign-ins in a row that lock an account. */
  LOCKOUT_THRESHOLD: z.coerce.number().int().positive().default(5),
  /** Minutes an account stays locked. */
  LOCKOUT_MINUTES: z.coerce.number().positive().default(15),
  /** Sign-in attempts per minute from one address. */
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Requests per minute from one address to the whole API. */
  API_RATE_PER_MINUTE: z.coerce.number().int().positive().default(3000),
  /** Largest upload accepted, in megabytes. */
  MAX_UPLOAD_MB: z.coerce.number().positive().default(20),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Trust X-Forwarded-* from a reverse proxy in front of the server. */
  TRUST_PROXY: booleanFlag.default(false),
  /**
   * Secret (≥ 32 characters) the offline report forms are signed with, so an uploaded form is
   * known to be ours and unaltered. Unset: PGlite keeps a generated one in DATA_DIR/.file-signing-secret;
   * with DATABASE_URL each process makes its own (forms die with a restart): set it there.
   */
  FILE_SIGNING_SECRET: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(32, 'Tối thiểu 32 ký tự').optional()),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  cookieSecure: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  lockoutThreshold: number;
  lockoutMs: number;
  loginRatePerMinute: number;
  apiRatePerMinute: number;
  maxUploadBytes: number;
  logLevel: string;
  trustProxy: boolean;
  /** Unset until start-up resolves it (server/lib/file-signing.ts). */
  fileSigningSecret: string | undefined;
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ (invalid configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    seedDemo: e.SEED_DEMO,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    sessionIdleMs: e.SESSION_IDLE_HOURS * 3600_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3600_000,
    lockoutThreshold: e.LOCKOUT_THRESHOLD,
    lockoutMs: e.LOCKOUT_MINUTES * 60_000,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    apiRatePerMinute: e.API_RATE_PER_MINUTE,
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    fileSigningSecret: e.FILE_SIGNING_SECRET,
  };
}

/** A config for tests: quiet, no demo seeding, no rate limit surprises unless asked. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' }), ...overrides };
}
