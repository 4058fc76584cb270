import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

export interface DataSourceSettings {
  readonly url: string;
  readonly poolSize: number;
  readonly runMigrations: boolean;
  /** How long a query may wait for a free connection of the pool; 5 s unless given. */
  readonly connectionTimeoutMillis?: number;
}

/** One configuration for the app, the migration CLI and the tests, whichever Postgres it is. */
export function dataSourceOptions(settings: DataSourceSettings): PostgresOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: settings.runMigrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // PGlite has only plpgsql; gen_random_uuid() is core since Postgres 13.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize: settings.poolSize,
    extra: {
      max: settings.poolSize,
      connectionTimeoutMillis: settings.connectionTimeoutMillis ?? 5_000,
    },
  };
}
