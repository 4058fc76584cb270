export { RateLimit, type RateLimitPolicy, type RateLimitRule } from './rate-limit.decorator';
export { RateLimitGuard } from './rate-limit.guard';
export { RateLimitModule } from './rate-limit.module';
export { RATE_LIMIT_TRACKERS, type RateLimitTracker } from './rate-limit.trackers';
