import { ApiProperty } from '@nestjs/swagger';
import type { MessageResponse } from '@interview-prep/contracts';

export class MessageResponseDto implements MessageResponse {
  @ApiProperty({ example: 'Check your inbox for a link to verify your email address.' })
  message!: string;
}
