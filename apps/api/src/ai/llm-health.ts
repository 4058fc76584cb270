import type { AiHealth } from '@interview-prep/contracts';

const WINDOW = 50;

/** What the recent LLM calls tell about its health: the data behind GET /ai/status. */
export class LlmHealth {
  private readonly latencies: number[] = [];
  private consecutiveFailures = 0;
  lastOkAt: Date | null = null;
  lastError: string | null = null;
  lastCheckAt: Date | null = null;

  recordSuccess(latencyMs: number, at: Date): void {
    this.latencies.push(latencyMs);
    if (this.latencies.length > WINDOW) {
      this.latencies.shift();
    }
    this.consecutiveFailures = 0;
    this.lastOkAt = at;
    this.lastCheckAt = at;
  }

  recordFailure(reason: string, at: Date): void {
    this.consecutiveFailures++;
    this.lastError = reason;
    this.lastCheckAt = at;
  }

  health(circuitOpen: boolean): AiHealth {
    if (circuitOpen) {
      return 'offline';
    }
    return this.consecutiveFailures > 0 ? 'degraded' : 'online';
  }

  latencyP50(): number | null {
    if (this.latencies.length === 0) {
      return null;
    }
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return Math.round(sorted[Math.floor((sorted.length - 1) / 2)]);
  }
}
