import { ApiProperty } from '@nestjs/swagger';
import { AI_STATUSES, type AiHealth, type AiStatus } from '@interview-prep/contracts';

export class AiStatusDto implements AiStatus {
  @ApiProperty({ example: true }) configured!: boolean;
  @ApiProperty({ enum: AI_STATUSES, example: 'online' }) status!: AiHealth;
  @ApiProperty({ type: String, nullable: true, example: 'deepseek-chat' }) model!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-26T10:00:00.000Z' })
  last_ok_at!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'HTTP 429 (rate limited)' })
  last_error!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 840 }) latency_ms_p50!: number | null;
}
