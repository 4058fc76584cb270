import type { ApiError, ApiErrorDetail } from '@interview-prep/contracts';

/**
 * Every failure the UI shows, whatever its cause (an API error, no network, a broken stream), in
 * the API's one error shape. An Error subclass so that resources and `catch` keep it as it is.
 */
export class AppError extends Error implements ApiError {
  override readonly name = 'AppError';

  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
    readonly details?: readonly ApiErrorDetail[],
    /** Seconds from a 429's Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  /** The server could not be reached or is unavailable (proxy or database down). */
  get isServerDown(): boolean {
    return isServerDownStatus(this.statusCode);
  }

  /** The messages of one field, for showing beside it. */
  fieldMessages(field: string): readonly string[] {
    return this.details?.find((detail) => detail.field === field)?.messages ?? [];
  }
}

export const NETWORK_ERROR_MESSAGE =
  'The server cannot be reached. Check your connection and try again; nothing you typed is lost.';

export function isServerDownStatus(status: number): boolean {
  return status === 0 || status === 502 || status === 503 || status === 504;
}

function isApiErrorBody(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ApiError).statusCode === 'number' &&
    typeof (body as ApiError).message === 'string'
  );
}

function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (!value) {
    return undefined;
  }
  const seconds = Number(value);
  if (Number.isFinite(seconds)) {
    return Math.max(0, Math.ceil(seconds));
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Turns a status, a body (parsed JSON, text or nothing) and a Retry-After header into an AppError. */
export function toAppError(
  status: number,
  body: unknown,
  retryAfter?: string | null,
  statusText = '',
): AppError {
  if (status === 0) {
    return new AppError(0, 'Network Error', NETWORK_ERROR_MESSAGE);
  }
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = null;
    }
  }
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  if (status === 429) {
    const wait = retryAfterSeconds === undefined ? 'a little' : `${retryAfterSeconds} seconds`;
    return new AppError(
      429,
      'Too Many Requests',
      `Too many attempts. Try again in ${wait}.`,
      undefined,
      retryAfterSeconds,
    );
  }
  if (isApiErrorBody(parsed)) {
    return new AppError(
      parsed.statusCode,
      parsed.error,
      parsed.message,
      parsed.details,
      retryAfterSeconds,
    );
  }
  if (isServerDownStatus(status)) {
    return new AppError(status, statusText || 'Service Unavailable', NETWORK_ERROR_MESSAGE);
  }
  return new AppError(
    status,
    statusText || 'Error',
    `Something went wrong (HTTP ${status}). Please try again.`,
  );
}

/** Any thrown value as an AppError, for code that catches. */
export function asAppError(error: unknown): AppError {
  if (error instanceof AppError) {
    return error;
  }
  if (error instanceof TypeError) {
    // fetch rejects with a TypeError when the network fails.
    return toAppError(0, null);
  }
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new AppError(0, 'Aborted', 'The request was cancelled.');
  }
  return new AppError(
    0,
    'Error',
    error instanceof Error ? error.message : 'Something went wrong. Please try again.',
  );
}
