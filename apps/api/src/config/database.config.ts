import { registerAs } from '@nestjs/config';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { EnvBoolean } from './env-transforms';
import { validateEnv } from './validate-env';
import { resolveFromRoot } from './workspace';

class DatabaseEnv {
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// connection string',
  })
  DATABASE_URL?: string;
  @IsOptional() @IsInt() @Min(1) @Max(100) DATABASE_POOL_SIZE?: number;
  @IsOptional() @EnvBoolean() @IsBoolean() RUN_MIGRATIONS?: boolean;
  @IsOptional() @EnvBoolean() @IsBoolean() SEED_QUESTIONS?: boolean;
  @IsOptional() @IsString() QUESTIONS_DIR?: string;
  @IsOptional() @IsString() RUBRICS_DIR?: string;
}

export interface DatabaseConfig {
  /** Null: the embedded Postgres (PGlite) under the data directory. */
  readonly url: string | null;
  readonly poolSize: number;
  readonly runMigrations: boolean;
  readonly seedQuestions: boolean;
  readonly questionsDir: string;
  readonly rubricsDir: string;
}

export const databaseConfig = registerAs('database', (): DatabaseConfig => {
  const env = validateEnv(DatabaseEnv);
  return {
    url: env.DATABASE_URL ?? null,
    poolSize: env.DATABASE_POOL_SIZE ?? 10,
    runMigrations: env.RUN_MIGRATIONS ?? true,
    seedQuestions: env.SEED_QUESTIONS ?? true,
    questionsDir: resolveFromRoot(env.QUESTIONS_DIR ?? 'data/questions'),
    rubricsDir: resolveFromRoot(env.RUBRICS_DIR ?? 'data/rubrics'),
  };
});
