import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';
import type { AllConfig } from '../../config';

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** At most one "Redis is unreachable" warning in this interval. */
const WARNING_INTERVAL_MS = 60_000;

/**
 * Rate-limit counters: in this process's memory, or in Redis when REDIS_URL is set so that every
 * API process counts against the same limits. While Redis cannot be reached the counters fall back
 * to memory (limits per process, with a warning) rather than failing the requests.
 */
@Injectable()
export class RateLimitStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly memory = new ThrottlerStorageService();
  private readonly redis: Redis | null;
  private readonly shared: ThrottlerStorageRedisService | null;
  private readonly keyPrefix: string;
  private lastWarningAt = 0;

  constructor(config: ConfigService<AllConfig, true>) {
    const { redisUrl, redisKeyPrefix } = config.get('app', { infer: true });
    this.keyPrefix = `${redisKeyPrefix}rate-limit:`;
    this.redis = redisUrl
      ? new Redis(redisUrl, {
          lazyConnect: true,
          // Fail a command at once when Redis is away instead of queueing the request behind it.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2_000,
          // ioredis waits this long for a 'close' that a refused socket never sends again.
          disconnectTimeout: 200,
        })
      : null;
    this.redis?.on('error', (error: Error) => this.warn(error));
    this.shared = this.redis ? new ThrottlerStorageRedisService(this.redis) : null;
  }

  /** Where the counters live, for the start-up log and the tests. */
  get mode(): 'redis' | 'memory' {
    return this.redis ? 'redis' : 'memory';
  }

  async onModuleInit(): Promise<void> {
    if (!this.redis) {
      return;
    }
    try {
      await this.redis.connect();
      this.logger.log('Rate-limit counters are shared in Redis');
    } catch (error) {
      // ioredis keeps reconnecting in the background; until then the counters are local.
      this.warn(error as Error);
    }
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerRecord> {
    if (this.shared) {
      try {
        return await this.shared.increment(
          `${this.keyPrefix}${key}`,
          ttl,
          limit,
          blockDuration,
          throttlerName,
        );
      } catch (error) {
        this.warn(error as Error);
      }
    }
    return this.memory.increment(key, ttl, limit, blockDuration, throttlerName);
  }

  async onApplicationShutdown(): Promise<void> {
    this.memory.onApplicationShutdown();
    if (this.redis && this.redis.status !== 'end') {
      this.redis.disconnect(false);
    }
  }

  private warn(error: Error): void {
    const now = Date.now();
    if (now - this.lastWarningAt >= WARNING_INTERVAL_MS) {
      this.lastWarningAt = now;
      this.logger.warn(
        `Redis is unreachable (${error.message}); rate limits are counted per process until it is back`,
      );
    }
  }
}
