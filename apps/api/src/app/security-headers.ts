import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * helmet's headers for these options, computed once: they depend on nothing in the request.
 * @fastify/helmet rebuilt helmet's middleware, parsing the CSP directives, on every request, a
 * tenth of the CPU time of a trivial route (docs/PERFORMANCE.md).
 */
export function securityHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return Object.fromEntries(headers);
}

/** Sends helmet's headers with every reply, the web app's files and errors included. */
export function registerSecurityHeaders(app: NestFastifyApplication, options: HelmetOptions): void {
  const headers = Object.entries(securityHeaders(options));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      // On the raw response, as helmet does, so hijacked replies (SSE) have them too.
      for (const [name, value] of headers) {
        reply.raw.setHeader(name, value);
      }
      done();
    });
}
