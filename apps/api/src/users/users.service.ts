import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UserPreferences } from '@interview-prep/contracts';
import { type EntityManager, Repository } from 'typeorm';
import { UserEntity } from './user.entity';

export interface NewUser {
  /** Already normalized (trimmed, lower-case). */
  readonly email: string;
  readonly passwordHash: string;
  readonly fullName?: string | null;
  readonly isVerified?: boolean;
  readonly preferences?: UserPreferences;
}

/** What the JWT guard needs of a user on every request: one primary-key lookup. */
export type UserAuthState = Pick<UserEntity, 'id' | 'email' | 'tokenVersion'>;

/** A user together with the password hash, which is never selected otherwise. */
export type UserWithPassword = UserEntity & { passwordHash: string };

/**
 * The users table. Methods that take part in a larger change accept the caller's transaction
 * (`manager`); without one they run on their own.
 */
@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async findOrFail(id: string, manager?: EntityManager): Promise<UserEntity> {
    const user = await this.repo(manager).findOneBy({ id });
    if (!user) {
      throw new NotFoundException('User not found.');
    }
    return user;
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOneBy({ email });
  }

  findByEmailWithPassword(email: string): Promise<UserWithPassword | null> {
    return this.withPassword().where('user.email = :email', { email }).getOne();
  }

  async findByIdWithPasswordOrFail(id: string): Promise<UserWithPassword> {
    const user = await this.withPassword().where('user.id = :id', { id }).getOne();
    if (!user) {
      throw new NotFoundException('User not found.');
    }
    return user;
  }

  findAuthState(id: string): Promise<UserAuthState | null> {
    return this.users.findOne({
      where: { id },
      select: { id: true, email: true, tokenVersion: true },
    });
  }

  /** Throws the driver's unique violation (code 23505) when the email is taken. */
  create(user: NewUser, manager?: EntityManager): Promise<UserEntity> {
    const repo = this.repo(manager);
    return repo.save(
      repo.create({
        email: user.email,
        passwordHash: user.passwordHash,
        fullName: user.fullName ?? null,
        isVerified: user.isVerified ?? false,
        verifiedAt: user.isVerified ? new Date() : null,
        preferences: user.preferences ?? {},
      }),
    );
  }

  async markVerified(id: string, manager?: EntityManager): Promise<void> {
    await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set({ isVerified: true, verifiedAt: () => 'COALESCE(verified_at, now())' })
      .where('id = :id', { id })
      .execute();
  }

  /** Stores a new hash and moves the token version on, so every access token issued so far dies. */
  async setPassword(id: string, passwordHash: string, manager?: EntityManager): Promise<number> {
    const result = await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set({ passwordHash, tokenVersion: () => 'token_version + 1' })
      .where('id = :id', { id })
      .returning(['tokenVersion'])
      .execute();
    const rows = result.raw as { token_version: number }[];
    if (rows.length === 0) {
      throw new NotFoundException('User not found.');
    }
    return rows[0].token_version;
  }

  /** A new hash of the same password (stronger parameters), tokens untouched. */
  async rehashPassword(id: string, passwordHash: string): Promise<void> {
    await this.users.update({ id }, { passwordHash });
  }

  async updateProfile(
    id: string,
    changes: { fullName?: string | null; preferences?: UserPreferences },
  ): Promise<UserEntity> {
    const set: Partial<Pick<UserEntity, 'fullName' | 'preferences'>> = {};
    if (changes.fullName !== undefined) {
      set.fullName = changes.fullName;
    }
    if (changes.preferences !== undefined) {
      set.preferences = changes.preferences;
    }
    if (Object.keys(set).length > 0) {
      await this.users.update({ id }, set);
    }
    return this.findOrFail(id);
  }

  /** Deletes the user; the foreign keys delete what is theirs (sessions, tokens, history). */
  async delete(id: string, manager?: EntityManager): Promise<void> {
    await this.repo(manager).delete({ id });
  }

  private withPassword() {
    return this.users.createQueryBuilder('user').addSelect('user.passwordHash');
  }

  private repo(manager?: EntityManager): Repository<UserEntity> {
    return manager ? manager.getRepository(UserEntity) : this.users;
  }
}
