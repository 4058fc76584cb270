import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server } from 'node:http';

/**
 * JSON bodies, with one difference from Fastify's parser: an empty body with
 * `Content-Type: application/json` is no body, not a 400, so `curl -X POST -H 'Content-Type:
 * application/json' .../start` works on the routes that take none. A body that is not empty goes
 * through Fastify's own parser, prototype-poisoning checks included.
 */
export function registerJsonBodyParser(app: NestFastifyApplication): void {
  const parseJson = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', {}, (request, body, done) => {
    if (body.length === 0) {
      done(null, undefined);
      return;
    }
    void parseJson(request, body.toString('utf8'), done);
  });
}
