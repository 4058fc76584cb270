import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { isAxiosError } from 'axios';
import axiosRetry, { exponentialDelay, isRetryableError, retryAfter } from 'axios-retry';
import CircuitBreaker from 'opossum';
import { firstValueFrom } from 'rxjs';
import type { AllConfig, TtsConfig } from '../../config';
import { SpeechProviderError, type SpeechAudio, type SpeechProvider } from '../speech-provider';

/** ElevenLabs voice ids are 20 letters and digits. */
const VOICE_ID = /^[A-Za-z0-9]{20}$/;
/** A 429 asking to wait longer than this is not waited for: the next provider answers now. */
const MAX_RETRY_WAIT_MS = 3_000;

/**
 * ElevenLabs' text-to-speech (`POST /v1/text-to-speech/{voice_id}`, mp3) through @nestjs/axios.
 * The timeout covers the whole call; 429 (honouring a short Retry-After), 5xx and network errors
 * are retried with exponential backoff and jitter (axios-retry), a timeout is not. A circuit
 * breaker stops calling for a while after repeated failures, so a dead service or a wrong key
 * costs the next requests nothing before the fallback answers. The key is sent in `xi-api-key`
 * and never logged: failures are described by status and type only.
 */
@Injectable()
export class ElevenLabsClient implements SpeechProvider {
  readonly name = 'elevenlabs';
  readonly configured: boolean;
  readonly defaultVoice: string;
  private readonly logger = new Logger('ElevenLabs');
  private readonly config: TtsConfig;
  private readonly breaker: CircuitBreaker<[() => Promise<SpeechAudio>], SpeechAudio>;

  constructor(
    private readonly http: HttpService,
    config: ConfigService<AllConfig, true>,
  ) {
    this.config = config.get('tts', { infer: true });
    this.configured = this.config.elevenLabsApiKey !== null;
    this.defaultVoice = this.config.elevenLabsVoiceId;
    axiosRetry(http.axiosRef, {
      retries: this.config.elevenLabsMaxRetries,
      retryCondition: (error) => isRetryableError(error) && retryAfter(error) <= MAX_RETRY_WAIT_MS,
      retryDelay: (count, error) =>
        Math.min(exponentialDelay(count, error, 200), MAX_RETRY_WAIT_MS),
      onRetry: (count, error) => this.logger.warn(`${describe(error)}; retry ${count}`),
    });
    this.breaker = new CircuitBreaker((call: () => Promise<SpeechAudio>) => call(), {
      timeout: false,
      volumeThreshold: 3,
      errorThresholdPercentage: 50,
      resetTimeout: 30_000,
      rollingCountTimeout: 60_000,
    });
    this.breaker.on('open', () =>
      this.logger.warn('Circuit opened: ElevenLabs is skipped for now'),
    );
    this.breaker.on('close', () => this.logger.log('Circuit closed: ElevenLabs answers again'));
  }

  voiceFor(requested: string | undefined): string {
    return requested !== undefined && VOICE_ID.test(requested) ? requested : this.defaultVoice;
  }

  async synthesize(text: string, voice: string): Promise<SpeechAudio> {
    const apiKey = this.config.elevenLabsApiKey;
    if (apiKey === null) {
      throw new SpeechProviderError('ELEVENLABS_API_KEY is not set');
    }
    try {
      return await this.breaker.fire(() => this.request(apiKey, text, voice));
    } catch (error) {
      throw new SpeechProviderError(describe(error));
    }
  }

  private async request(apiKey: string, text: string, voice: string): Promise<SpeechAudio> {
    const response = await firstValueFrom(
      this.http.post<Buffer>(
        `/v1/text-to-speech/${encodeURIComponent(voice)}`,
        { text, model_id: this.config.elevenLabsModelId },
        {
          baseURL: this.config.elevenLabsBaseUrl,
          timeout: this.config.elevenLabsTimeoutMs,
          responseType: 'arraybuffer',
          maxRedirects: 0,
          headers: {
            'xi-api-key': apiKey,
            Accept: 'audio/mpeg',
            'Content-Type': 'application/json',
          },
        },
      ),
    );
    const contentType = String(response.headers['content-type'] ?? '');
    if (!contentType.startsWith('audio/mpeg') || response.data.length === 0) {
      throw new SpeechProviderError(`unexpected answer (${contentType || 'no content type'})`);
    }
    return { audio: Buffer.from(response.data), contentType: 'audio/mpeg' };
  }
}

/** A failure in a few words: status and type, never the request, its headers or the key. */
function describe(error: unknown): string {
  if (isAxiosError(error)) {
    const status = error.response?.status;
    if (status !== undefined) {
      return `HTTP ${status}${STATUS_HINTS[status] ?? ''}`;
    }
    if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') {
      return 'timed out';
    }
    return `network error (${error.code ?? 'unknown'})`;
  }
  if ((error as { code?: unknown } | null)?.code === 'EOPENBREAKER') {
    return 'circuit open after repeated failures';
  }
  if (error instanceof SpeechProviderError) {
    return error.message;
  }
  return error instanceof Error ? error.name : 'unknown error';
}

const STATUS_HINTS: Readonly<Record<number, string>> = {
  401: ' (unauthorized: check ELEVENLABS_API_KEY)',
  422: ' (rejected: check ELEVENLABS_VOICE_ID and ELEVENLABS_MODEL_ID)',
  429: ' (rate limited)',
};
