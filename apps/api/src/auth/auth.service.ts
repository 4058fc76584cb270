import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { LoginResponse, MessageResponse } from '@interview-prep/contracts';
import { DataSource } from 'typeorm';
import { MailService } from '../mail/mail.service';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { AuditService } from './audit.service';
import { AuthTokensService } from './auth-tokens.service';
import type { ForgotPasswordDto } from './dto/forgot-password.dto';
import type { LoginDto } from './dto/login.dto';
import type { ResendVerificationDto } from './dto/resend-verification.dto';
import type { ResetPasswordDto } from './dto/reset-password.dto';
import type { SignupDto } from './dto/signup.dto';
import type { VerifyEmailDto } from './dto/verify-email.dto';
import { PasswordService } from './password.service';

export const SIGNUP_MESSAGE = 'Check your inbox for a link to verify your email address.';
export const RESEND_MESSAGE =
  'If that address has an account waiting for verification, a new link is on its way.';
export const FORGOT_PASSWORD_MESSAGE =
  'If that address has an account, a link to reset the password is on its way.';
export const VERIFIED_MESSAGE = 'Your email address is verified; you can log in now.';
export const RESET_MESSAGE = 'Your password has been changed; log in with the new one.';
export const LOGIN_FAILED_MESSAGE = 'Invalid email or password.';
export const UNVERIFIED_MESSAGE =
  'Verify your email address first: open the link we sent you, or ask for a new one ' +
  '(POST /api/v1/auth/resend-verification).';

/**
 * The public account flows. None of them tells whether an email has an account: signup with a
 * taken address, resend and forgot-password answer as for success, after the same work (the
 * password is hashed either way, mails go out in the background), and every failed login gets one
 * message after one password verification.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly tokens: AuthTokensService,
    private readonly accessTokens: AccessTokenService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  async signup(dto: SignupDto, ip: string): Promise<MessageResponse> {
    const passwordHash = await this.passwords.hash(dto.password);
    const created = await this.createUnverifiedUser(dto, passwordHash, ip);
    if (created) {
      this.mail.sendVerificationLink(created.user.email, created.token);
      return { message: SIGNUP_MESSAGE };
    }
    // The address has an account: tell its owner, and help them finish an abandoned signup.
    const existing = await this.users.findByEmail(dto.email);
    if (existing) {
      await this.audit.record('signup_existing_email', { userId: existing.id, ip });
      if (existing.isVerified) {
        this.mail.sendAccountExistsNotice(existing.email);
      } else {
        const token = await this.tokens.issue(existing.id, 'verify_email');
        this.mail.sendVerificationLink(existing.email, token);
      }
    }
    return { message: SIGNUP_MESSAGE };
  }

  async verifyEmail(dto: VerifyEmailDto, ip: string): Promise<MessageResponse> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(dto.token, 'verify_email', manager);
      await this.users.markVerified(userId, manager);
      await this.audit.record('verify', { userId, ip }, manager);
    });
    return { message: VERIFIED_MESSAGE };
  }

  async resendVerification(dto: ResendVerificationDto, ip: string): Promise<MessageResponse> {
    const user = await this.users.findByEmail(dto.email);
    if (user && !user.isVerified) {
      const token = await this.tokens.issue(user.id, 'verify_email');
      await this.audit.record('verification_resend', { userId: user.id, ip });
      this.mail.sendVerificationLink(user.email, token);
    }
    return { message: RESEND_MESSAGE };
  }

  async login(dto: LoginDto, ip: string): Promise<LoginResponse> {
    const user = await this.users.findByEmailWithPassword(dto.email);
    const valid = user
      ? await this.passwords.verify(user.passwordHash, dto.password)
      : await this.passwords.verifyNothing(dto.password);
    if (!user || !valid) {
      await this.audit.record('login_failed', {
        userId: user?.id ?? null,
        ip,
        metadata: { reason: user ? 'wrong_password' : 'unknown_email' },
      });
      throw new UnauthorizedException(LOGIN_FAILED_MESSAGE);
    }
    // Only someone who knows the password learns that the account waits for verification.
    if (!user.isVerified) {
      await this.audit.record('login_failed', {
        userId: user.id,
        ip,
        metadata: { reason: 'unverified' },
      });
      throw new ForbiddenException(UNVERIFIED_MESSAGE);
    }
    if (this.passwords.needsRehash(user.passwordHash)) {
      await this.users.rehashPassword(user.id, await this.passwords.hash(dto.password));
    }
    await this.audit.record('login_ok', { userId: user.id, ip });
    return this.accessTokens.issue(user);
  }

  async forgotPassword(dto: ForgotPasswordDto, ip: string): Promise<MessageResponse> {
    const user = await this.users.findByEmail(dto.email);
    if (user) {
      const token = await this.tokens.issue(user.id, 'reset_password');
      await this.audit.record('password_reset_request', { userId: user.id, ip });
      this.mail.sendPasswordResetLink(user.email, token);
    }
    return { message: FORGOT_PASSWORD_MESSAGE };
  }

  /** Sets the new password, ends every access token, and verifies the email (the link proved it). */
  async resetPassword(dto: ResetPasswordDto, ip: string): Promise<MessageResponse> {
    const passwordHash = await this.passwords.hash(dto.new_password);
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(dto.token, 'reset_password', manager);
      await this.users.setPassword(userId, passwordHash, manager);
      await this.users.markVerified(userId, manager);
      await this.tokens.revokeAll(userId, 'verify_email', manager);
      await this.audit.record('password_reset', { userId, ip }, manager);
    });
    return { message: RESET_MESSAGE };
  }

  /** The new user and its verification token, or null when the email is taken. */
  private async createUnverifiedUser(
    dto: SignupDto,
    passwordHash: string,
    ip: string,
  ): Promise<{ user: UserEntity; token: string } | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await this.users.create(
          { email: dto.email, passwordHash, fullName: dto.full_name || null },
          manager,
        );
        const token = await this.tokens.issue(user.id, 'verify_email', manager);
        await this.audit.record('signup', { userId: user.id, ip }, manager);
        return { user, token };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        return null;
      }
      throw error;
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  const { code, driverError } = (error ?? {}) as {
    code?: unknown;
    driverError?: { code?: unknown };
  };
  return code === '23505' || driverError?.code === '23505';
}
