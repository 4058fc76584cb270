import type {
  Company,
  Difficulty,
  SessionMessage,
  SessionSettings,
  SessionSummary,
  SessionTrack,
} from '@interview-prep/contracts';
import type { InterviewConfig } from '@interview-prep/domain';
import type { MessageEntity } from './message.entity';
import type { SessionEntity } from './session.entity';

export function settingsOf(config: InterviewConfig): SessionSettings {
  return {
    max_questions: config.maxQuestions,
    behavioral_questions: config.behavioralQuestions,
    max_follow_ups: config.maxFollowUps,
    duration_minutes: config.durationMinutes,
    warmup: config.warmup,
  };
}

export function toSessionSummary(
  session: SessionEntity,
  scoreSource: 'llm' | 'offline' | null,
): SessionSummary {
  const config = session.config;
  return {
    id: session.id,
    track: session.track as SessionTrack,
    company: session.company as Company,
    difficulty: session.difficulty as Difficulty,
    status: session.status,
    phase: session.state?.phase ?? null,
    settings: settingsOf(config.interview),
    overall_score: session.overallScore,
    score_source: scoreSource,
    parent_session_id: session.parentSessionId,
    retry_question_id: config.retryQuestionId,
    created_at: session.createdAt.toISOString(),
    started_at: session.startedAt?.toISOString() ?? null,
    finished_at: session.finishedAt?.toISOString() ?? null,
  };
}

export function toSessionMessage(message: MessageEntity): SessionMessage {
  return {
    id: message.id,
    seq: message.seq,
    role: message.role,
    kind: message.kind,
    content: message.content,
    question_id: message.questionId,
    created_at: message.createdAt.toISOString(),
  };
}
