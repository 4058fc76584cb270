import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type {
  SpeechRequest,
  TtsProviderName,
  TtsProviderStatus,
  TtsStatus,
} from '@interview-prep/contracts';
import type { AllConfig } from '../config';
import { ElevenLabsClient } from './elevenlabs/elevenlabs.client';
import { FliteEngine } from './offline/flite-engine';
import type { AudioType, SpeechProvider } from './speech-provider';
import { TtsCache } from './tts-cache';

/** What POST /tts answers: audio from a provider, or `browser`: speak it in the browser. */
export type Speech =
  | {
      readonly provider: Exclude<TtsProviderName, 'browser'>;
      readonly audio: Buffer;
      readonly contentType: AudioType;
      readonly cached: boolean;
    }
  | { readonly provider: 'browser'; readonly audio: null };

interface ProviderHealth {
  lastOkAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
}

/**
 * Tries the providers in the configured order (TTS_PRIMARY, TTS_FALLBACK), each through the audio
 * cache first. `browser` always answers, so it ends the order when it is not in it: a request
 * never fails for want of a voice, the web app then speaks with the browser's own synthesis.
 */
@Injectable()
export class TtsService {
  private readonly logger = new Logger(TtsService.name);
  readonly order: readonly TtsProviderName[];
  private readonly providers: Readonly<Record<SpeechProvider['name'], SpeechProvider>>;
  private readonly health = new Map<TtsProviderName, ProviderHealth>();
  private last: { provider: TtsProviderName; at: Date } | null = null;

  constructor(
    config: ConfigService<AllConfig, true>,
    offline: FliteEngine,
    elevenLabs: ElevenLabsClient,
    private readonly cache: TtsCache,
  ) {
    const { primary, fallback } = config.get('tts', { infer: true });
    this.order = [...new Set<TtsProviderName>([primary, fallback, 'browser'])];
    this.providers = { offline, elevenlabs: elevenLabs };
    for (const name of this.order) {
      if (name !== 'browser' && !this.providers[name].configured) {
        this.logger.warn(`TTS provider ${name} is not configured and is skipped`);
      }
    }
  }

  async synthesize({ text, voice }: SpeechRequest): Promise<Speech> {
    for (const name of this.order) {
      if (name === 'browser') {
        return this.answered({ provider: 'browser', audio: null });
      }
      const provider = this.providers[name];
      if (!provider.configured) {
        continue;
      }
      const key = { provider: name, voice: provider.voiceFor(voice), text };
      const cached = await this.cache.get(key);
      if (cached) {
        return this.answered({ provider: name, ...cached, cached: true });
      }
      try {
        const audio = await provider.synthesize(text, key.voice);
        await this.cache.set(key, audio);
        return this.answered({ provider: name, ...audio, cached: false });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.healthOf(name).lastError = reason;
        this.healthOf(name).lastErrorAt = new Date();
        this.logger.warn(`TTS provider ${name} failed (${reason}); trying the next one`);
      }
    }
    // Not reached: `browser` ends the order.
    return this.answered({ provider: 'browser', audio: null });
  }

  status(): TtsStatus {
    return {
      order: this.order,
      providers: (['offline', 'elevenlabs', 'browser'] as const).map((name) =>
        this.providerStatus(name),
      ),
      last_provider: this.last?.provider ?? null,
      last_answered_at: this.last?.at.toISOString() ?? null,
      cache: this.cache.status(),
    };
  }

  private providerStatus(name: TtsProviderName): TtsProviderStatus {
    const provider = name === 'browser' ? null : this.providers[name];
    const health = this.healthOf(name);
    return {
      name,
      configured: provider?.configured ?? true,
      voice: provider?.defaultVoice ?? null,
      last_ok_at: health.lastOkAt?.toISOString() ?? null,
      last_error: health.lastError,
      last_error_at: health.lastErrorAt?.toISOString() ?? null,
    };
  }

  private answered(speech: Speech): Speech {
    const at = new Date();
    this.last = { provider: speech.provider, at };
    this.healthOf(speech.provider).lastOkAt = at;
    return speech;
  }

  private healthOf(name: TtsProviderName): ProviderHealth {
    let health = this.health.get(name);
    if (!health) {
      health = { lastOkAt: null, lastError: null, lastErrorAt: null };
      this.health.set(name, health);
    }
    return health;
  }
}
