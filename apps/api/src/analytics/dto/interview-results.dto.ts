import { ApiProperty } from '@nestjs/swagger';
import {
  COMPANIES,
  DIFFICULTIES,
  QUESTION_KINDS,
  QUESTION_OUTCOMES,
  SESSION_TRACKS,
  type Company,
  type Difficulty,
  type QuestionKind,
  type QuestionOutcome,
  type SessionTrack,
} from '@interview-prep/contracts';

/** 0-10 per rubric dimension. */
export class RubricScoresDto {
  @ApiProperty({ minimum: 0, maximum: 10, example: 7 }) communication!: number;
  @ApiProperty({ minimum: 0, maximum: 10, example: 6 }) problem_solving!: number;
  @ApiProperty({ minimum: 0, maximum: 10, example: 6 }) correctness_reasoning!: number;
  @ApiProperty({ minimum: 0, maximum: 10, example: 5 }) complexity!: number;
  @ApiProperty({ minimum: 0, maximum: 10, example: 4 }) edge_cases!: number;
}

class EvidenceQuoteDto {
  @ApiProperty({
    description: 'rubric {dimension} or strengths/weaknesses/next_steps {index}',
    example: { section: 'strengths', index: 0 },
  })
  target!: Record<string, unknown>;
  @ApiProperty({ format: 'uuid' }) message_id!: string;
  @ApiProperty({ description: "An exact substring of the candidate's message" }) quote!: string;
  @ApiProperty() start!: number;
}

class QuestionNoteDto {
  @ApiProperty() question_id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: QUESTION_KINDS }) kind!: QuestionKind;
  @ApiProperty({ enum: DIFFICULTIES }) difficulty!: Difficulty;
  @ApiProperty({ enum: QUESTION_OUTCOMES }) outcome!: QuestionOutcome;
  @ApiProperty({ type: Number, nullable: true, example: 68 }) score!: number | null;
  @ApiProperty({ type: RubricScoresDto, nullable: true }) rubric!: RubricScoresDto | null;
  @ApiProperty({ type: [String] }) covered_key_points!: string[];
  @ApiProperty({ type: [String] }) missed_key_points!: string[];
  @ApiProperty() hints_used!: number;
  @ApiProperty({ type: [String] }) answer_message_ids!: string[];
  @ApiProperty() comment!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Revealed only in results' })
  reference_answer!: string | null;
}

class AnswerStatisticsDto {
  @ApiProperty() answers!: number;
  @ApiProperty() words!: number;
  @ApiProperty() average_words!: number;
  @ApiProperty() filler_words!: number;
  @ApiProperty({ description: 'Filler words per 100 words' }) filler_rate!: number;
  @ApiProperty({ example: [{ word: 'um', count: 3 }] }) top_fillers!: {
    word: string;
    count: number;
  }[];
  @ApiProperty() hedges!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'STAR parts shown, 0-1' })
  star_coverage!: number | null;
  @ApiProperty() measurable_outcomes!: number;
  @ApiProperty() hints_used!: number;
  @ApiProperty() questions_skipped!: number;
  @ApiProperty({ type: Number, nullable: true }) average_seconds_per_answer!: number | null;
}

export class InterviewResultsDto {
  @ApiProperty({
    minimum: 0,
    maximum: 100,
    example: 64,
    description: 'round(mean of the rubric x 10)',
  })
  overall_score!: number;
  @ApiProperty({ type: RubricScoresDto }) rubric!: RubricScoresDto;
  @ApiProperty({ type: [String] }) strengths!: string[];
  @ApiProperty({ type: [String] }) weaknesses!: string[];
  @ApiProperty({ type: [String] }) next_steps!: string[];
  @ApiProperty({ type: [EvidenceQuoteDto] }) evidence!: EvidenceQuoteDto[];
  @ApiProperty({ type: [QuestionNoteDto] }) questions!: QuestionNoteDto[];
  @ApiProperty({ type: AnswerStatisticsDto }) statistics!: AnswerStatisticsDto;
  @ApiProperty({
    example: { kind: 'offline' },
    description: "{kind: 'offline'} or {kind: 'llm', model, fallback_fields}",
  })
  source!: Record<string, unknown>;
}

class QuestionAttemptDto {
  @ApiProperty({ format: 'uuid' }) session_id!: string;
  @ApiProperty({ type: String, nullable: true }) finished_at!: string | null;
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty({ type: RubricScoresDto, nullable: true }) rubric!: RubricScoresDto | null;
}

class QuestionAttemptsDto {
  @ApiProperty() question_id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [QuestionAttemptDto] }) attempts!: QuestionAttemptDto[];
  @ApiProperty({
    type: RubricScoresDto,
    nullable: true,
    description: 'This attempt minus the previous one',
  })
  change!: RubricScoresDto | null;
}

export class SessionResultsDto extends InterviewResultsDto {
  @ApiProperty({ format: 'uuid' }) session_id!: string;
  @ApiProperty({ enum: SESSION_TRACKS }) track!: SessionTrack;
  @ApiProperty({ enum: COMPANIES }) company!: Company;
  @ApiProperty({ enum: DIFFICULTIES }) difficulty!: Difficulty;
  @ApiProperty({ type: String, nullable: true }) finished_at!: string | null;
  @ApiProperty({ type: [QuestionAttemptsDto] }) attempts!: QuestionAttemptsDto[];
}
