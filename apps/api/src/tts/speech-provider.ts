import type { TtsProviderName } from '@interview-prep/contracts';

export const AUDIO_TYPES = { 'audio/wav': 'wav', 'audio/mpeg': 'mp3' } as const;
export type AudioType = keyof typeof AUDIO_TYPES;

export interface SpeechAudio {
  readonly audio: Buffer;
  readonly contentType: AudioType;
}

/** A provider that makes audio; `browser` makes none and is handled by the service. */
export interface SpeechProvider {
  readonly name: Exclude<TtsProviderName, 'browser'>;
  /** False when it lacks what it needs (ElevenLabs without a key); it is then skipped. */
  readonly configured: boolean;
  /** Its default voice. */
  readonly defaultVoice: string;
  /** The voice it uses for a request: the requested one when it is one of its own. */
  voiceFor(requested: string | undefined): string;
  synthesize(text: string, voice: string): Promise<SpeechAudio>;
}

/** A provider could not make audio; the message is short and safe to log or show in the status. */
export class SpeechProviderError extends Error {}
