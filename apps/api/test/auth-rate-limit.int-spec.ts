import { Controller, Get, Logger, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import Redis from 'ioredis';
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import request, { type Response } from 'supertest';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';
import { createHttpAdapter } from '../src/app/http-adapter';
import { RateLimit } from '../src/common/rate-limit';
import { RateLimitStorage } from '../src/common/rate-limit/rate-limit.storage';
import { authHeader, registerVerifiedUser } from './support/auth';
import { setEnv } from './support/env';
import { captureLogs, type LogCapture } from './support/log-capture';
import { createTestApp, resetDatabase } from './support/test-app';

/** A route limited per signed-in user, as POST /tts will be. */
@Controller('rate-limit-probe')
class ProbeController {
  @Get()
  @RateLimit({ user: { limit: 2, ttlSeconds: 60 } })
  probe() {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

async function createAppWithProbe(): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule, ProbeModule] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter());
  await configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

const expectTooMany = (response: Response) => {
  expect(response.status).toBe(429);
  expect(response.body).toEqual({
    statusCode: 429,
    error: 'Too Many Requests',
    message: 'Too many requests; try again later.',
  });
  const retryAfter = Number(response.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
};

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Jest declares tests synchronously, so whether Redis answers is asked in a child process. */
function redisAnswers(url: string): boolean {
  const { hostname, port } = new URL(url);
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require('node:net').connect(${Number(port) || 6379}, ${JSON.stringify(hostname)})` +
        `.on('connect', () => process.exit(0)).on('error', () => process.exit(1))`,
    ],
    { timeout: 3_000 },
  );
  return probe.status === 0;
}

describe('Rate limits', () => {
  let logs: LogCapture;

  beforeAll(async () => {
    // Without SMTP the mails are logged; keep them out of the test output.
    logs = captureLogs();
    await resetDatabase();
  });

  afterAll(() => {
    logs?.restore();
  });

  describe('with the default limits, in memory', () => {
    let app: NestFastifyApplication;
    let restoreEnv: () => void;

    beforeAll(async () => {
      restoreEnv = setEnv({ SEED_QUESTIONS: 'false', REDIS_URL: undefined });
      app = await createAppWithProbe();
      expect(app.get(RateLimitStorage).mode).toBe('memory');
    });

    afterAll(async () => {
      await app?.close();
      restoreEnv?.();
    });

    const post = (path: string, body: object) =>
      request(app.getHttpServer()).post(`/api/v1/auth/${path}`).send(body);

    it('should answer the 6th login attempt on an account in a minute with 429 and Retry-After', async () => {
      const user = await registerVerifiedUser(app, { email: 'target@example.com' });
      for (const email of ['target@example.com', 'TARGET@example.com', ' target@example.com']) {
        expect((await post('login', { email, password: 'wrong-password-1' })).status).toBe(401);
      }
      expect(
        (await post('login', { email: user.email, password: 'wrong-password-2' })).status,
      ).toBe(401);
      expect((await post('login', { email: user.email, password: user.password })).status).toBe(
        200,
      );
      // The 6th, even with the right password.
      expectTooMany(await post('login', { email: user.email, password: user.password }));
      expectTooMany(await post('login', { email: 'Target@Example.com', password: user.password }));
      // Another account from the same address is not blocked.
      expect(
        (await post('login', { email: 'someone-else@example.com', password: 'whatever-123' }))
          .status,
      ).toBe(401);
    });

    it('should limit signup, resend and forgot-password per account too', async () => {
      for (const [path, body] of [
        ['signup', { email: 'busy@example.com', password: 'plum-tractor-quietly-7' }],
        ['resend-verification', { email: 'busy@example.com' }],
        ['forgot-password', { email: 'busy@example.com' }],
      ] as const) {
        for (let attempt = 1; attempt <= 5; attempt += 1) {
          expect((await post(path, body)).status).toBe(202);
        }
        expectTooMany(await post(path, body));
      }
    });

    it('should limit each client address across accounts', async () => {
      for (let attempt = 1; attempt <= 30; attempt += 1) {
        const token = randomBytes(32).toString('base64url');
        expect((await post('verify', { token })).status).toBe(400);
      }
      expectTooMany(await post('verify', { token: randomBytes(32).toString('base64url') }));
    });

    it('should count a signed-in user by id on a route limited per user', async () => {
      const ada = await registerVerifiedUser(app);
      const grace = await registerVerifiedUser(app);
      const probe = (token: string) =>
        request(app.getHttpServer()).get('/api/v1/rate-limit-probe').set(authHeader(token));
      expect((await probe(ada.token)).status).toBe(200);
      expect((await probe(ada.token)).status).toBe(200);
      expectTooMany(await probe(ada.token));
      expect((await probe(grace.token)).status).toBe(200);
      // Without a token the guard answers first: nobody is counted anonymously.
      expect((await request(app.getHttpServer()).get('/api/v1/rate-limit-probe')).status).toBe(401);
    });
  });

  (redisAnswers(REDIS_URL) ? describe : describe.skip)(`shared in Redis (${REDIS_URL})`, () => {
    const prefix = `interview-prep-test-${randomUUID()}:`;
    let restoreEnv: () => void;

    beforeAll(() => {
      restoreEnv = setEnv({ SEED_QUESTIONS: 'false', REDIS_URL, REDIS_KEY_PREFIX: prefix });
    });

    afterAll(async () => {
      restoreEnv?.();
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`*${prefix}*`);
      if (keys.length > 0) {
        await redis.del(...keys);
      }
      redis.disconnect();
    });

    it('should share the counters of several API processes', async () => {
      const first = await createTestApp();
      const second = await createTestApp();
      try {
        expect(first.get(RateLimitStorage).mode).toBe('redis');
        const forgot = (app: NestFastifyApplication) =>
          request(app.getHttpServer())
            .post('/api/v1/auth/forgot-password')
            .send({ email: 'shared@example.com' });
        for (const app of [first, second, first, second, first]) {
          expect((await forgot(app)).status).toBe(202);
        }
        expectTooMany(await forgot(second));
        expectTooMany(await forgot(first));
      } finally {
        await first.close();
        await second.close();
      }
    });
  });

  describe('when Redis cannot be reached', () => {
    it('should keep limiting in memory rather than fail the requests', async () => {
      const restoreEnv = setEnv({ SEED_QUESTIONS: 'false', REDIS_URL: 'redis://127.0.0.1:1' });
      const warn = jest.spyOn(Logger.prototype, 'warn');
      const app = await createTestApp();
      try {
        const forgot = () =>
          request(app.getHttpServer())
            .post('/api/v1/auth/forgot-password')
            .send({ email: 'offline@example.com' });
        for (let attempt = 1; attempt <= 5; attempt += 1) {
          expect((await forgot()).status).toBe(202);
        }
        expectTooMany(await forgot());
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('Redis is unreachable'));
      } finally {
        await app.close();
        warn.mockRestore();
        restoreEnv();
      }
    });
  });
});
