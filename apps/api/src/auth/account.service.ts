import { BadRequestException, Injectable } from '@nestjs/common';
import type { LoginResponse, UserProfile } from '@interview-prep/contracts';
import { DataSource } from 'typeorm';
import { mergePreferences } from '../users/user-preferences';
import { toUserProfile } from '../users/user-profile';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { AuditService } from './audit.service';
import { AuthTokensService } from './auth-tokens.service';
import type { AuthenticatedUser } from './authenticated-user';
import type { ChangePasswordDto } from './dto/change-password.dto';
import type { DeleteAccountDto } from './dto/delete-account.dto';
import type { UpdateProfileDto } from './dto/update-profile.dto';
import { passwordProblem } from './password-policy';
import { PasswordService } from './password.service';

export const WRONG_CURRENT_PASSWORD_MESSAGE = 'The current password is incorrect.';
export const WRONG_PASSWORD_MESSAGE = 'The password is incorrect.';

/** The signed-in user's own account: profile, password, deletion. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly tokens: AuthTokensService,
    private readonly accessTokens: AccessTokenService,
    private readonly audit: AuditService,
  ) {}

  async profile(user: AuthenticatedUser): Promise<UserProfile> {
    return toUserProfile(await this.users.findOrFail(user.id));
  }

  async updateProfile(user: AuthenticatedUser, dto: UpdateProfileDto): Promise<UserProfile> {
    const current = await this.users.findOrFail(user.id);
    const updated = await this.users.updateProfile(user.id, {
      fullName: dto.full_name === undefined ? undefined : dto.full_name || null,
      preferences: dto.preferences && mergePreferences(current.preferences, dto.preferences),
    });
    return toUserProfile(updated);
  }

  /** Answers with a new token: the change ends every token issued before, this one included. */
  async changePassword(
    user: AuthenticatedUser,
    dto: ChangePasswordDto,
    ip: string,
  ): Promise<LoginResponse> {
    const account = await this.users.findByIdWithPasswordOrFail(user.id);
    if (!(await this.passwords.verify(account.passwordHash, dto.current_password))) {
      await this.audit.record('password_change_failed', { userId: user.id, ip });
      throw new BadRequestException(WRONG_CURRENT_PASSWORD_MESSAGE);
    }
    const problem = passwordProblem(dto.new_password, account.email);
    if (problem) {
      throw new BadRequestException(`new_password ${problem}`);
    }
    const passwordHash = await this.passwords.hash(dto.new_password);
    const tokenVersion = await this.dataSource.transaction(async (manager) => {
      const version = await this.users.setPassword(user.id, passwordHash, manager);
      await this.tokens.revokeAll(user.id, 'reset_password', manager);
      await this.audit.record('password_change', { userId: user.id, ip }, manager);
      return version;
    });
    return this.accessTokens.issue({ ...account, tokenVersion });
  }

  /** Deletes the user; the database deletes their sessions, history and tokens with it. */
  async deleteAccount(user: AuthenticatedUser, dto: DeleteAccountDto, ip: string): Promise<void> {
    const account = await this.users.findByIdWithPasswordOrFail(user.id);
    if (!(await this.passwords.verify(account.passwordHash, dto.password))) {
      await this.audit.record('account_delete_failed', { userId: user.id, ip });
      throw new BadRequestException(WRONG_PASSWORD_MESSAGE);
    }
    await this.dataSource.transaction(async (manager) => {
      // Recorded first: the row outlives the user, its user_id set to null by the foreign key.
      await this.audit.record('account_delete', { userId: user.id, ip }, manager);
      await this.users.delete(user.id, manager);
    });
  }
}
