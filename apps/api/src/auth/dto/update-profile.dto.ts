import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMPANIES,
  DIFFICULTIES,
  SESSION_TRACKS,
  type Company,
  type Difficulty,
  type SessionTrack,
  type UpdateProfileRequest,
  type UserPreferencesUpdate,
} from '@interview-prep/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { FullNameField } from './auth-fields';

/** Each key: a value sets it, `null` clears it, absent keeps it. */
export class UpdatePreferencesDto implements UserPreferencesUpdate {
  @ApiPropertyOptional({ enum: SESSION_TRACKS, nullable: true, example: 'swe_engineer' })
  @IsOptional()
  @IsIn(SESSION_TRACKS)
  track?: SessionTrack | null;

  @ApiPropertyOptional({ enum: COMPANIES, nullable: true, example: 'amazon' })
  @IsOptional()
  @IsIn(COMPANIES)
  company?: Company | null;

  @ApiPropertyOptional({ enum: DIFFICULTIES, nullable: true, example: 'hard' })
  @IsOptional()
  @IsIn(DIFFICULTIES)
  difficulty?: Difficulty | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, example: false })
  @IsOptional()
  @IsBoolean()
  voice?: boolean | null;
}

export class UpdateProfileDto implements UpdateProfileRequest {
  @FullNameField({ nullable: true })
  full_name?: string | null;

  @ApiPropertyOptional({
    type: UpdatePreferencesDto,
    description: 'Merged into the stored preferences.',
  })
  // Absent keeps them; null is not "clear everything" but a 400 (it reached the NOT NULL column
  // and answered 500 before; found by the reliability suite's fuzz).
  @ValidateIf((_, value: unknown) => value !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => UpdatePreferencesDto)
  preferences?: UpdatePreferencesDto;
}
