import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  RESET_PASSWORD_TOKEN_TTL_SECONDS,
  VERIFY_EMAIL_TOKEN_TTL_SECONDS,
} from '@interview-prep/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager, Repository } from 'typeorm';
import { AuthTokenEntity, type AuthTokenPurpose } from './auth-token.entity';

const TTL_SECONDS: Readonly<Record<AuthTokenPurpose, number>> = {
  verify_email: VERIFY_EMAIL_TOKEN_TTL_SECONDS,
  reset_password: RESET_PASSWORD_TOKEN_TTL_SECONDS,
};

export const INVALID_LINK_MESSAGE = 'This link is invalid or has expired; ask for a new one.';

/** 32 random bytes, base64url: 43 characters, safe in a URL. */
export const AUTH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The single-use tokens sent by mail. The raw token exists only in the mail; the table keeps its
 * SHA-256, so a database leak gives nobody a working link. Expiry is checked on the database's
 * clock, the one that wrote it.
 */
@Injectable()
export class AuthTokensService {
  constructor(
    @InjectRepository(AuthTokenEntity)
    private readonly tokens: Repository<AuthTokenEntity>,
  ) {}

  /** A new token for the user; the user's earlier unused tokens of this purpose stop working. */
  async issue(userId: string, purpose: AuthTokenPurpose, manager?: EntityManager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.revokeAll(userId, purpose, manager);
    await this.repo(manager)
      .createQueryBuilder()
      .insert()
      .values({
        userId,
        purpose,
        tokenHash: hashToken(token),
        expiresAt: () => `now() + make_interval(secs => ${TTL_SECONDS[purpose]})`,
      })
      .execute();
    return token;
  }

  /**
   * Uses the token up and returns its user. Unknown, used, expired and malformed tokens all get the
   * same 400. One UPDATE, so two requests racing with the same token cannot both win.
   */
  async consume(
    token: string,
    purpose: AuthTokenPurpose,
    manager?: EntityManager,
  ): Promise<string> {
    const result = await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :hash', { hash: hashToken(token) })
      .andWhere('purpose = :purpose', { purpose })
      .andWhere('used_at IS NULL')
      .andWhere('expires_at > now()')
      .returning(['userId'])
      .execute();
    const rows = result.raw as { user_id: string }[];
    if (rows.length === 0) {
      throw new BadRequestException(INVALID_LINK_MESSAGE);
    }
    return rows[0].user_id;
  }

  async revokeAll(
    userId: string,
    purpose: AuthTokenPurpose,
    manager?: EntityManager,
  ): Promise<void> {
    await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId', { userId })
      .andWhere('purpose = :purpose', { purpose })
      .andWhere('used_at IS NULL')
      .execute();
  }

  private repo(manager?: EntityManager): Repository<AuthTokenEntity> {
    return manager ? manager.getRepository(AuthTokenEntity) : this.tokens;
  }
}
