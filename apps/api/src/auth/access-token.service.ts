import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import type { LoginResponse } from '@interview-prep/contracts';
import type { AllConfig } from '../config';
import { toUserProfile } from '../users/user-profile';
import type { UserEntity } from '../users/user.entity';

/** The claims of an access token besides `iat` and `exp`. */
export interface AccessTokenClaims {
  /** The user's id. */
  readonly sub: string;
  /** The user's token version when the token was issued; see UserEntity.tokenVersion. */
  readonly ver: number;
}

/** Issues access tokens: HS256 JWTs signed with SECRET_KEY, living JWT_EXPIRES_IN seconds. */
@Injectable()
export class AccessTokenService {
  private readonly expiresIn: number;

  constructor(
    private readonly jwt: JwtService,
    config: ConfigService<AllConfig, true>,
  ) {
    this.expiresIn = config.get('auth.jwtExpiresInSeconds', { infer: true });
  }

  async issue(user: UserEntity): Promise<LoginResponse> {
    const claims: AccessTokenClaims = { sub: user.id, ver: user.tokenVersion };
    return {
      access_token: await this.jwt.signAsync(claims),
      token_type: 'bearer',
      expires_in: this.expiresIn,
      user: toUserProfile(user),
    };
  }
}
