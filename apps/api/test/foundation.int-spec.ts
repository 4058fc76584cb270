import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { serveWebApp } from '../src/web-app/web-app';
import { createTestApp, resetDatabase } from './support/test-app';

describe('The API foundation', () => {
  let app: NestFastifyApplication;
  const webDir = mkdtempSync(join(tmpdir(), 'web-'));
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><title>shell</title><app-root></app-root>',
  );
  writeFileSync(join(webDir, 'main-ABCDEFGH.js'), 'console.log(1)');

  beforeAll(async () => {
    await resetDatabase();
    app = await createTestApp((nest) => serveWebApp(nest, webDir));
  });

  afterAll(async () => {
    await app.close();
  });

  it('should report the database up on /api/v1/health', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' } },
    });
  });

  it('should answer the liveness probe without a token and give each request an id', async () => {
    const response = await request(app.getHttpServer())
      .get('/api/v1/health/live')
      .set('X-Request-Id', 'probe-0001-abcdef')
      .expect(200);
    expect(response.body).toEqual({ status: 'ok' });
    expect(response.headers['x-request-id']).toBe('probe-0001-abcdef');
    const fresh = await request(app.getHttpServer()).get('/api/v1/health/live').expect(200);
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should answer an unknown API route with 404 in the one error shape', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/no-such-route').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/v1/no-such-route',
    });
  });

  it('should answer a malformed JSON body with 400 in the one error shape', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/health')
      .set('Content-Type', 'application/json')
      .send('{"broken": ')
      .expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
    });
    expect(response.body).not.toHaveProperty('stack');
  });

  it('should refuse a body over 1 MiB with 413 in the one error shape', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email: 'someone@example.com', password: 'x'.repeat(1024 * 1024) })
      .expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('should serve the OpenAPI document with the bearer scheme', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(response.body.paths).toHaveProperty('/api/v1/health');
    expect(response.body.components.securitySchemes).toHaveProperty('bearer');
  });

  it('should serve Swagger UI at /api/docs', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs').expect(200);
    expect(response.text).toContain('swagger-ui');
  });

  it('should serve the web app and fall back to index.html for deep links', async () => {
    const root = await request(app.getHttpServer()).get('/').expect(200);
    expect(root.text).toContain('<app-root>');
    const deep = await request(app.getHttpServer()).get('/interview/123').expect(200);
    expect(deep.text).toContain('<app-root>');
    expect(deep.headers['content-type']).toContain('text/html');
  });

  it('should cache hashed assets for a year and index.html not at all', async () => {
    const asset = await request(app.getHttpServer()).get('/main-ABCDEFGH.js').expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const index = await request(app.getHttpServer()).get('/somewhere').expect(200);
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('should send security headers', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
