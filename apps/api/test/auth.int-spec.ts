import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { createHash, randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import { MailService } from '../src/mail/mail.service';
import { authHeader } from './support/auth';
import { setEnv } from './support/env';
import { captureLogs, type LogCapture } from './support/log-capture';
import { linkIn, SmtpPeer, type ReceivedMail } from './support/smtp-peer';
import { createTestApp, resetDatabase } from './support/test-app';

const APP_URL = 'http://app.test';
const PASSWORD = 'plum-tractor-quietly-7';
const SIGNUP_MESSAGE = 'Check your inbox for a link to verify your email address.';
const INVALID_LINK = 'This link is invalid or has expired; ask for a new one.';

/**
 * The account flows over HTTP, with a real SMTP server on loopback receiving the mails: each test
 * follows the link in its mail as the web app's /verify and /reset-password pages do.
 */
describe('Accounts: signup, verification, login and password reset by mail', () => {
  let app: NestFastifyApplication;
  let smtp: SmtpPeer;
  let logs: LogCapture;
  let restoreEnv: () => void;
  /** Every response body, scanned for secrets at the end. */
  const responses: string[] = [];
  /** Access tokens handed out: expected in responses, never in logs. */
  const accessTokens: string[] = [];
  const passwords = new Set<string>([PASSWORD]);

  beforeAll(async () => {
    smtp = await SmtpPeer.start();
    restoreEnv = setEnv({
      ...smtp.env(),
      APP_URL,
      SEED_QUESTIONS: 'false',
      // Log everything, to show that nothing secret is in it.
      LOG_LEVEL: 'trace',
      // Rate limits have their own test file.
      RATE_LIMIT_IP_PER_MINUTE: '10000',
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '10000',
    });
    logs = captureLogs();
    await resetDatabase();
    app = await createTestApp(async (nest) => nest.useLogger(nest.get(Logger)));
  });

  afterAll(async () => {
    await app?.close();
    logs?.restore();
    restoreEnv?.();
    await smtp?.stop();
  });

  const record = (response: Response): Response => {
    responses.push(response.text);
    if (typeof response.body?.access_token === 'string') {
      accessTokens.push(response.body.access_token);
    }
    return response;
  };
  const post = async (path: string, body: object, token?: string): Promise<Response> =>
    record(
      await request(app.getHttpServer())
        .post(`/api/v1/auth/${path}`)
        .set(token ? authHeader(token) : {})
        .send(body),
    );
  const me = async (token: string): Promise<Response> =>
    record(await request(app.getHttpServer()).get('/api/v1/auth/me').set(authHeader(token)));

  /** The one error shape, exactly. */
  const expectError = (response: Response, statusCode: number, message: string | RegExp) => {
    expect(response.status).toBe(statusCode);
    expect(response.body).toMatchObject({ statusCode, error: STATUS_CODES[statusCode] });
    expect(response.body.message).toEqual(
      typeof message === 'string' ? message : expect.stringMatching(message),
    );
    for (const key of Object.keys(response.body)) {
      expect(['statusCode', 'error', 'message', 'details']).toContain(key);
    }
  };
  const tokenOf = (mail: ReceivedMail, path: '/verify' | '/reset-password'): string => {
    const link = linkIn(mail, path);
    expect(link.origin).toBe(APP_URL);
    expect(link.pathname).toBe(path);
    const token = link.searchParams.get('token') ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    return token;
  };
  const signUpAndVerify = async (email: string, password = PASSWORD): Promise<void> => {
    passwords.add(password);
    expect((await post('signup', { email, password })).status).toBe(202);
    const token = tokenOf(await smtp.waitForMail(email, /Verify/), '/verify');
    expect((await post('verify', { token })).status).toBe(200);
  };

  describe('signing up', () => {
    let verifyToken: string;

    it('should sign up, mail a verification link, verify through it and log in', async () => {
      const signup = await post('signup', {
        email: '  Ada.Lovelace@Example.COM ',
        password: PASSWORD,
        full_name: ' Ada Lovelace ',
      });
      expect(signup.status).toBe(202);
      expect(signup.body).toEqual({ message: SIGNUP_MESSAGE });

      const mail = await smtp.waitForMail('ada.lovelace@example.com', /Verify your email/);
      verifyToken = tokenOf(mail, '/verify');

      const early = await post('login', { email: 'ada.lovelace@example.com', password: PASSWORD });
      expectError(early, 403, /Verify your email address first.*resend-verification/);

      const verified = await post('verify', { token: verifyToken });
      expect(verified.status).toBe(200);
      expect(verified.body).toEqual({
        message: 'Your email address is verified; you can log in now.',
      });

      const login = await post('login', { email: 'ADA.lovelace@example.com ', password: PASSWORD });
      expect(login.status).toBe(200);
      expect(login.body).toEqual({
        access_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        token_type: 'bearer',
        expires_in: 3600,
        user: {
          id: expect.any(String),
          email: 'ada.lovelace@example.com',
          full_name: 'Ada Lovelace',
          is_verified: true,
          preferences: {},
          created_at: expect.any(String),
        },
      });
      const profile = await me(login.body.access_token);
      expect(profile.status).toBe(200);
      expect(profile.body).toEqual(login.body.user);
    });

    it('should refuse a verification link the second time', async () => {
      expectError(await post('verify', { token: verifyToken }), 400, INVALID_LINK);
    });

    it('should refuse an expired verification link', async () => {
      const email = 'expired@example.com';
      expect((await post('signup', { email, password: PASSWORD })).status).toBe(202);
      const token = tokenOf(await smtp.waitForMail(email, /Verify/), '/verify');
      await app
        .get(DataSource)
        .query(
          `UPDATE auth_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
          [createHash('sha256').update(token).digest('hex')],
        );
      expectError(await post('verify', { token }), 400, INVALID_LINK);
      const login = await post('login', { email, password: PASSWORD });
      expectError(login, 403, /Verify your email address first/);
    });

    it('should refuse a forged or malformed link token', async () => {
      expectError(
        await post('verify', { token: randomBytes(32).toString('base64url') }),
        400,
        INVALID_LINK,
      );
      const malformed = await post('verify', { token: 'abc' });
      expectError(malformed, 400, 'token is not a valid link token');
      expect(malformed.body.details).toEqual([
        { field: 'token', messages: ['token is not a valid link token'] },
      ]);
      expectError(await post('verify', {}), 400, /token must be a string/);
    });

    it('should answer a signup with a taken email as a new one, and mail the owner', async () => {
      const again = await post('signup', { email: 'ada.lovelace@example.com', password: PASSWORD });
      expect(again.status).toBe(202);
      expect(again.body).toEqual({ message: SIGNUP_MESSAGE });
      const notice = await smtp.waitForMail('ada.lovelace@example.com', /already have/);
      expect(linkIn(notice, '/login').href).toBe(`${APP_URL}/login`);
    });

    it('should send a fresh verification link when an unverified address signs up again', async () => {
      const email = 'twice@example.com';
      expect((await post('signup', { email, password: PASSWORD })).status).toBe(202);
      const first = tokenOf(await smtp.waitForMail(email, /Verify/), '/verify');
      expect((await post('signup', { email, password: 'another-password-9' })).status).toBe(202);
      const second = tokenOf(await smtp.waitForMail(email, /Verify/), '/verify');
      // Only the newest link works, and the first password stays (the second signup changed nothing).
      expectError(await post('verify', { token: first }), 400, INVALID_LINK);
      expect((await post('verify', { token: second })).status).toBe(200);
      expect((await post('login', { email, password: PASSWORD })).status).toBe(200);
    });
  });

  describe('resending the verification link', () => {
    const RESEND =
      'If that address has an account waiting for verification, a new link is on its way.';

    it('should mail a new link that works, and retire the old one', async () => {
      const email = 'resend@example.com';
      expect((await post('signup', { email, password: PASSWORD })).status).toBe(202);
      const old = tokenOf(await smtp.waitForMail(email, /Verify/), '/verify');
      const resend = await post('resend-verification', { email: ' RESEND@example.com' });
      expect(resend.status).toBe(202);
      expect(resend.body).toEqual({ message: RESEND });
      const fresh = tokenOf(await smtp.waitForMail(email, /Verify/), '/verify');
      expect(fresh).not.toBe(old);
      expectError(await post('verify', { token: old }), 400, INVALID_LINK);
      expect((await post('verify', { token: fresh })).status).toBe(200);
    });

    it('should answer the same for an unknown or verified address and mail nothing', async () => {
      for (const email of ['nobody@example.com', 'resend@example.com']) {
        const response = await post('resend-verification', { email });
        expect(response.status).toBe(202);
        expect(response.body).toEqual({ message: RESEND });
      }
      await app.get(MailService).idle();
      expect(smtp.mailsTo('nobody@example.com')).toHaveLength(0);
      expect(smtp.mailsTo('resend@example.com')).toHaveLength(2);
    });
  });

  describe('logging in', () => {
    it('should give one answer for a wrong password and for an unknown email', async () => {
      const wrong = await post('login', {
        email: 'ada.lovelace@example.com',
        password: 'not-it-at-all',
      });
      const unknown = await post('login', { email: 'nobody@example.com', password: PASSWORD });
      expectError(wrong, 401, 'Invalid email or password.');
      expect(unknown.status).toBe(401);
      expect(unknown.body).toEqual(wrong.body);
    });

    it('should refuse a malformed request with 400 naming the field', async () => {
      const response = await post('login', { email: 'ada.lovelace@example.com' });
      expectError(response, 400, 'password must be a string');
      expect(response.body.details).toEqual([
        { field: 'password', messages: ['password must be a string'] },
      ]);
    });
  });

  describe('password rules', () => {
    const signupError = async (body: object, message: string, field: string) => {
      const response = await post('signup', body);
      expectError(response, 400, message);
      expect(response.body.details).toEqual([{ field, messages: [message] }]);
    };

    it('should refuse a malformed email', async () => {
      for (const email of ['not-an-email', 'a@b', 'two@@example.com', '']) {
        await signupError({ email, password: PASSWORD }, 'email must be an email', 'email');
      }
      await signupError(
        { email: `${'a'.repeat(250)}@example.com`, password: PASSWORD },
        'email must be shorter than or equal to 254 characters',
        'email',
      );
    });

    it('should refuse a short, a too long, a common password and the email itself', async () => {
      const email = 'rules@example.com';
      await signupError(
        { email, password: 'short7!' },
        'password must be at least 8 characters long',
        'password',
      );
      await signupError(
        { email, password: 'x'.repeat(257) },
        'password must be at most 256 characters long',
        'password',
      );
      for (const common of ['password1', 'Qwertyuiop', 'iloveyou2']) {
        await signupError(
          { email, password: common },
          'password is one of the most common passwords; choose a less guessable one',
          'password',
        );
      }
      await signupError(
        { email, password: 'Rules@Example.com' },
        'password must not be the email address',
        'password',
      );
    });

    it('should refuse unknown fields', async () => {
      const response = await post('signup', {
        email: 'extra@example.com',
        password: PASSWORD,
        is_verified: true,
      });
      expectError(response, 400, 'property is_verified should not exist');
    });

    it('should accept a long password with no composition rules and never truncate it', async () => {
      const long = `${'correct horse battery staple '.repeat(8)}`.slice(0, 200);
      await signUpAndVerify('long@example.com', long);
      expect((await post('login', { email: 'long@example.com', password: long })).status).toBe(200);
      const truncated = await post('login', {
        email: 'long@example.com',
        password: long.slice(0, 128),
      });
      expectError(truncated, 401, 'Invalid email or password.');
    });
  });

  describe('resetting a forgotten password', () => {
    const FORGOT = 'If that address has an account, a link to reset the password is on its way.';
    const NEW_PASSWORD = 'walnut-lantern-orbit-42';

    it('should reset the password through the mailed link and end older tokens', async () => {
      const email = 'forgetful@example.com';
      await signUpAndVerify(email);
      const before = (await post('login', { email, password: PASSWORD })).body.access_token;
      expect((await me(before)).status).toBe(200);

      const forgot = await post('forgot-password', { email: 'Forgetful@example.com' });
      expect(forgot.status).toBe(202);
      expect(forgot.body).toEqual({ message: FORGOT });
      const token = tokenOf(await smtp.waitForMail(email, /Reset your/), '/reset-password');

      passwords.add(NEW_PASSWORD);
      const reset = await post('reset-password', { token, new_password: NEW_PASSWORD });
      expect(reset.status).toBe(200);
      expect(reset.body).toEqual({
        message: 'Your password has been changed; log in with the new one.',
      });

      expectError(await me(before), 401, 'Invalid access token; log in again.');
      expectError(
        await post('login', { email, password: PASSWORD }),
        401,
        'Invalid email or password.',
      );
      expect((await post('login', { email, password: NEW_PASSWORD })).status).toBe(200);
      expectError(
        await post('reset-password', { token, new_password: 'yet-another-one-77' }),
        400,
        INVALID_LINK,
      );
    });

    it('should refuse an expired reset link and a weak new password', async () => {
      const email = 'forgetful@example.com';
      expect((await post('forgot-password', { email })).status).toBe(202);
      const token = tokenOf(await smtp.waitForMail(email, /Reset your/), '/reset-password');
      expectError(
        await post('reset-password', { token, new_password: 'password' }),
        400,
        'new_password is one of the most common passwords; choose a less guessable one',
      );
      await app
        .get(DataSource)
        .query(
          `UPDATE auth_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
          [createHash('sha256').update(token).digest('hex')],
        );
      expectError(
        await post('reset-password', { token, new_password: 'walnut-lantern-orbit-43' }),
        400,
        INVALID_LINK,
      );
    });

    it('should not take a verification link for a reset link', async () => {
      const email = 'crossed@example.com';
      expect((await post('signup', { email, password: PASSWORD })).status).toBe(202);
      const token = tokenOf(await smtp.waitForMail(email, /Verify/), '/verify');
      expectError(
        await post('reset-password', { token, new_password: 'walnut-lantern-orbit-44' }),
        400,
        INVALID_LINK,
      );
    });

    it('should answer the same for an unknown address and mail nothing', async () => {
      const response = await post('forgot-password', { email: 'stranger@example.com' });
      expect(response.status).toBe(202);
      expect(response.body).toEqual({ message: FORGOT });
      await app.get(MailService).idle();
      expect(smtp.mailsTo('stranger@example.com')).toHaveLength(0);
    });
  });

  describe('the audit log and secrets', () => {
    it('should record the security events with user, IP and time', async () => {
      const rows: { event: string; user_id: string | null; ip: string | null; created_at: Date }[] =
        await app.get(DataSource).query(`SELECT event, user_id, ip, created_at FROM audit_events`);
      const events = new Set(rows.map((row) => row.event));
      for (const event of [
        'signup',
        'signup_existing_email',
        'verify',
        'verification_resend',
        'login_ok',
        'login_failed',
        'password_reset_request',
        'password_reset',
      ]) {
        expect(events).toContain(event);
      }
      for (const row of rows) {
        expect(row.ip).toMatch(/127\.0\.0\.1|::1/);
        expect(row.created_at).toBeInstanceOf(Date);
      }
      const failures = rows.filter((row) => row.event === 'login_failed');
      expect(failures.some((row) => row.user_id === null)).toBe(true);
      expect(failures.some((row) => row.user_id !== null)).toBe(true);
    });

    it('should leave no password, hash or raw token in responses, logs or the audit log', async () => {
      await app.get(MailService).idle();
      const db = app.get(DataSource);
      const hashes: string[] = (await db.query(`SELECT password_hash FROM users`)).map(
        (row: { password_hash: string }) => row.password_hash,
      );
      const linkTokens = smtp.received.flatMap((mail) =>
        [...mail.text.matchAll(/token=([A-Za-z0-9_-]{43})/g)].map((match) => match[1]),
      );
      expect(hashes.length).toBeGreaterThan(5);
      expect(linkTokens.length).toBeGreaterThan(10);
      expect(accessTokens.length).toBeGreaterThan(3);

      const log = logs.text();
      // The capture works: the request log lines are there.
      expect(log).toContain('/api/v1/auth/login');
      const audit = JSON.stringify(await db.query(`SELECT * FROM audit_events`));
      const body = responses.join('\n');

      const secrets = [...hashes, ...linkTokens, ...passwords];
      for (const secret of secrets) {
        expect(body.includes(secret) ? secret : null).toBeNull();
        expect(log.includes(secret) ? secret : null).toBeNull();
        expect(audit.includes(secret) ? secret : null).toBeNull();
      }
      for (const token of accessTokens) {
        expect(log.includes(token) ? token : null).toBeNull();
      }
      expect(body).not.toMatch(/\$argon2/);
      expect(log).not.toMatch(/\$argon2/);
    });
  });
});
