import { FastifyAdapter } from '@nestjs/platform-fastify';

/** The largest JSON body a route accepts; longer answers are refused with 413. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/** Fastify as the app and its tests run it. */
export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    // Behind a proxy on the same host, the client's address comes from X-Forwarded-For.
    trustProxy: 'loopback',
    bodyLimit: BODY_LIMIT_BYTES,
    // No Nest middleware is mounted (the access log is a Fastify hook): @fastify/middie would run
    // its hook on every request for nothing. Adding Nest middleware means removing this line.
    skipMiddie: true,
  });
}
