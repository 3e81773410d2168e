import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasValidSignature, resolveFileSigningSecret, SECRET_FILE_NAME, signFields, signingSecretOf } from './file-signing.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'binhdang-secret-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the file signing secret', () => {
  it('uses FILE_SIGNING_SECRET when it is set', () => {
    const secret = 'x'.repeat(40);
    expect(resolveFileSigningSecret({ fileSigningSecret: secret, databaseUrl: undefined, dataDir: dir }, () => undefined)).toBe(secret);
  });

  it('on PGlite makes one in DATA_DIR once, readable only by its owner, and keeps it across restarts', () => {
    const dataDir = path.join(dir, 'data');
    const first = resolveFileSigningSecret({ fileSigningSecret: undefined, databaseUrl: undefined, dataDir }, () => undefined);
    const file = path.join(dataDir, SECRET_FILE_NAME);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(resolveFileSigningSecret({ fileSigningSecret: undefined, databaseUrl: undefined, dataDir }, () => undefined)).toBe(first);
  });

  it('with DATABASE_URL and no secret uses a per-process one and warns', () => {
    const warnings: string[] = [];
    const secret = resolveFileSigningSecret({ fileSigningSecret: undefined, databaseUrl: 'postgres://x@localhost/db', dataDir: dir }, (line) => warnings.push(line));
    expect(secret).toBe(signingSecretOf({ fileSigningSecret: undefined }));
    expect(warnings.join('\n')).toMatch(/FILE_SIGNING_SECRET/);
  });
});

describe('signatures', () => {
  const secret = 'bí mật dùng để thử, đủ dài ba mươi hai ký tự';
  it('verify what was signed and nothing else', () => {
    const signature = signFields(secret, 'report-form', ['a', '1']);
    expect(hasValidSignature(secret, 'report-form', ['a', '1'], signature)).toBe(true);
    expect(hasValidSignature(secret, 'report-form', ['a', '2'], signature)).toBe(false);
    expect(hasValidSignature(secret, 'report-form', ['a,1'], signature)).toBe(false);
    expect(hasValidSignature(secret, 'other-purpose', ['a', '1'], signature)).toBe(false);
    expect(hasValidSignature(`${secret}!`, 'report-form', ['a', '1'], signature)).toBe(false);
    expect(hasValidSignature(secret, 'report-form', ['a', '1'], 'not hex')).toBe(false);
  });
});
