import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AiStatus } from '@interview-prep/contracts';
import OpenAI, { APIError } from 'openai';
import CircuitBreaker from 'opossum';
import type { AiConfig, AllConfig } from '../config';
import { LlmHealth } from './llm-health';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface CompletionOptions {
  /** Ask for a JSON object (response_format json_object). */
  readonly json?: boolean;
  readonly maxTokens?: number;
  readonly temperature?: number;
}

/** The LLM is not configured, its circuit is open, or the call failed after its retries. */
export class LlmUnavailableError extends Error {}

/** A status older than this is refreshed by a cheap probe when someone asks for it. */
const PROBE_AFTER_MS = 60_000;

/**
 * Chat completions on any OpenAI-compatible server, through the `openai` SDK: it times out,
 * retries 429 (honouring Retry-After), 5xx and network errors with exponential backoff and jitter.
 * On top, a circuit breaker (opossum) stops calling for a while after repeated failures, so a dead
 * LLM costs a turn nothing; callers catch LlmUnavailableError and keep the offline result.
 */
@Injectable()
export class LlmClient {
  private readonly logger = new Logger(LlmClient.name);
  private readonly config: AiConfig;
  private readonly sdk: OpenAI | null;
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  private readonly healthLog = new LlmHealth();

  constructor(config: ConfigService<AllConfig, true>) {
    this.config = config.get('ai', { infer: true });
    this.sdk = this.config.enabled
      ? new OpenAI({
          apiKey: this.config.apiKey ?? 'not-needed',
          baseURL: this.config.baseUrl,
          timeout: this.config.timeoutMs,
          maxRetries: this.config.maxRetries,
        })
      : null;
    this.breaker = new CircuitBreaker((call: () => Promise<unknown>) => call(), {
      timeout: false,
      volumeThreshold: 3,
      errorThresholdPercentage: 50,
      resetTimeout: this.config.circuitResetMs,
      rollingCountTimeout: 60_000,
    });
    this.breaker.on('open', () => this.logger.warn('LLM circuit opened: using the offline engine'));
    this.breaker.on('close', () => this.logger.log('LLM circuit closed: the LLM answers again'));
  }

  get enabled(): boolean {
    return this.sdk !== null;
  }

  get model(): string {
    return this.config.model;
  }

  async complete(
    messages: readonly ChatMessage[],
    options: CompletionOptions = {},
  ): Promise<string> {
    const sdk = this.requireSdk();
    const text = await this.guarded(async () => {
      const completion = await sdk.chat.completions.create({
        model: this.config.model,
        messages: [...messages],
        max_tokens: options.maxTokens,
        temperature: options.temperature ?? 0.4,
        ...(options.json ? { response_format: { type: 'json_object' as const } } : {}),
      });
      const content = completion.choices[0]?.message?.content;
      if (!content) {
        throw new LlmUnavailableError('empty completion');
      }
      return content;
    });
    return text;
  }

  /** A JSON reply checked by `parse`; null when the LLM fails or the reply does not fit. */
  async completeJson<T>(
    messages: readonly ChatMessage[],
    parse: (value: unknown) => T | null,
    options: Omit<CompletionOptions, 'json'> = {},
  ): Promise<T | null> {
    try {
      const text = await this.complete(messages, { ...options, json: true });
      const parsed = parse(JSON.parse(text));
      if (parsed === null) {
        this.healthLog.recordFailure('reply did not match the expected schema', new Date());
      }
      return parsed;
    } catch (error) {
      if (error instanceof SyntaxError) {
        this.healthLog.recordFailure('reply was not valid JSON', new Date());
      }
      return null;
    }
  }

  /**
   * The reply token by token. Throws LlmUnavailableError before the first token when the LLM cannot
   * answer, and mid-way when the stream breaks: the caller decides what the candidate sees then.
   */
  async *stream(
    messages: readonly ChatMessage[],
    options: CompletionOptions = {},
  ): AsyncGenerator<string> {
    const sdk = this.requireSdk();
    const started = performance.now();
    const chunks = await this.guarded(
      () =>
        sdk.chat.completions.create({
          model: this.config.model,
          messages: [...messages],
          max_tokens: options.maxTokens,
          temperature: options.temperature ?? 0.4,
          stream: true,
        }),
      false,
    );
    try {
      for await (const chunk of chunks) {
        const token = chunk.choices[0]?.delta?.content;
        if (token) {
          yield token;
        }
      }
      this.healthLog.recordSuccess(performance.now() - started, new Date());
    } catch (error) {
      this.healthLog.recordFailure(describe(error), new Date());
      throw new LlmUnavailableError('the stream broke');
    }
  }

  status(): AiStatus {
    if (this.enabled && this.isStale()) {
      void this.probe();
    }
    return {
      configured: this.enabled,
      status: this.enabled ? this.healthLog.health(this.breaker.opened) : 'offline',
      model: this.enabled ? this.config.model : null,
      last_ok_at: this.healthLog.lastOkAt?.toISOString() ?? null,
      last_error: this.healthLog.lastError,
      latency_ms_p50: this.healthLog.latencyP50(),
    };
  }

  private isStale(): boolean {
    const last = this.healthLog.lastCheckAt;
    return last === null || Date.now() - last.getTime() > PROBE_AFTER_MS;
  }

  /** The cheapest call that proves the key and the server work. */
  private async probe(): Promise<void> {
    const sdk = this.requireSdk();
    this.healthLog.lastCheckAt = new Date();
    await this.guarded(() => sdk.models.list({ timeout: 5_000, maxRetries: 0 })).catch(
      () => undefined,
    );
  }

  private requireSdk(): OpenAI {
    if (!this.sdk) {
      throw new LlmUnavailableError('no LLM is configured');
    }
    return this.sdk;
  }

  /** Runs a call through the breaker, recording its latency or failure. */
  private async guarded<T>(call: () => Promise<T>, recordSuccess = true): Promise<T> {
    const started = performance.now();
    try {
      const result = (await this.breaker.fire(call)) as T;
      if (recordSuccess) {
        this.healthLog.recordSuccess(performance.now() - started, new Date());
      }
      return result;
    } catch (error) {
      const reason = this.breaker.opened ? 'circuit open after repeated failures' : describe(error);
      this.healthLog.recordFailure(reason, new Date());
      this.logger.warn(`LLM call failed: ${reason}`);
      throw new LlmUnavailableError(reason);
    }
  }
}

/** A failure in a few words: status and type, never the request or the key. */
function describe(error: unknown): string {
  if (error instanceof APIError) {
    return `HTTP ${error.status ?? 'error'}${error.status === 429 ? ' (rate limited)' : ''}`;
  }
  if (error instanceof LlmUnavailableError) {
    return error.message;
  }
  return error instanceof Error ? error.name : 'unknown error';
}
