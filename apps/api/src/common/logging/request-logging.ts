import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PARAMS_PROVIDER_TOKEN, type Params } from 'nestjs-pino';
import type { Logger } from 'pino';
import { requestId } from './logger-options';

declare module 'fastify' {
  interface FastifyRequest {
    /** The id of this request in the access log and `X-Request-Id`; null outside /api. */
    requestId: string | null;
  }
}

/**
 * The access log: one JSON line per /api request with its id, method, path (never the query, which
 * can carry a token), status and time; the id also goes back as `X-Request-Id`.
 *
 * One Fastify hook. nestjs-pino's middleware did this before (and did not log at all: middie hands
 * middleware a path without the global prefix, which its filter then skipped), through Nest's
 * middleware layer on middie plus an AsyncLocalStorage, whose promise hooks slow every promise of
 * the request; together about three quarters of the CPU time of a trivial request. Lines that
 * services log during a request therefore carry no request id; the error filter adds it to 5xx.
 */
export function registerRequestLogging(app: NestFastifyApplication): void {
  const { pinoHttp } = app.get<Params>(PARAMS_PROVIDER_TOKEN);
  // Only fixed fields are logged here, so this child skips the root logger's redaction.
  const access = (pinoHttp as { logger: Logger }).logger.child({ context: 'HTTP' }, { redact: [] });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.decorateRequest('requestId', null);

  fastify.addHook('onRequest', (request, reply, done) => {
    const url = request.raw.url ?? '';
    if (!url.startsWith('/api/')) {
      done();
      return;
    }
    const id = requestId(request.headers);
    request.requestId = id;
    reply.raw.setHeader('X-Request-Id', id);
    // A hijacked reply (the SSE route) skips Fastify's onResponse hooks; every reply finishes.
    reply.raw.once('finish', () => {
      const status = reply.raw.statusCode;
      access[status >= 500 ? 'error' : 'info'](
        {
          req: { id, method: request.method, path: url.split('?', 1)[0] },
          res: { statusCode: status },
          responseTime: Math.round(reply.elapsedTime),
        },
        status >= 500 ? 'request errored' : 'request completed',
      );
    });
    done();
  });
}
