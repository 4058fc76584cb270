import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiError, ApiErrorDetail } from '@interview-prep/contracts';
import { STATUS_CODES } from 'node:http';

/** Postgres errors that mean "the database is not reachable right now", not "your request is bad". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
]);

export function errorBody(
  statusCode: number,
  message: string,
  details?: readonly ApiErrorDetail[],
): ApiError {
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message,
    ...(details && details.length > 0 ? { details } : {}),
  };
}

/** Turns anything thrown into the one error shape; unknown errors become a 500 with no details. */
export function toApiError(exception: unknown): ApiError {
  if (exception instanceof HttpException) {
    return fromHttpException(exception);
  }
  if (isUnstorableText(exception)) {
    return errorBody(
      HttpStatus.BAD_REQUEST,
      'The request contains text the database cannot store (a NUL character or invalid UTF-8).',
    );
  }
  if (isDatabaseUnavailable(exception)) {
    return errorBody(
      HttpStatus.SERVICE_UNAVAILABLE,
      'The database is unavailable; try again shortly.',
    );
  }
  const fastifyStatus = clientErrorStatus(exception);
  if (fastifyStatus !== null) {
    return errorBody(fastifyStatus, (exception as Error).message);
  }
  return errorBody(HttpStatus.INTERNAL_SERVER_ERROR, 'Something went wrong on our side.');
}

function fromHttpException(exception: HttpException): ApiError {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'string') {
    return errorBody(status, response);
  }
  const { message, details } = response as {
    message?: unknown;
    details?: ApiErrorDetail[];
  };
  const text = Array.isArray(message)
    ? message.join('; ')
    : typeof message === 'string'
      ? message
      : exception.message;
  return errorBody(status, status >= 500 ? 'Something went wrong on our side.' : text, details);
}

/**
 * Postgres refuses NUL characters in text (22021) and characters its encoding cannot hold
 * (22P05). They come from the request (a path id or a field), so they are the client's 400, not
 * our 500; found by the reliability suite's fuzz (GET /questions/%00...).
 */
const UNSTORABLE_TEXT_CODES = new Set(['22021', '22P05']);

function isUnstorableText(exception: unknown): boolean {
  const { code, driverError } = (exception ?? {}) as { code?: unknown; driverError?: unknown };
  if (typeof code === 'string' && UNSTORABLE_TEXT_CODES.has(code)) {
    return true;
  }
  return driverError !== undefined && driverError !== exception && isUnstorableText(driverError);
}

export function isDatabaseUnavailable(exception: unknown): boolean {
  if (typeof exception !== 'object' || exception === null) {
    return false;
  }
  const { code, message, driverError } = exception as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
  };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) {
    return true;
  }
  // A transaction whose connection the server ended: TypeORM releases its query runner on the
  // connection's error event, and the transaction's next query throws one of these (seen while
  // Postgres restarted under load; they answered 500).
  const { name } = exception as { name?: unknown };
  if (
    name === 'QueryRunnerAlreadyReleasedError' ||
    name === 'QueryRunnerProviderAlreadyReleasedError'
  ) {
    return true;
  }
  if (
    typeof message === 'string' &&
    // pg's own messages: a connection lost or not made in time, or no free pool connection
    // within connectionTimeoutMillis (every connection busy: try again shortly, as for an outage).
    /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(
      message,
    )
  ) {
    return true;
  }
  return (
    driverError !== undefined && driverError !== exception && isDatabaseUnavailable(driverError)
  );
}

/** Fastify's own 4xx errors (malformed JSON, body too large, bad content type) keep their status. */
function clientErrorStatus(exception: unknown): number | null {
  const { statusCode, code } = (exception ?? {}) as {
    statusCode?: unknown;
    code?: unknown;
  };
  const isFastifyError = typeof code === 'string' && code.startsWith('FST_');
  return isFastifyError && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500
    ? statusCode
    : null;
}
