/**
 * Where speech comes from. `offline`: the engine bundled with the API (Flite), `elevenlabs`:
 * ElevenLabs' HTTP API, `browser`: no audio, the web app speaks with the browser's own synthesis.
 */
export const TTS_PROVIDERS = ['offline', 'elevenlabs', 'browser'] as const;
export type TtsProviderName = (typeof TTS_PROVIDERS)[number];

/** Voices of the offline engine; `kal16` (US English, male) is the clearest and the fastest. */
export const OFFLINE_VOICES = ['kal16', 'slt', 'awb', 'rms', 'kal'] as const;
export type OfflineVoice = (typeof OFFLINE_VOICES)[number];

export const TTS_MAX_TEXT_LENGTH = 2000;

/** Response header naming the provider that answered; `browser` comes with 204 and no body. */
export const TTS_PROVIDER_HEADER = 'X-Tts-Provider';
/** Response header: `hit` when the audio came from the cache, `miss` when it was synthesized. */
export const TTS_CACHE_HEADER = 'X-Tts-Cache';

/** POST /tts. The answer is the audio itself (audio/wav or audio/mpeg), or 204 for `browser`. */
export interface SpeechRequest {
  /** 1 to 2,000 characters, trimmed. */
  readonly text: string;
  /**
   * A voice of the provider that answers: an offline voice name, or an ElevenLabs voice id. A
   * provider ignores a voice that is not its own and uses its configured one.
   */
  readonly voice?: string;
}

export interface TtsProviderStatus {
  readonly name: TtsProviderName;
  /** Usable as configured (ElevenLabs needs its key); unconfigured providers are skipped. */
  readonly configured: boolean;
  /** The voice used when the request names none of this provider's voices. */
  readonly voice: string | null;
  /** ISO time of the last audio this provider produced (cache hits included). */
  readonly last_ok_at: string | null;
  /** A short description of its last failure; never a key or the text. */
  readonly last_error: string | null;
  readonly last_error_at: string | null;
}

export interface TtsCacheStatus {
  readonly entries: number;
  readonly bytes: number;
  readonly max_bytes: number;
}

export interface TtsStatus {
  /** The order providers are tried in: TTS_PRIMARY, TTS_FALLBACK, then `browser` as last resort. */
  readonly order: readonly TtsProviderName[];
  readonly providers: readonly TtsProviderStatus[];
  /** The provider of the last answer, and when it was given. */
  readonly last_provider: TtsProviderName | null;
  readonly last_answered_at: string | null;
  readonly cache: TtsCacheStatus;
}
