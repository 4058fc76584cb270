import type { Company, Difficulty, SessionTrack } from './interview.constants';

/*
 * Accounts on the wire: signup, email verification, login, the profile and password management.
 * Field names are snake_case, like the original's (`access_token`, `full_name`).
 */

/** Route paths under API_PREFIX; the web app and the API use the same strings. */
export const AUTH_PATHS = {
  signup: 'auth/signup',
  verify: 'auth/verify',
  resendVerification: 'auth/resend-verification',
  login: 'auth/login',
  forgotPassword: 'auth/forgot-password',
  resetPassword: 'auth/reset-password',
  me: 'auth/me',
  changePassword: 'auth/change-password',
} as const;

/**
 * Password rules (NIST SP 800-63B, OWASP ASVS 6.2): a length range and a common-password list, no
 * composition rules. Passwords are never truncated; the maximum only bounds the request.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
export const EMAIL_MAX_LENGTH = 254;
export const FULL_NAME_MAX_LENGTH = 120;

/** Lifetimes of the single-use links sent by mail. */
export const VERIFY_EMAIL_TOKEN_TTL_SECONDS = 24 * 3600;
export const RESET_PASSWORD_TOKEN_TTL_SECONDS = 3600;

/** Defaults for new interviews, chosen on the profile page. */
export interface UserPreferences {
  readonly track?: SessionTrack;
  readonly company?: Company;
  readonly difficulty?: Difficulty;
  /** Read the interviewer's messages aloud. */
  readonly voice?: boolean;
}

/** A partial update of the preferences: a value sets it, `null` clears it, absent keeps it. */
export type UserPreferencesUpdate = {
  readonly [K in keyof UserPreferences]?: UserPreferences[K] | null;
};

export interface UserProfile {
  readonly id: string;
  readonly email: string;
  readonly full_name: string | null;
  readonly is_verified: boolean;
  readonly preferences: UserPreferences;
  /** ISO 8601. */
  readonly created_at: string;
}

export interface SignupRequest {
  readonly email: string;
  readonly password: string;
  readonly full_name?: string;
}

export interface VerifyEmailRequest {
  /** The `token` query parameter of the link in the mail. */
  readonly token: string;
}

export interface ResendVerificationRequest {
  readonly email: string;
}

export interface LoginRequest {
  readonly email: string;
  readonly password: string;
}

export interface LoginResponse {
  /** A JWT to send as `Authorization: Bearer <access_token>`. */
  readonly access_token: string;
  readonly token_type: 'bearer';
  /** Seconds until the access token expires. */
  readonly expires_in: number;
  readonly user: UserProfile;
}

export interface UpdateProfileRequest {
  /** `null` clears the name. */
  readonly full_name?: string | null;
  readonly preferences?: UserPreferencesUpdate;
}

/** Answered with a new LoginResponse: tokens issued before the change stop working. */
export interface ChangePasswordRequest {
  readonly current_password: string;
  readonly new_password: string;
}

export interface ForgotPasswordRequest {
  readonly email: string;
}

export interface ResetPasswordRequest {
  /** The `token` query parameter of the link in the mail. */
  readonly token: string;
  readonly new_password: string;
}

export interface DeleteAccountRequest {
  readonly password: string;
}

/** The answer of routes that only acknowledge, e.g. signup: the same whether or not the email exists. */
export interface MessageResponse {
  readonly message: string;
}
