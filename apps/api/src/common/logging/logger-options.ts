import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
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

export function createLoggerOptions(app: AppConfig): Params {
  return {
    // Nest 11's path syntax; the default '*' is converted with a warning on every start.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: app.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Reuse a well-formed id from a proxy so one request can be followed across services.
      genReqId: (req: IncomingMessage) => {
        const given = req.headers['x-request-id'];
        return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      },
      customProps: () => ({ context: 'HTTP' }),
      // Query strings can carry tokens (/verify?token=...): log the path only.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
      },
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api/') },
    },
  };
}
