import { ApiProperty } from '@nestjs/swagger';
import {
  COMPANIES,
  DECISION_KINDS,
  DECISION_REASON_CODES,
  DIFFICULTIES,
  INTERVIEW_PHASES,
  MESSAGE_ROLES,
  QUESTION_KINDS,
  SESSION_STATUSES,
  SESSION_TRACKS,
  type Company,
  type DecisionKind,
  type DecisionReasonCode,
  type Difficulty,
  type InterviewPhase,
  type MessageRole,
  type QuestionKind,
  type SessionStatus,
  type SessionTrack,
} from '@interview-prep/contracts';

const nullable = (type: unknown, example?: unknown) => ({
  type: type as never,
  nullable: true,
  example,
});

export class SessionSettingsDto {
  @ApiProperty({ example: 7 }) max_questions!: number;
  @ApiProperty({ example: 2 }) behavioral_questions!: number;
  @ApiProperty({ example: 2 }) max_follow_ups!: number;
  @ApiProperty({ example: 45 }) duration_minutes!: number;
  @ApiProperty({ example: true }) warmup!: boolean;
}

export class SessionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SESSION_TRACKS }) track!: SessionTrack;
  @ApiProperty({ enum: COMPANIES }) company!: Company;
  @ApiProperty({ enum: DIFFICULTIES }) difficulty!: Difficulty;
  @ApiProperty({ enum: SESSION_STATUSES }) status!: SessionStatus;
  @ApiProperty({ enum: INTERVIEW_PHASES, nullable: true }) phase!: InterviewPhase | null;
  @ApiProperty({ type: SessionSettingsDto }) settings!: SessionSettingsDto;
  @ApiProperty(nullable(Number, 72)) overall_score!: number | null;
  @ApiProperty({ enum: ['llm', 'offline'], nullable: true }) score_source!:
    | 'llm'
    | 'offline'
    | null;
  @ApiProperty(nullable(String)) parent_session_id!: string | null;
  @ApiProperty(nullable(String)) retry_question_id!: string | null;
  @ApiProperty() created_at!: string;
  @ApiProperty(nullable(String)) started_at!: string | null;
  @ApiProperty(nullable(String)) finished_at!: string | null;
}

export class SessionPageDto {
  @ApiProperty({ type: [SessionSummaryDto] }) items!: SessionSummaryDto[];
  @ApiProperty({ example: 12 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) page_size!: number;
}

export class SessionMessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 3 }) seq!: number;
  @ApiProperty({ enum: MESSAGE_ROLES }) role!: MessageRole;
  @ApiProperty({ example: 'follow_up' }) kind!: string;
  @ApiProperty() content!: string;
  @ApiProperty(nullable(String)) question_id!: string | null;
  @ApiProperty() created_at!: string;
}

export class InterviewProgressDto {
  @ApiProperty({ enum: INTERVIEW_PHASES }) phase!: InterviewPhase;
  @ApiProperty({ example: 3 }) question_number!: number;
  @ApiProperty({ example: 7 }) total_questions!: number;
  @ApiProperty({ enum: QUESTION_KINDS, nullable: true }) question_kind!: QuestionKind | null;
  @ApiProperty({ example: 1 }) follow_ups_on_question!: number;
  @ApiProperty({ example: 2 }) max_follow_ups!: number;
  @ApiProperty({ example: 0 }) hints_used_on_question!: number;
  @ApiProperty({ enum: DIFFICULTIES }) difficulty!: Difficulty;
  @ApiProperty({ example: 840 }) elapsed_seconds!: number;
  @ApiProperty({ example: 45 }) duration_minutes!: number;
}

class MessageSpanDto {
  @ApiProperty({ format: 'uuid' }) message_id!: string;
  @ApiProperty() start!: number;
  @ApiProperty() end!: number;
  @ApiProperty() text!: string;
}

class DecisionReasonDto {
  @ApiProperty({ enum: DECISION_REASON_CODES }) code!: DecisionReasonCode;
  @ApiProperty({ example: 'The answer gives no time or space complexity.' }) detail!: string;
  @ApiProperty({ type: MessageSpanDto, nullable: true }) span!: MessageSpanDto | null;
}

class SelectionReasonDto {
  @ApiProperty({ enum: ['unseen', 'least_recently_seen'] }) seen!: 'unseen' | 'least_recently_seen';
  @ApiProperty() detail!: string;
}

export class InterviewDecisionDto {
  @ApiProperty({ enum: DECISION_KINDS }) kind!: DecisionKind;
  @ApiProperty({ type: DecisionReasonDto }) reason!: DecisionReasonDto;
  @ApiProperty(nullable(String)) question_id!: string | null;
  @ApiProperty({ type: SelectionReasonDto, nullable: true }) selection!: SelectionReasonDto | null;
}

export class SessionDetailDto extends SessionSummaryDto {
  @ApiProperty(nullable(String)) job_description!: string | null;
  @ApiProperty({ type: InterviewProgressDto, nullable: true })
  progress!: InterviewProgressDto | null;
  @ApiProperty({ type: [SessionMessageDto] }) messages!: SessionMessageDto[];
}

export class TurnResponseDto {
  @ApiProperty({ type: SessionMessageDto, nullable: true, description: 'Null for the opening' })
  candidate_message!: SessionMessageDto | null;
  @ApiProperty({ type: SessionMessageDto }) interviewer_message!: SessionMessageDto;
  @ApiProperty({ enum: INTERVIEW_PHASES }) phase!: InterviewPhase;
  @ApiProperty({ type: InterviewProgressDto }) progress!: InterviewProgressDto;
  @ApiProperty({ type: InterviewDecisionDto }) decision!: InterviewDecisionDto;
}
