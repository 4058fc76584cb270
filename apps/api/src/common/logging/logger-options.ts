import type { Params } from 'nestjs-pino';
import pino, { type Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { AppConfig } from '../../config';

/** Whatever could carry a secret is replaced before a log line is written. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.new_password',
  '*.current_password',
  '*.token',
  '*.access_token',
  '*.passwordHash',
  '*.password_hash',
];

const REQUEST_ID = /^[\w-]{8,64}$/;

/** A well-formed `X-Request-Id` from a proxy is reused, so one request can be followed across services. */
export function requestId(headers: IncomingHttpHeaders): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Lines kept before a write when buffering; and the longest a line waits then. */
const BUFFER_BYTES = 4096;
const FLUSH_EVERY_MS = 250;

/** The logger of the whole process; the access log (request-logging.ts) writes through it too. */
export function createRootLogger(app: AppConfig): Logger {
  // In production, lines are buffered up to 4 KiB and written together, at the latest after
  // 250 ms, instead of one write() per line; pino flushes the rest when the process exits.
  // Elsewhere each line is written at once (the tests read the logs right after a request).
  const buffered = app.nodeEnv === 'production';
  const destination = pino.destination({
    dest: 1,
    sync: false,
    minLength: buffered ? BUFFER_BYTES : 0,
  });
  if (buffered) {
    setInterval(() => {
      try {
        destination.flush();
      } catch {
        // Closed at shutdown, or nothing to write yet.
      }
    }, FLUSH_EVERY_MS).unref();
  }
  return pino(
    { level: app.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    destination,
  );
}

/**
 * nestjs-pino over our root logger, for `Logger` and `PinoLogger`. Its per-request middleware is
 * not mounted (`forRoutes: []`): request-logging.ts writes the access log from a Fastify hook at a
 * fraction of the cost (docs/PERFORMANCE.md).
 */
export function createLoggerOptions(app: AppConfig): Params {
  return {
    forRoutes: [],
    pinoHttp: { logger: createRootLogger(app) },
  };
}
