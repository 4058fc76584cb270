import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiError, ApiErrorDetail } from '@interview-prep/contracts';

export class ApiErrorDetailDto implements ApiErrorDetail {
  @ApiProperty({ example: 'password' })
  field!: string;

  @ApiProperty({ type: [String], example: ['password must be at least 8 characters long'] })
  messages!: string[];
}

/** The one error shape, for Swagger (see common/errors). */
export class ApiErrorDto implements ApiError {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty({ example: 'password must be at least 8 characters long' })
  message!: string;

  @ApiPropertyOptional({ type: [ApiErrorDetailDto] })
  details?: ApiErrorDetailDto[];
}
