import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from './authenticated-user';

export type { AuthenticatedUser } from './authenticated-user';

/**
 * The signed-in user, set by the global JWT guard:
 *
 *   @Get() list(@CurrentUser() user: AuthenticatedUser) { return this.sessions.list(user.id); }
 *
 * On a @Public() route there is none, and using it there is a programming error answered with 401.
 */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const { user } = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>();
    if (!user) {
      throw new UnauthorizedException('Authentication required.');
    }
    return user;
  },
);
