import {
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@interview-prep/contracts';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * zxcvbn-ts' list of passwords found in breaches, most common first (49,000+, all lower-case).
 * Shipped with the project as a dependency, so the check needs no network.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary.passwords);

export const COMMON_PASSWORD_COUNT = COMMON_PASSWORDS.size;

/**
 * Passwords are compared and hashed in Unicode NFKC (NIST SP 800-63B 5.1.1.2), so the same password
 * typed on another keyboard or OS still matches.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Emails are compared and stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(normalizePassword(password).toLowerCase());
}

/**
 * Why a new password is refused, or null when it is fine. Only a length range and a list of common
 * passwords: no composition rules (NIST SP 800-63B, OWASP ASVS 6.2). Length counts characters
 * (code points), not UTF-16 units.
 */
export function passwordProblem(password: string, email?: unknown): string | null {
  const length = [...normalizePassword(password)].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  }
  if (isCommonPassword(password)) {
    return 'is one of the most common passwords; choose a less guessable one';
  }
  if (
    typeof email === 'string' &&
    email.length <= EMAIL_MAX_LENGTH &&
    normalizePassword(password).trim().toLowerCase() === normalizeEmail(email)
  ) {
    return 'must not be the email address';
  }
  return null;
}
