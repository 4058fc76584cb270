import { SetMetadata, type CustomDecorator } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'auth:public';

/**
 * Opts a route (or a whole controller) out of the global JWT guard. Every other route requires
 * `Authorization: Bearer <token>`; only signup, verify, resend, login, forgot/reset, health and the
 * docs are public.
 */
export const Public = (): CustomDecorator<string> => SetMetadata(IS_PUBLIC_KEY, true);
