import { registerAs } from '@nestjs/config';
import {
  OFFLINE_VOICES,
  TTS_PROVIDERS,
  type OfflineVoice,
  type TtsProviderName,
} from '@interview-prep/contracts';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';
import { validateEnv } from './validate-env';

export { TTS_PROVIDERS };
export type TtsProvider = TtsProviderName;

class TtsEnv {
  @IsOptional() @IsIn(TTS_PROVIDERS) TTS_PRIMARY?: TtsProvider;
  @IsOptional() @IsIn(TTS_PROVIDERS) TTS_FALLBACK?: TtsProvider;
  @IsOptional() @IsString() ELEVENLABS_API_KEY?: string;
  @IsOptional() @IsString() ELEVENLABS_VOICE_ID?: string;
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  ELEVENLABS_BASE_URL?: string;
  @IsOptional() @IsString() ELEVENLABS_MODEL_ID?: string;
  @IsOptional() @IsInt() @Min(500) @Max(120_000) ELEVENLABS_TIMEOUT_MS?: number;
  @IsOptional() @IsInt() @Min(0) @Max(5) ELEVENLABS_MAX_RETRIES?: number;
  @IsOptional() @IsIn(OFFLINE_VOICES) TTS_OFFLINE_VOICE?: OfflineVoice;
  /** Size of the audio cache on disk; 0 turns it off. */
  @IsOptional() @IsInt() @Min(0) @Max(100_000) TTS_CACHE_MAX_MB?: number;
}

export interface TtsConfig {
  readonly primary: TtsProvider;
  readonly fallback: TtsProvider;
  readonly elevenLabsApiKey: string | null;
  readonly elevenLabsVoiceId: string;
  readonly elevenLabsBaseUrl: string;
  readonly elevenLabsModelId: string;
  /** For the whole call, retries included. */
  readonly elevenLabsTimeoutMs: number;
  readonly elevenLabsMaxRetries: number;
  readonly offlineVoice: OfflineVoice;
  readonly cacheMaxBytes: number;
}

export const ttsConfig = registerAs('tts', (): TtsConfig => {
  const env = validateEnv(TtsEnv);
  return {
    primary: env.TTS_PRIMARY ?? (env.ELEVENLABS_API_KEY ? 'elevenlabs' : 'offline'),
    fallback: env.TTS_FALLBACK ?? 'browser',
    elevenLabsApiKey: env.ELEVENLABS_API_KEY ?? null,
    // ElevenLabs' "Rachel", the voice its documentation uses.
    elevenLabsVoiceId: env.ELEVENLABS_VOICE_ID ?? '21m00Tcm4TlvDq8ikWAM',
    elevenLabsBaseUrl: (env.ELEVENLABS_BASE_URL ?? 'https://api.elevenlabs.io').replace(/\/+$/, ''),
    elevenLabsModelId: env.ELEVENLABS_MODEL_ID ?? 'eleven_multilingual_v2',
    elevenLabsTimeoutMs: env.ELEVENLABS_TIMEOUT_MS ?? 15_000,
    elevenLabsMaxRetries: env.ELEVENLABS_MAX_RETRIES ?? 2,
    offlineVoice: env.TTS_OFFLINE_VOICE ?? 'kal16',
    cacheMaxBytes: (env.TTS_CACHE_MAX_MB ?? 200) * 1024 * 1024,
  };
});
