import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { MailService } from '../mail/mail.service';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { AuditService } from './audit.service';
import { AuthTokensService } from './auth-tokens.service';
import { AuthService, LOGIN_FAILED_MESSAGE } from './auth.service';
import { PasswordService } from './password.service';

const user = (overrides: Partial<UserEntity> = {}) =>
  ({
    id: '6f1c2a9e-3b7d-4e59-9a41-0c8d5b2e7f10',
    email: 'ada@example.com',
    isVerified: true,
    passwordHash: '$argon2id$stored',
    tokenVersion: 0,
    ...overrides,
  }) as UserEntity & { passwordHash: string };

describe('AuthService', () => {
  const users = {
    create: jest.fn(),
    findByEmail: jest.fn(),
    findByEmailWithPassword: jest.fn(),
    rehashPassword: jest.fn(),
  };
  const passwords = {
    hash: jest.fn().mockResolvedValue('$argon2id$new'),
    verify: jest.fn(),
    verifyNothing: jest.fn().mockResolvedValue(false),
    needsRehash: jest.fn().mockReturnValue(false),
  };
  const tokens = { issue: jest.fn().mockResolvedValue('link-token') };
  const mail = {
    sendVerificationLink: jest.fn(),
    sendAccountExistsNotice: jest.fn(),
    sendPasswordResetLink: jest.fn(),
  };
  const audit = { record: jest.fn() };
  const accessTokens = { issue: jest.fn().mockResolvedValue({ access_token: 'jwt' }) };
  let auth: AuthService;

  beforeEach(async () => {
    jest.clearAllMocks();
    const moduleRef = await Test.createTestingModule({
      providers: [
        AuthService,
        {
          provide: DataSource,
          useValue: { transaction: (work: (m: object) => unknown) => work({}) },
        },
        { provide: UsersService, useValue: users },
        { provide: PasswordService, useValue: passwords },
        { provide: AuthTokensService, useValue: tokens },
        { provide: MailService, useValue: mail },
        { provide: AuditService, useValue: audit },
        { provide: AccessTokenService, useValue: accessTokens },
      ],
    }).compile();
    auth = moduleRef.get(AuthService);
  });

  const signup = { email: 'ada@example.com', password: 'plum-tractor-quietly-7' };
  const taken = Object.assign(new Error('duplicate key'), { code: '23505' });

  describe('signup', () => {
    it('should hash the password and answer the same when the email is taken', async () => {
      users.create.mockResolvedValueOnce(user({ isVerified: false }));
      const fresh = await auth.signup(signup, '203.0.113.7');
      users.create.mockRejectedValueOnce(taken);
      users.findByEmail.mockResolvedValueOnce(user());
      const again = await auth.signup(signup, '203.0.113.7');
      expect(again).toEqual(fresh);
      expect(passwords.hash).toHaveBeenCalledTimes(2);
    });

    it('should tell a verified owner by mail instead of creating a second account', async () => {
      users.create.mockRejectedValueOnce(taken);
      users.findByEmail.mockResolvedValueOnce(user());
      await auth.signup(signup, '203.0.113.7');
      expect(mail.sendAccountExistsNotice).toHaveBeenCalledWith('ada@example.com');
      expect(mail.sendVerificationLink).not.toHaveBeenCalled();
      expect(audit.record).toHaveBeenCalledWith('signup_existing_email', expect.anything());
    });

    it('should send a new verification link to an unverified owner', async () => {
      users.create.mockRejectedValueOnce(taken);
      users.findByEmail.mockResolvedValueOnce(user({ isVerified: false }));
      await auth.signup(signup, '203.0.113.7');
      expect(mail.sendVerificationLink).toHaveBeenCalledWith('ada@example.com', 'link-token');
    });

    it('should let other database errors through', async () => {
      users.create.mockRejectedValueOnce(new Error('connection lost'));
      await expect(auth.signup(signup, '203.0.113.7')).rejects.toThrow('connection lost');
    });
  });

  describe('login', () => {
    const login = { email: 'ada@example.com', password: 'plum-tractor-quietly-7' };

    it('should spend a verification on an unknown email and answer as for a wrong password', async () => {
      users.findByEmailWithPassword.mockResolvedValueOnce(null);
      const unknown = auth.login(login, '203.0.113.7');
      await expect(unknown).rejects.toThrow(new UnauthorizedException(LOGIN_FAILED_MESSAGE));
      expect(passwords.verifyNothing).toHaveBeenCalledWith(login.password);

      users.findByEmailWithPassword.mockResolvedValueOnce(user());
      passwords.verify.mockResolvedValueOnce(false);
      const wrong = auth.login(login, '203.0.113.7');
      await expect(wrong).rejects.toThrow(new UnauthorizedException(LOGIN_FAILED_MESSAGE));
      expect(audit.record).toHaveBeenCalledWith(
        'login_failed',
        expect.objectContaining({ metadata: { reason: 'wrong_password' } }),
      );
    });

    it('should reveal a missing verification only to the right password', async () => {
      users.findByEmailWithPassword.mockResolvedValue(user({ isVerified: false }));
      passwords.verify.mockResolvedValueOnce(false);
      await expect(auth.login(login, '203.0.113.7')).rejects.toBeInstanceOf(UnauthorizedException);
      passwords.verify.mockResolvedValueOnce(true);
      await expect(auth.login(login, '203.0.113.7')).rejects.toBeInstanceOf(ForbiddenException);
      users.findByEmailWithPassword.mockReset();
    });

    it('should rehash a password stored with weaker parameters', async () => {
      users.findByEmailWithPassword.mockResolvedValueOnce(user());
      passwords.verify.mockResolvedValueOnce(true);
      passwords.needsRehash.mockReturnValueOnce(true);
      await expect(auth.login(login, '203.0.113.7')).resolves.toEqual({ access_token: 'jwt' });
      expect(users.rehashPassword).toHaveBeenCalledWith(user().id, '$argon2id$new');
    });
  });

  it('should answer resend and forgot-password for an unknown email and mail nothing', async () => {
    users.findByEmail.mockResolvedValue(null);
    const resend = await auth.resendVerification({ email: 'nobody@example.com' }, '203.0.113.7');
    const forgot = await auth.forgotPassword({ email: 'nobody@example.com' }, '203.0.113.7');
    expect(resend.message).toMatch(/^If that address/);
    expect(forgot.message).toMatch(/^If that address/);
    expect(tokens.issue).not.toHaveBeenCalled();
    expect(mail.sendVerificationLink).not.toHaveBeenCalled();
    expect(mail.sendPasswordResetLink).not.toHaveBeenCalled();
  });
});
