import { ApiProperty } from '@nestjs/swagger';
import { RUBRIC_DIMENSIONS, type RubricDimension } from '@interview-prep/contracts';
import { QuestionSummaryDto } from '../../questions/dto/question.dto';
import { RubricScoresDto } from './interview-results.dto';

class ProgressPointDto {
  @ApiProperty({ format: 'uuid' }) session_id!: string;
  @ApiProperty() finished_at!: string;
  @ApiProperty({ example: 64 }) overall_score!: number;
  @ApiProperty({ type: RubricScoresDto }) rubric!: RubricScoresDto;
  @ApiProperty({ enum: ['llm', 'offline'], description: 'Offline-graded scores are marked' })
  source!: 'llm' | 'offline';
}

class TagProgressDto {
  @ApiProperty({ example: 'graphs' }) tag!: string;
  @ApiProperty({ example: 55 }) average_score!: number;
  @ApiProperty({ example: 3 }) questions!: number;
  @ApiProperty() last_practised!: string;
}

class WeakTagDto extends TagProgressDto {
  @ApiProperty({ type: [QuestionSummaryDto] }) suggested_questions!: QuestionSummaryDto[];
}

class DimensionProgressDto {
  @ApiProperty({ enum: RUBRIC_DIMENSIONS }) dimension!: RubricDimension;
  @ApiProperty({ example: 5.5 }) average!: number;
}

export class ProgressReportDto {
  @ApiProperty({ example: 4 }) sessions_completed!: number;
  @ApiProperty({ type: [ProgressPointDto] }) timeline!: ProgressPointDto[];
  @ApiProperty({ type: [DimensionProgressDto] }) dimensions!: DimensionProgressDto[];
  @ApiProperty({ type: [TagProgressDto] }) tags!: TagProgressDto[];
  @ApiProperty({ type: [WeakTagDto] }) weakest_tags!: WeakTagDto[];
  @ApiProperty({ type: [DimensionProgressDto] }) weakest_dimensions!: DimensionProgressDto[];
}
