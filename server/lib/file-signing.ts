/**
 * Signs what the server hands out and must recognise when it comes back — the offline
 * report form carries its report, campaign and version signed — with HMAC-SHA256 under a
 * key derived per purpose from one server secret (FILE_SIGNING_SECRET), so a second use
 * later never shares a key with the first.
 *
 * Where the secret comes from when it is not configured — the simplest thing that is correct:
 *   - PGlite: exactly one process owns DATA_DIR (PGlite cannot be shared), so a generated
 *     secret kept in DATA_DIR/.file-signing-secret lives and dies with the database and
 *     survives restarts: a form downloaded on Monday still uploads on Friday.
 *   - DATABASE_URL: several processes, maybe on machines without a shared disk, can serve one
 *     database; a file per machine would make forms work or fail depending on which process
 *     answers. Each process uses its own random secret instead and says so at start-up: forms
 *     made before a restart are then refused with the clear "not a BinhDang form" message,
 *     never accepted wrongly. Setting FILE_SIGNING_SECRET is the fix, and the warning says it.
 *   - An app built without start-up (tests, the benchmark) gets the per-process secret.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

export const SECRET_FILE_NAME = '.file-signing-secret';

let processSecret: string | undefined;

function randomSecret(): string {
  return randomBytes(32).toString('hex');
}

/** The secret forms are signed with: the configured or resolved one, else this process's own. */
export function signingSecretOf(config: Pick<Config, 'fileSigningSecret'>): string {
  return config.fileSigningSecret ?? (processSecret ??= randomSecret());
}

function readSecretFile(file: string): string {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret (at least 32 characters); delete it to make a new one, or set FILE_SIGNING_SECRET`);
  return secret;
}

/** Called once at start-up (server.ts): see the header for the choice made when nothing is configured. */
export function resolveFileSigningSecret(config: Pick<Config, 'fileSigningSecret' | 'databaseUrl' | 'dataDir'>, warn: (line: string) => void): string {
  if (config.fileSigningSecret) return config.fileSigningSecret;
  if (config.databaseUrl) {
    warn('Cảnh báo: chưa đặt FILE_SIGNING_SECRET — biểu mẫu Excel tải về trước khi khởi động lại máy chủ (hoặc từ máy chủ khác) sẽ không tải lên được. Hãy đặt FILE_SIGNING_SECRET (≥ 32 ký tự) giống nhau cho mọi tiến trình.');
    return signingSecretOf(config);
  }
  const file = path.join(config.dataDir, SECRET_FILE_NAME);
  mkdirSync(config.dataDir, { recursive: true });
  try {
    // 'wx': never overwrite a secret that exists, so forms already handed out stay valid.
    writeFileSync(file, `${randomSecret()}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readSecretFile(file);
}

function keyFor(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`binhdang:${purpose}`).digest();
}

/** HMAC-SHA256 (hex) of an ordered list of fields; the list is JSON-encoded, so no separator can be forged. */
export function signFields(secret: string, purpose: string, fields: readonly string[]): string {
  return createHmac('sha256', keyFor(secret, purpose)).update(JSON.stringify(fields)).digest('hex');
}

export function hasValidSignature(secret: string, purpose: string, fields: readonly string[], signature: string): boolean {
  const expected = Buffer.from(signFields(secret, purpose, fields), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/i.test(signature) ? signature : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
