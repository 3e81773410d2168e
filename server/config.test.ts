import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('config', () => {
  it('has working defaults: PGlite in ./data on port 3000 with demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, seedDemo: true, databaseUrl: undefined, cookieSecure: false });
    expect(config.dataDir).toMatch(/data$/);
  });
  it('reads DATABASE_URL, PORT and DATA_DIR', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/db', PORT: '8080', DATA_DIR: '/tmp/x', NODE_ENV: 'production' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@localhost:5432/db', port: 8080, dataDir: '/tmp/x', cookieSecure: true });
  });
  it('treats an empty DATABASE_URL as unset (PGlite)', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });
  it('reads FILE_SIGNING_SECRET, refusing a short one', () => {
    expect(loadConfig({}).fileSigningSecret).toBeUndefined();
    expect(loadConfig({ FILE_SIGNING_SECRET: 's'.repeat(32) }).fileSigningSecret).toBe('s'.repeat(32));
    expect(() => loadConfig({ FILE_SIGNING_SECRET: 'ngắn' })).toThrow(/FILE_SIGNING_SECRET/);
  });
  it('fails fast with a readable message on a bad value', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });
});
