import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { STATUS_CODES } from 'node:http';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import type { AllConfig } from '../src/config';
import { authHeader, registerVerifiedUser, type TestUser } from './support/auth';
import { setEnv } from './support/env';
import { createTestApp, resetDatabase } from './support/test-app';

const MISSING = 'Authentication required: send Authorization: Bearer <token>.';
const INVALID = 'Invalid access token; log in again.';
const EXPIRED = 'Your session has expired; log in again.';

/** Public routes; every other route of the API must answer 401 without a token. */
const PUBLIC_ROUTES = [
  'GET /api/v1/health',
  'GET /api/v1/health/live',
  'POST /api/v1/auth/signup',
  'POST /api/v1/auth/verify',
  'POST /api/v1/auth/resend-verification',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/forgot-password',
  'POST /api/v1/auth/reset-password',
];

const base64url = (value: object): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

describe('The JWT guard and the account routes', () => {
  let app: NestFastifyApplication;
  let restoreEnv: () => void;
  let secret: string;
  let ada: TestUser;
  let grace: TestUser;

  beforeAll(async () => {
    restoreEnv = setEnv({
      SEED_QUESTIONS: 'false',
      RATE_LIMIT_IP_PER_MINUTE: '10000',
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '10000',
    });
    await resetDatabase();
    app = await createTestApp();
    secret = app.get<ConfigService<AllConfig, true>>(ConfigService).get('auth.secretKey', {
      infer: true,
    });
    ada = await registerVerifiedUser(app, { email: 'ada@example.com', fullName: 'Ada' });
    grace = await registerVerifiedUser(app, { email: 'grace@example.com' });
  });

  afterAll(async () => {
    await app?.close();
    restoreEnv?.();
  });

  const me = (headers: Record<string, string> = {}) =>
    request(app.getHttpServer()).get('/api/v1/auth/me').set(headers);
  const expectError = (response: Response, statusCode: number, message: string | RegExp) => {
    expect(response.status).toBe(statusCode);
    expect(response.body).toEqual({
      statusCode,
      error: STATUS_CODES[statusCode],
      message: typeof message === 'string' ? message : expect.stringMatching(message),
      ...(response.body.details ? { details: expect.any(Array) } : {}),
    });
  };
  /** A token signed with the real secret, for claims and algorithms the API never issues. */
  const sign = (claims: object, options: { algorithm?: 'HS256' | 'HS384' | 'HS512' } = {}) =>
    new JwtService({ secret }).sign(claims, { algorithm: options.algorithm ?? 'HS256' });

  describe('the bearer token', () => {
    it('should accept a valid token and answer with its user', async () => {
      const response = await me(authHeader(ada.token)).expect(200);
      expect(response.body).toMatchObject({ id: ada.userId, email: 'ada@example.com' });
    });

    it('should refuse a request with no token or a malformed header, saying what is wanted', async () => {
      for (const headers of [
        {} as Record<string, string>,
        { Authorization: '' },
        { Authorization: 'Bearer' },
        { Authorization: 'Basic dXNlcjpwYXNzd29yZA==' },
        { Authorization: `Token ${ada.token}` },
      ]) {
        const response = await me(headers);
        expectError(response, 401, MISSING);
        expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
      }
      for (const value of ['Bearer not-a-jwt', 'Bearer a.b.c', `Bearer ${ada.token}x`]) {
        const response = await me({ Authorization: value });
        expectError(response, 401, INVALID);
        expect(response.headers['www-authenticate']).toBe(
          'Bearer realm="api", error="invalid_token"',
        );
      }
    });

    it('should refuse a tampered token', async () => {
      const [header, payload, signature] = ada.token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = `${header}.${base64url({ ...claims, sub: grace.userId })}.${signature}`;
      expectError(await me(authHeader(forged)), 401, INVALID);
      const flipped = signature.startsWith('A')
        ? `B${signature.slice(1)}`
        : `A${signature.slice(1)}`;
      expectError(await me(authHeader(`${header}.${payload}.${flipped}`)), 401, INVALID);
    });

    it('should refuse an unsigned token (alg none)', async () => {
      const claims = JSON.parse(Buffer.from(ada.token.split('.')[1], 'base64url').toString());
      const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
      expectError(await me(authHeader(unsigned)), 401, INVALID);
      const none = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}`;
      expectError(await me(authHeader(none)), 401, INVALID);
    });

    it('should accept HS256 only, with the server key only', async () => {
      const claims = { sub: ada.userId, ver: 0 };
      expect((await me(authHeader(sign(claims)))).status).toBe(200);
      expectError(await me(authHeader(sign(claims, { algorithm: 'HS512' }))), 401, INVALID);
      expectError(await me(authHeader(sign(claims, { algorithm: 'HS384' }))), 401, INVALID);
      const otherKey = new JwtService({ secret: 'x'.repeat(64) }).sign(claims);
      expectError(await me(authHeader(otherKey)), 401, INVALID);
    });

    it('should refuse an expired token, saying so', async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = sign({ sub: ada.userId, ver: 0, iat: now - 7200, exp: now - 3600 });
      expectError(await me(authHeader(expired)), 401, EXPIRED);
    });

    it('should refuse claims it never issues', async () => {
      for (const claims of [
        { sub: 'not-a-uuid', ver: 0 },
        { sub: ada.userId },
        { sub: ada.userId, ver: '0' },
        { sub: ada.userId, ver: 1 },
        { sub: '00000000-0000-4000-8000-000000000000', ver: 0 },
      ]) {
        expectError(await me(authHeader(sign(claims))), 401, INVALID);
      }
    });
  });

  describe('the profile', () => {
    const patch = (body: object, token = ada.token) =>
      request(app.getHttpServer()).patch('/api/v1/auth/me').set(authHeader(token)).send(body);

    it('should change the name and merge the preferences', async () => {
      const first = await patch({
        full_name: '  Ada Lovelace ',
        preferences: { track: 'swe_engineer', company: 'google', difficulty: 'hard', voice: true },
      }).expect(200);
      expect(first.body).toMatchObject({
        full_name: 'Ada Lovelace',
        preferences: { track: 'swe_engineer', company: 'google', difficulty: 'hard', voice: true },
      });
      const second = await patch({ preferences: { company: 'meta', voice: null } }).expect(200);
      expect(second.body.full_name).toBe('Ada Lovelace');
      expect(second.body.preferences).toEqual({
        track: 'swe_engineer',
        company: 'meta',
        difficulty: 'hard',
      });
      expect((await me(authHeader(ada.token)).expect(200)).body).toEqual(second.body);
      const cleared = await patch({ full_name: null }).expect(200);
      expect(cleared.body.full_name).toBeNull();
    });

    it('should refuse unknown tracks, companies, fields and over-long names', async () => {
      const track = await patch({ preferences: { track: 'astronaut' } });
      expectError(
        track,
        400,
        'track must be one of the following values: swe_intern, swe_engineer',
      );
      expect(track.body.details).toEqual([
        {
          field: 'preferences.track',
          messages: ['track must be one of the following values: swe_intern, swe_engineer'],
        },
      ]);
      expectError(
        await patch({ preferences: { company: 'initech' } }),
        400,
        /company must be one of the following values: general, amazon/,
      );
      expectError(await patch({ preferences: { colour: 'blue' } }), 400, /colour should not exist/);
      expectError(await patch({ preferences: 'google' }), 400, /preferences must be an object/);
      expectError(await patch({ preferences: null }), 400, /preferences must be an object/);
      expectError(
        await patch({ email: 'new@example.com' }),
        400,
        'property email should not exist',
      );
      expectError(
        await patch({ full_name: 'x'.repeat(121) }),
        400,
        'full_name must be shorter than or equal to 120 characters',
      );
    });
  });

  describe('changing the password', () => {
    const NEW_PASSWORD = 'walnut-lantern-orbit-42';
    const change = (body: object, token: string) =>
      request(app.getHttpServer())
        .post('/api/v1/auth/change-password')
        .set(authHeader(token))
        .send(body);

    it('should refuse a wrong current password and a weak new one', async () => {
      expectError(
        await change(
          { current_password: 'not-my-password', new_password: NEW_PASSWORD },
          grace.token,
        ),
        400,
        'The current password is incorrect.',
      );
      expectError(
        await change({ current_password: grace.password, new_password: 'sunshine1' }, grace.token),
        400,
        'new_password is one of the most common passwords; choose a less guessable one',
      );
      expectError(
        await change({ current_password: grace.password, new_password: 'short' }, grace.token),
        400,
        'new_password must be at least 8 characters long',
      );
      expectError(
        await change(
          { current_password: grace.password, new_password: 'GRACE@example.com' },
          grace.token,
        ),
        400,
        'new_password must not be the email address',
      );
      expect((await me(authHeader(grace.token))).status).toBe(200);
    });

    it('should change it, end every older token and answer with a new one', async () => {
      const other = sign({ sub: grace.userId, ver: 0 });
      const response = await change(
        { current_password: grace.password, new_password: NEW_PASSWORD },
        grace.token,
      ).expect(200);
      expect(response.body).toMatchObject({
        token_type: 'bearer',
        expires_in: 3600,
        user: { id: grace.userId, email: 'grace@example.com' },
      });
      expectError(await me(authHeader(grace.token)), 401, INVALID);
      expectError(await me(authHeader(other)), 401, INVALID);
      expect((await me(authHeader(response.body.access_token))).status).toBe(200);

      const login = (password: string) =>
        request(app.getHttpServer())
          .post('/api/v1/auth/login')
          .send({ email: 'grace@example.com', password });
      expectError(await login(grace.password), 401, 'Invalid email or password.');
      expect((await login(NEW_PASSWORD)).status).toBe(200);
    });
  });

  describe('deleting the account', () => {
    it('should need the password', async () => {
      const user = await registerVerifiedUser(app);
      const response = await request(app.getHttpServer())
        .delete('/api/v1/auth/me')
        .set(authHeader(user.token))
        .send({ password: 'not-my-password' });
      expectError(response, 400, 'The password is incorrect.');
      expect((await me(authHeader(user.token))).status).toBe(200);
      const empty = await request(app.getHttpServer())
        .delete('/api/v1/auth/me')
        .set(authHeader(user.token))
        .send({});
      expectError(empty, 400, 'password must be a string');
    });

    it('should delete the user with everything that is theirs and end their tokens', async () => {
      const user = await registerVerifiedUser(app);
      const db = app.get(DataSource);
      await db.query(
        `INSERT INTO sessions (user_id, track, company, difficulty) VALUES ($1, 'swe_intern', 'google', 'easy')`,
        [user.userId],
      );
      await request(app.getHttpServer())
        .post('/api/v1/auth/forgot-password')
        .send({ email: user.email })
        .expect(202);
      const count = async (table: string) =>
        Number(
          (
            await db.query(`SELECT count(*) AS n FROM ${table} WHERE user_id = $1`, [user.userId])
          )[0].n,
        );
      expect(await count('sessions')).toBe(1);
      expect(await count('auth_tokens')).toBe(1);

      const response = await request(app.getHttpServer())
        .delete('/api/v1/auth/me')
        .set(authHeader(user.token))
        .send({ password: user.password })
        .expect(204);
      expect(response.text).toBe('');

      expectError(await me(authHeader(user.token)), 401, INVALID);
      expect(await count('sessions')).toBe(0);
      expect(await count('auth_tokens')).toBe(0);
      expect(await count('audit_events')).toBe(0);
      expect(
        Number(
          (await db.query(`SELECT count(*) AS n FROM users WHERE id = $1`, [user.userId]))[0].n,
        ),
      ).toBe(0);
      const [deletion] = await db.query(
        `SELECT user_id, ip FROM audit_events WHERE event = 'account_delete' ORDER BY created_at DESC LIMIT 1`,
      );
      expect(deletion).toEqual({ user_id: null, ip: expect.any(String) });
      const login = await request(app.getHttpServer())
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: user.password });
      expectError(login, 401, 'Invalid email or password.');
    });
  });

  describe('which routes are public', () => {
    it('should put every route behind the token except the public ones and the docs', async () => {
      const docs = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
      await request(app.getHttpServer()).get('/api/docs').expect(200);
      await request(app.getHttpServer()).get('/api/v1/health').expect(200);

      const paths = docs.body.paths as Record<string, Record<string, unknown>>;
      const routes = Object.entries(paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
      );
      expect(routes.length).toBeGreaterThanOrEqual(PUBLIC_ROUTES.length + 4);
      for (const { method, path } of routes) {
        if (PUBLIC_ROUTES.includes(`${method} ${path}`)) {
          continue;
        }
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await request(app.getHttpServer())
          [method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](url)
          .send({});
        expect(`${method} ${path}: ${response.status}`).toBe(`${method} ${path}: 401`);
      }
    });

    it('should document every account route with its examples and the bearer scheme', async () => {
      const { body } = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
      for (const route of PUBLIC_ROUTES.filter((r) => r.includes('/auth/'))) {
        const [method, path] = route.split(' ');
        const operation = body.paths[path][method.toLowerCase()];
        expect(operation.security).toBeUndefined();
        expect(operation.responses).toHaveProperty('400');
      }
      for (const [method, path] of [
        ['get', '/api/v1/auth/me'],
        ['patch', '/api/v1/auth/me'],
        ['delete', '/api/v1/auth/me'],
        ['post', '/api/v1/auth/change-password'],
      ]) {
        expect(body.paths[path][method].security).toEqual([{ bearer: [] }]);
        expect(body.paths[path][method].responses).toHaveProperty('401');
      }
      expect(body.paths['/api/v1/auth/login'].post.responses).toHaveProperty('429');
      expect(body.components.schemas.SignupDto.properties.email.example).toBe('ada@example.com');
      expect(body.components.schemas.LoginResponseDto.properties.token_type.example).toBe('bearer');
    });
  });
});
