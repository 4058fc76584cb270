import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aiConfig } from './ai.config';
import { appConfig } from './app.config';
import { authConfig } from './auth.config';
import { databaseConfig } from './database.config';
import { mailConfig } from './mail.config';

describe('Configuration', () => {
  const original = { ...process.env };

  afterEach(() => {
    process.env = { ...original };
  });

  const withEnv = (values: Record<string, string>) => {
    process.env = { ...original, ...values };
  };

  it('should stop on an invalid value, naming the variable', () => {
    withEnv({ PORT: 'abc' });
    expect(() => appConfig()).toThrow(/PORT/);
    withEnv({ DATABASE_URL: 'mysql://nope' });
    expect(() => databaseConfig()).toThrow(/DATABASE_URL must be a postgres/);
    withEnv({ RUN_MIGRATIONS: 'maybe' });
    expect(() => databaseConfig()).toThrow(/RUN_MIGRATIONS/);
    withEnv({ SMTP_FROM: 'not-an-email' });
    expect(() => mailConfig()).toThrow(/SMTP_FROM/);
  });

  it('should read booleans and numbers from their text', () => {
    withEnv({
      RUN_MIGRATIONS: 'false',
      SEED_QUESTIONS: '1',
      DATABASE_POOL_SIZE: '4',
    });
    expect(databaseConfig()).toMatchObject({
      runMigrations: false,
      seedQuestions: true,
      poolSize: 4,
    });
  });

  it('should refuse to start in production without a long SECRET_KEY', () => {
    withEnv({ NODE_ENV: 'production' });
    delete process.env['SECRET_KEY'];
    expect(() => authConfig()).toThrow(/SECRET_KEY: must be set in production/);
    withEnv({ NODE_ENV: 'production', SECRET_KEY: 'too-short' });
    expect(() => authConfig()).toThrow(/SECRET_KEY must be at least 32 characters/);
  });

  it('should generate a development secret once and keep it under the data directory', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'config-'));
    withEnv({ NODE_ENV: 'development', DATA_DIR: dataDir });
    delete process.env['SECRET_KEY'];
    const first = authConfig().secretKey;
    expect(first).toHaveLength(64);
    expect(readFileSync(join(dataDir, 'secret-key'), 'utf8').trim()).toBe(first);
    expect(authConfig().secretKey).toBe(first);
  });

  it('should open CORS in development and close it in production unless origins are listed', () => {
    withEnv({ NODE_ENV: 'development' });
    expect(appConfig().corsOrigins).toBe(true);
    withEnv({ NODE_ENV: 'production' });
    expect(appConfig().corsOrigins).toEqual([]);
    withEnv({
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(appConfig().corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('should use the generic LLM aliases over the DeepSeek names and enable the LLM with a key', () => {
    withEnv({ DEEPSEEK_API_KEY: 'sk-1', LLM_MODEL: 'llama3.1' });
    expect(aiConfig()).toMatchObject({
      enabled: true,
      apiKey: 'sk-1',
      model: 'llama3.1',
      baseUrl: 'https://api.deepseek.com',
    });
    withEnv({});
    for (const name of ['DEEPSEEK_API_KEY', 'LLM_API_KEY', 'LLM_BASE_URL', 'DEEPSEEK_BASE_URL']) {
      delete process.env[name];
    }
    expect(aiConfig().enabled).toBe(false);
  });
});
