import { registerAs } from '@nestjs/config';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { validateEnv } from './validate-env';

export const TTS_PROVIDERS = ['offline', 'elevenlabs', 'browser'] as const;
export type TtsProvider = (typeof TTS_PROVIDERS)[number];

class TtsEnv {
  @IsOptional() @IsIn(TTS_PROVIDERS) TTS_PRIMARY?: TtsProvider;
  @IsOptional() @IsIn(TTS_PROVIDERS) TTS_FALLBACK?: TtsProvider;
  @IsOptional() @IsString() ELEVENLABS_API_KEY?: string;
  @IsOptional() @IsString() ELEVENLABS_VOICE_ID?: string;
}

export interface TtsConfig {
  readonly primary: TtsProvider;
  readonly fallback: TtsProvider;
  readonly elevenLabsApiKey: string | null;
  readonly elevenLabsVoiceId: string;
}

export const ttsConfig = registerAs('tts', (): TtsConfig => {
  const env = validateEnv(TtsEnv);
  return {
    primary: env.TTS_PRIMARY ?? (env.ELEVENLABS_API_KEY ? 'elevenlabs' : 'offline'),
    fallback: env.TTS_FALLBACK ?? 'browser',
    elevenLabsApiKey: env.ELEVENLABS_API_KEY ?? null,
    // ElevenLabs' "Rachel", the voice its documentation uses.
    elevenLabsVoiceId: env.ELEVENLABS_VOICE_ID ?? '21m00Tcm4TlvDq8ikWAM',
  };
});
