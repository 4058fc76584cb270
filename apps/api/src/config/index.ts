import type { AiConfig } from './ai.config';
import type { AppConfig, RateLimitConfig } from './app.config';
import type { AuthConfig } from './auth.config';
import type { DatabaseConfig } from './database.config';
import type { MailConfig } from './mail.config';
import type { TtsConfig } from './tts.config';
import { aiConfig } from './ai.config';
import { appConfig } from './app.config';
import { authConfig } from './auth.config';
import { databaseConfig } from './database.config';
import { mailConfig } from './mail.config';
import { ttsConfig } from './tts.config';

/** Every config area, read as `ConfigService<AllConfig, true>` with `{ infer: true }`. */
export interface AllConfig {
  app: AppConfig;
  auth: AuthConfig;
  database: DatabaseConfig;
  ai: AiConfig;
  tts: TtsConfig;
  mail: MailConfig;
}

export const configLoaders = [
  appConfig,
  authConfig,
  databaseConfig,
  aiConfig,
  ttsConfig,
  mailConfig,
];

export type {
  AiConfig,
  AppConfig,
  AuthConfig,
  DatabaseConfig,
  MailConfig,
  RateLimitConfig,
  TtsConfig,
};
export { ENV_FILE, resolveFromRoot, workspaceRoot } from './workspace';
