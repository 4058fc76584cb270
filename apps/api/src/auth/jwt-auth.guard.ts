import { Injectable, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyReply } from 'fastify';
import { IS_PUBLIC_KEY } from './public.decorator';
import { INVALID_TOKEN_MESSAGE } from './jwt.strategy';

export const MISSING_TOKEN_MESSAGE = 'Authentication required: send Authorization: Bearer <token>.';
export const EXPIRED_TOKEN_MESSAGE = 'Your session has expired; log in again.';

/**
 * The global guard (APP_GUARD in AuthModule): every route needs a valid bearer token unless it is
 * marked @Public(). Failures are 401 with a fixed message and a `WWW-Authenticate` header
 * (RFC 6750); a database failure during the check stays a 503, not a 401.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext): Promise<boolean> | boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    return isPublic === true || (super.canActivate(context) as Promise<boolean>);
  }

  override handleRequest<TUser>(
    error: unknown,
    user: TUser | false,
    info: unknown,
    context: ExecutionContext,
  ): TUser {
    if (error && !(error instanceof UnauthorizedException)) {
      throw error;
    }
    if (!error && user) {
      return user;
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const reason = failureReason(error, info);
    void reply.header(
      'WWW-Authenticate',
      reason === 'missing' ? 'Bearer realm="api"' : 'Bearer realm="api", error="invalid_token"',
    );
    throw new UnauthorizedException(
      reason === 'missing'
        ? MISSING_TOKEN_MESSAGE
        : reason === 'expired'
          ? EXPIRED_TOKEN_MESSAGE
          : INVALID_TOKEN_MESSAGE,
    );
  }
}

/** passport-jwt reports a missing token as "No auth token" and jsonwebtoken's errors by name. */
function failureReason(error: unknown, info: unknown): 'missing' | 'expired' | 'invalid' {
  if (error) {
    return 'invalid';
  }
  const { name, message } = (info ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'TokenExpiredError') {
    return 'expired';
  }
  return message === 'No auth token' ? 'missing' : 'invalid';
}
