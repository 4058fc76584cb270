import { ApiProperty } from '@nestjs/swagger';
import type { LoginResponse } from '@interview-prep/contracts';
import { UserProfileDto } from './user-profile.dto';

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({
    description: 'Send as `Authorization: Bearer <access_token>`.',
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2ZjFj...',
  })
  access_token!: string;

  @ApiProperty({ enum: ['bearer'], example: 'bearer' })
  token_type!: 'bearer';

  @ApiProperty({ description: 'Seconds until the token expires.', example: 3600 })
  expires_in!: number;

  @ApiProperty({ type: UserProfileDto })
  user!: UserProfileDto;
}
