import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { isUUID } from 'class-validator';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import type { AllConfig } from '../config';
import type { UserAuthState } from '../users/users.service';
import type { AccessTokenClaims } from './access-token.service';
import type { AuthenticatedUser } from './authenticated-user';

export const INVALID_TOKEN_MESSAGE = 'Invalid access token; log in again.';

/**
 * Reads `Authorization: Bearer <jwt>`, accepts HS256 only (no `none`, no other algorithm, so an
 * attacker cannot pick the verification) and an unexpired `exp`, then checks the user still exists
 * with the same token version: a deleted account or a changed password ends every older token.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: ConfigService<AllConfig, true>,
    private readonly dataSource: DataSource,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, made once: given a string, jsonwebtoken first tries it as a public key and
      // builds a key from the thrown error's fallback on every request.
      secretOrKey: createSecretKey(
        Buffer.from(config.get<string>('auth.secretKey', { infer: true }), 'utf8'),
      ) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: unknown): Promise<AuthenticatedUser> {
    if (!isClaims(payload)) {
      throw new UnauthorizedException(INVALID_TOKEN_MESSAGE);
    }
    const user = await this.findAuthState(payload.sub);
    if (!user || user.tokenVersion !== payload.ver) {
      throw new UnauthorizedException(INVALID_TOKEN_MESSAGE);
    }
    return { id: user.id, email: user.email };
  }

  /**
   * UsersService.findAuthState's lookup as plain SQL: it runs on every authenticated request, and
   * TypeORM's query building and hydration cost more CPU than the query itself.
   */
  private async findAuthState(id: string): Promise<UserAuthState | null> {
    const rows = await this.dataSource.query<
      { id: string; email: string; token_version: number }[]
    >('SELECT id, email, token_version FROM users WHERE id = $1', [id]);
    const row = rows[0];
    return row ? { id: row.id, email: row.email, tokenVersion: row.token_version } : null;
  }
}

function isClaims(payload: unknown): payload is AccessTokenClaims {
  const { sub, ver } = (payload ?? {}) as Partial<Record<keyof AccessTokenClaims, unknown>>;
  return typeof sub === 'string' && isUUID(sub) && Number.isInteger(ver);
}
