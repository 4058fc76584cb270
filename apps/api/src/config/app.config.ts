import { registerAs } from '@nestjs/config';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';
import { validateEnv } from './validate-env';
import { resolveFromRoot } from './workspace';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const DEFAULT_DATA_DIR = '.data';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

class AppEnv {
  @IsOptional() @IsIn(NODE_ENVS) NODE_ENV?: NodeEnv;
  @IsOptional() @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() HOST?: string;
  /** Comma-separated origins, or `*`. */
  @IsOptional() @IsString() CORS_ORIGINS?: string;
  @IsOptional() @IsIn(LOG_LEVELS) LOG_LEVEL?: (typeof LOG_LEVELS)[number];
  @IsOptional() @IsUrl({ require_tld: false }) APP_URL?: string;
  @IsOptional() @IsString() DATA_DIR?: string;
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL?: string;
  /** Prepended to every Redis key, so several deployments can share one Redis. */
  @IsOptional() @IsString() REDIS_KEY_PREFIX?: string;
  /** Requests a minute on a rate-limited route: per client IP, per account, per signed-in user. */
  @IsOptional() @IsInt() @Min(1) @Max(100_000) RATE_LIMIT_IP_PER_MINUTE?: number;
  @IsOptional() @IsInt() @Min(1) @Max(100_000) RATE_LIMIT_ACCOUNT_PER_MINUTE?: number;
  @IsOptional() @IsInt() @Min(1) @Max(100_000) RATE_LIMIT_USER_PER_MINUTE?: number;
}

/** Default limits of the rate-limit trackers, requests per minute (see common/rate-limit). */
export interface RateLimitConfig {
  readonly ipPerMinute: number;
  readonly accountPerMinute: number;
  readonly userPerMinute: number;
}

export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly host: string;
  /** `true` reflects any origin (development); a list allows exactly those. */
  readonly corsOrigins: true | readonly string[];
  readonly logLevel: string;
  /** Where the web app is reached, for links in mails. */
  readonly appUrl: string;
  /** Local state: the embedded database and the generated development secret. */
  readonly dataDir: string;
  readonly redisUrl: string | null;
  readonly redisKeyPrefix: string;
  readonly rateLimit: RateLimitConfig;
}

export const appConfig = registerAs('app', (): AppConfig => {
  const env = validateEnv(AppEnv);
  const nodeEnv = env.NODE_ENV ?? 'development';
  const port = env.PORT ?? 3000;
  return {
    nodeEnv,
    port,
    host: env.HOST ?? 'localhost',
    corsOrigins: parseOrigins(env.CORS_ORIGINS, nodeEnv),
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    appUrl: (env.APP_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    dataDir: resolveFromRoot(env.DATA_DIR ?? DEFAULT_DATA_DIR),
    redisUrl: env.REDIS_URL ?? null,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'interview-prep:',
    rateLimit: {
      ipPerMinute: env.RATE_LIMIT_IP_PER_MINUTE ?? 30,
      accountPerMinute: env.RATE_LIMIT_ACCOUNT_PER_MINUTE ?? 5,
      userPerMinute: env.RATE_LIMIT_USER_PER_MINUTE ?? 60,
    },
  };
});

/** Open in development as the original was; closed to other origins in production unless listed. */
function parseOrigins(raw: string | undefined, nodeEnv: NodeEnv): true | string[] {
  if (raw === undefined) {
    return nodeEnv === 'production' ? [] : true;
  }
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return origins.includes('*') ? true : origins;
}
