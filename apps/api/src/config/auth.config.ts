import { Logger } from '@nestjs/common';
import { registerAs } from '@nestjs/config';
import { IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from './app.config';
import { validateEnv } from './validate-env';
import { resolveFromRoot } from './workspace';

export const MIN_SECRET_KEY_LENGTH = 32;

class AuthEnv {
  @IsOptional() @IsString() NODE_ENV?: string;
  @IsOptional() @IsString() DATA_DIR?: string;
  @IsOptional()
  @IsString()
  @MinLength(MIN_SECRET_KEY_LENGTH, {
    message: `SECRET_KEY must be at least ${MIN_SECRET_KEY_LENGTH} characters (generate one with: openssl rand -hex 32)`,
  })
  SECRET_KEY?: string;
  /** Access token lifetime in seconds. */
  @IsOptional() @IsInt() @Min(60) @Max(30 * 24 * 3600) JWT_EXPIRES_IN?: number;
}

export interface AuthConfig {
  readonly secretKey: string;
  readonly jwtExpiresInSeconds: number;
}

export const authConfig = registerAs('auth', (): AuthConfig => {
  const env = validateEnv(AuthEnv);
  return {
    secretKey: env.SECRET_KEY ?? developmentSecret(env),
    jwtExpiresInSeconds: env.JWT_EXPIRES_IN ?? 3600,
  };
});

/**
 * Production must be given a key; elsewhere one is generated once and kept under the data
 * directory, so tokens survive restarts without anyone having to set anything.
 */
function developmentSecret(env: AuthEnv): string {
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'Invalid configuration:\n  - SECRET_KEY: must be set in production, at least ' +
        `${MIN_SECRET_KEY_LENGTH} characters (generate one with: openssl rand -hex 32)`,
    );
  }
  const dataDir = resolveFromRoot(env.DATA_DIR ?? DEFAULT_DATA_DIR);
  const file = join(dataDir, 'secret-key');
  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  new Logger('Config').warn(`SECRET_KEY is not set: generated one and kept it in ${file}`);
  return secret;
}
