import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import { RateLimitGuard } from './rate-limit.guard';
import { RATE_LIMIT_TRACKERS, type RateLimitTracker } from './rate-limit.trackers';

/** A limit of its own for one route: `limit` requests per `ttlSeconds`. */
export interface RateLimitRule {
  readonly limit: number;
  readonly ttlSeconds: number;
}

/**
 * Which trackers count a route, each with the configured per-minute default (`true`) or a rule of
 * its own. Trackers left out do not count the route.
 */
export type RateLimitPolicy = Partial<Record<RateLimitTracker, true | RateLimitRule>>;

/**
 * Rate-limits a route (or every route of a controller). Counters are per route and tracker, kept in
 * memory or in Redis (REDIS_URL); over the limit the client gets 429 with `Retry-After`.
 *
 *   @RateLimit({ user: true })                              // RATE_LIMIT_USER_PER_MINUTE per user
 *   @RateLimit({ user: { limit: 20, ttlSeconds: 60 } })     // e.g. POST /tts: 20 a minute per user
 *   @RateLimit({ ip: true, account: true })                 // login: per IP and per account
 *
 * `user` counts the signed-in user (the IP on a public route); `account` the signed-in user or the
 * body's `email`; `ip` the client address. See rate-limit.trackers.ts. Put it on the controller or
 * on its routes, not both: each use adds the guard, which would count a request twice.
 */
export function RateLimit(policy: RateLimitPolicy): MethodDecorator & ClassDecorator {
  const skip: Record<string, boolean> = {};
  const own: Record<string, { limit: number; ttl: number }> = {};
  for (const tracker of RATE_LIMIT_TRACKERS) {
    const rule = policy[tracker];
    skip[tracker] = rule === undefined;
    if (rule !== undefined && rule !== true) {
      own[tracker] = { limit: rule.limit, ttl: rule.ttlSeconds * 1000 };
    }
  }
  return applyDecorators(
    UseGuards(RateLimitGuard),
    SkipThrottle(skip),
    Throttle(own),
    ApiTooManyRequestsResponse({
      description: 'Rate limit reached; `Retry-After` says how many seconds to wait.',
      headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
    }),
  );
}
