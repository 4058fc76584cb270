import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { isUUID } from 'class-validator';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AllConfig } from '../config';
import { UsersService } from '../users/users.service';
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
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.get('auth.secretKey', { infer: true }),
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: unknown): Promise<AuthenticatedUser> {
    if (!isClaims(payload)) {
      throw new UnauthorizedException(INVALID_TOKEN_MESSAGE);
    }
    const user = await this.users.findAuthState(payload.sub);
    if (!user || user.tokenVersion !== payload.ver) {
      throw new UnauthorizedException(INVALID_TOKEN_MESSAGE);
    }
    return { id: user.id, email: user.email };
  }
}

function isClaims(payload: unknown): payload is AccessTokenClaims {
  const { sub, ver } = (payload ?? {}) as Partial<Record<keyof AccessTokenClaims, unknown>>;
  return typeof sub === 'string' && isUUID(sub) && Number.isInteger(ver);
}
