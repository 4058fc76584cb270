import { ApiProperty } from '@nestjs/swagger';
import {
  TTS_PROVIDERS,
  type TtsCacheStatus,
  type TtsProviderName,
  type TtsProviderStatus,
  type TtsStatus,
} from '@interview-prep/contracts';

const nullableTime = { type: String, nullable: true, example: '2026-11-26T10:00:00.000Z' };

export class TtsProviderStatusDto implements TtsProviderStatus {
  @ApiProperty({ enum: TTS_PROVIDERS, example: 'elevenlabs' }) name!: TtsProviderName;
  @ApiProperty({ example: true }) configured!: boolean;
  @ApiProperty({ type: String, nullable: true, example: '21m00Tcm4TlvDq8ikWAM' })
  voice!: string | null;
  @ApiProperty(nullableTime) last_ok_at!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'HTTP 429 (rate limited)' })
  last_error!: string | null;
  @ApiProperty(nullableTime) last_error_at!: string | null;
}

export class TtsCacheStatusDto implements TtsCacheStatus {
  @ApiProperty({ example: 42 }) entries!: number;
  @ApiProperty({ example: 5_242_880 }) bytes!: number;
  @ApiProperty({ example: 209_715_200 }) max_bytes!: number;
}

export class TtsStatusDto implements TtsStatus {
  @ApiProperty({
    enum: TTS_PROVIDERS,
    isArray: true,
    example: ['elevenlabs', 'offline', 'browser'],
  })
  order!: TtsProviderName[];
  @ApiProperty({ type: [TtsProviderStatusDto] }) providers!: TtsProviderStatusDto[];
  @ApiProperty({ enum: TTS_PROVIDERS, nullable: true, example: 'offline' })
  last_provider!: TtsProviderName | null;
  @ApiProperty(nullableTime) last_answered_at!: string | null;
  @ApiProperty({ type: TtsCacheStatusDto }) cache!: TtsCacheStatusDto;
}
