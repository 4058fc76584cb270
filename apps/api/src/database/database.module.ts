import { Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ModuleRef } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { AllConfig } from '../config';
import { dataSourceOptions } from './data-source-options';
import { EmbeddedPostgres } from './embedded-postgres';

/** Starts the embedded Postgres when no DATABASE_URL is given, and stops it last. */
@Injectable()
export class DatabaseServer implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseServer.name);
  private embedded: EmbeddedPostgres | null = null;

  constructor(
    private readonly config: ConfigService<AllConfig, true>,
    private readonly moduleRef: ModuleRef,
  ) {}

  async url(): Promise<string> {
    const database = this.config.get('database', { infer: true });
    if (database.url) {
      return database.url;
    }
    const dataDir = join(this.config.get('app.dataDir', { infer: true }), 'pgdata');
    this.embedded = await EmbeddedPostgres.start({
      dataDir,
      // The app's one connection (see below), plus room for a psql or a health probe.
      maxConnections: 4,
    });
    this.logger.log(`Embedded Postgres (PGlite) started, data in ${dataDir}`);
    return this.embedded.url;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.embedded) {
      return;
    }
    // The pool must close before the server under it does.
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource.isInitialized) {
      await dataSource.destroy();
    }
    await this.embedded.stop();
    this.embedded = null;
  }
}

@Module({ providers: [DatabaseServer], exports: [DatabaseServer] })
class DatabaseServerModule {}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [DatabaseServerModule],
      inject: [ConfigService, DatabaseServer],
      useFactory: async (config: ConfigService<AllConfig, true>, server: DatabaseServer) => {
        const database = config.get('database', { infer: true });
        const underTest = config.get('app.nodeEnv', { infer: true }) === 'test';
        const embedded = !database.url;
        return {
          ...dataSourceOptions({
            url: await server.url(),
            // One connection to the embedded database: pglite-socket runs every connection on
            // PGlite's single session and interleaves their extended-protocol messages outside
            // transactions ("portal does not exist", or one query run with another's parameters;
            // electric-sql/pglite#1046). PGlite runs one statement at a time anyway, and inside a
            // transaction the socket server already serves one connection only.
            poolSize: embedded ? 1 : database.poolSize,
            runMigrations: database.runMigrations,
            // Waiting for that one connection is the queue, not an outage.
            connectionTimeoutMillis: embedded ? 60_000 : undefined,
          }),
          // Under Jest a failed connection must fail fast instead of retrying for ~30 s.
          retryAttempts: underTest ? 0 : 5,
          retryDelay: 1_000,
        };
      },
    }),
  ],
})
export class DatabaseModule {}
