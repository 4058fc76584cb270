/** The base path of every API route. */
export const API_PREFIX = 'api/v1';

/** A field that failed validation, and why. */
export interface ApiErrorDetail {
  readonly field: string;
  readonly messages: readonly string[];
}

/** The one shape of every error the API returns, whatever the cause. */
export interface ApiError {
  readonly statusCode: number;
  /** The HTTP status text, e.g. "Bad Request". */
  readonly error: string;
  /** Short and fixed; safe to show to the user. */
  readonly message: string;
  readonly details?: readonly ApiErrorDetail[];
}

/** A page of a list. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly page_size: number;
}

export interface HealthStatus {
  readonly status: 'ok' | 'error' | 'shutting_down';
  readonly info?: Record<string, { status: string }>;
  readonly error?: Record<string, { status: string }>;
}
