import type { INestApplication } from '@nestjs/common';
import type { UserPreferences } from '@interview-prep/contracts';
import { randomUUID } from 'node:crypto';
import { AccessTokenService } from '../../src/auth/access-token.service';
import { PasswordService } from '../../src/auth/password.service';
import { UsersService } from '../../src/users/users.service';

export interface TestUser {
  /** An access token, for `authHeader(token)`. */
  readonly token: string;
  readonly userId: string;
  readonly email: string;
  readonly password: string;
}

export interface TestUserOverrides {
  readonly email?: string;
  readonly password?: string;
  readonly fullName?: string | null;
  readonly preferences?: UserPreferences;
}

export const TEST_PASSWORD = 'plum-tractor-quietly-7';

/** argon2 is slow by design: each password is hashed once per test file and the hash reused. */
const hashes = new Map<string, Promise<string>>();

/**
 * A verified user and an access token, made through the services (no mail, no HTTP), fast enough
 * to call in every test. Emails are unique unless given.
 *
 *   const { token, userId } = await registerVerifiedUser(app);
 *   await request(app.getHttpServer()).get('/api/v1/sessions').set(authHeader(token)).expect(200);
 */
export async function registerVerifiedUser(
  app: INestApplication,
  overrides: TestUserOverrides = {},
): Promise<TestUser> {
  const email = (overrides.email ?? `user-${randomUUID()}@example.test`).trim().toLowerCase();
  const password = overrides.password ?? TEST_PASSWORD;
  let hash = hashes.get(password);
  if (!hash) {
    hash = app.get(PasswordService).hash(password);
    hashes.set(password, hash);
  }
  const user = await app.get(UsersService).create({
    email,
    passwordHash: await hash,
    fullName: overrides.fullName ?? null,
    isVerified: true,
    preferences: overrides.preferences,
  });
  const { access_token } = await app.get(AccessTokenService).issue(user);
  return { token: access_token, userId: user.id, email, password };
}

/** The header of an authenticated request: `.set(authHeader(token))`. */
export function authHeader(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}
