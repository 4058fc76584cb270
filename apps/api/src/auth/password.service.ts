import { Injectable, type OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { normalizePassword } from './password-policy';

/**
 * argon2id at OWASP's minimum (Password Storage Cheat Sheet): 19 MiB, 2 iterations, 1 lane.
 * The argon2 package hashes on libuv's thread pool, off the event loop.
 */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

@Injectable()
export class PasswordService implements OnModuleInit {
  /** Verified against when there is no user, so an unknown email costs what a wrong password does. */
  private dummyHash!: Promise<string>;

  onModuleInit(): void {
    this.dummyHash = this.hash(randomBytes(24).toString('base64url'));
    // Awaited where used; this only keeps a failure from being reported as unhandled meanwhile.
    this.dummyHash.catch(() => undefined);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(normalizePassword(password), ARGON2_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, normalizePassword(password));
    } catch {
      // A malformed stored hash matches nothing.
      return false;
    }
  }

  /** Spends the time of a verification and fails: for a login with an unknown email. */
  async verifyNothing(password: string): Promise<false> {
    await this.verify(await this.dummyHash, password);
    return false;
  }

  /** True when the hash was made with weaker parameters than today's; rehash at the next login. */
  needsRehash(hash: string): boolean {
    try {
      return argon2.needsRehash(hash, ARGON2_OPTIONS);
    } catch {
      return true;
    }
  }
}
