import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { AppModule } from '../../src/app/app.module';
import { configureApp } from '../../src/app/configure-app';
import { createHttpAdapter } from '../../src/app/http-adapter';

/** Drops every table, so each test file starts from an empty schema and runs the migrations itself. */
export async function resetDatabase(): Promise<void> {
  const client = new Client({ connectionString: process.env['DATABASE_URL'] });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

/** The whole API as `npm start` builds it, on a free port, ready for supertest. */
export async function createTestApp(
  configure: (app: NestFastifyApplication) => Promise<void> = async () => undefined,
): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter());
  await configureApp(app);
  await configure(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
