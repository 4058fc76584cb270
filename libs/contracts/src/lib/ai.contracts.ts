export const AI_STATUSES = ['online', 'degraded', 'offline'] as const;
/** online: answering; degraded: failing lately, the offline engine stands in; offline: not used. */
export type AiHealth = (typeof AI_STATUSES)[number];

export interface AiStatus {
  /** An LLM key or base URL is set. */
  readonly configured: boolean;
  readonly status: AiHealth;
  readonly model: string | null;
  /** ISO time of the last successful call. */
  readonly last_ok_at: string | null;
  /** A short description of the last failure; never a key or a prompt. */
  readonly last_error: string | null;
  /** Median latency of the recent successful calls, in milliseconds. */
  readonly latency_ms_p50: number | null;
}
