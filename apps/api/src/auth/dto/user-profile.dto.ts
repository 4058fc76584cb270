import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMPANIES,
  DIFFICULTIES,
  SESSION_TRACKS,
  type Company,
  type Difficulty,
  type SessionTrack,
  type UserPreferences,
  type UserProfile,
} from '@interview-prep/contracts';

export class UserPreferencesDto implements UserPreferences {
  @ApiPropertyOptional({ enum: SESSION_TRACKS, example: 'swe_intern' })
  track?: SessionTrack;

  @ApiPropertyOptional({ enum: COMPANIES, example: 'google' })
  company?: Company;

  @ApiPropertyOptional({ enum: DIFFICULTIES, example: 'medium' })
  difficulty?: Difficulty;

  @ApiPropertyOptional({ description: "Read the interviewer's messages aloud.", example: true })
  voice?: boolean;
}

export class UserProfileDto implements UserProfile {
  @ApiProperty({ format: 'uuid', example: '6f1c2a9e-3b7d-4e59-9a41-0c8d5b2e7f10' })
  id!: string;

  @ApiProperty({ format: 'email', example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Ada Lovelace' })
  full_name!: string | null;

  @ApiProperty({ example: true })
  is_verified!: boolean;

  @ApiProperty({ type: UserPreferencesDto })
  preferences!: UserPreferencesDto;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:30:00.000Z' })
  created_at!: string;
}
