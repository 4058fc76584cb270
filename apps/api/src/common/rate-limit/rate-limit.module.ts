import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerModule, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AllConfig, RateLimitConfig } from '../../config';
import { RateLimitStorage } from './rate-limit.storage';
import { TRACKERS } from './rate-limit.trackers';

const MINUTE_MS = 60_000;

export function throttlerOptions(
  limits: RateLimitConfig,
  storage: RateLimitStorage,
): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'ip', ttl: MINUTE_MS, limit: limits.ipPerMinute, getTracker: TRACKERS.ip },
      {
        name: 'account',
        ttl: MINUTE_MS,
        limit: limits.accountPerMinute,
        getTracker: TRACKERS.account,
      },
      { name: 'user', ttl: MINUTE_MS, limit: limits.userPerMinute, getTracker: TRACKERS.user },
    ],
    storage,
    errorMessage: 'Too many requests; try again later.',
  };
}

@Module({ providers: [RateLimitStorage], exports: [RateLimitStorage] })
class RateLimitStorageModule {}

/**
 * Imported once by AppModule. Nothing is limited until a route says so with `@RateLimit(...)`
 * (rate-limit.decorator.ts); ThrottlerModule is global, so any module can use the decorator.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [ConfigService, RateLimitStorage],
      useFactory: (config: ConfigService<AllConfig, true>, storage: RateLimitStorage) =>
        throttlerOptions(config.get('app.rateLimit', { infer: true }), storage),
    }),
  ],
})
export class RateLimitModule {}
