import type { Company, Difficulty, SessionTrack } from './interview.constants';
import type {
  InterviewDecision,
  InterviewPhase,
  InterviewProgress,
  MessageRole,
} from './interview.contracts';

export const SESSION_STATUSES = ['created', 'in_progress', 'completed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Longest candidate message accepted, in characters. */
export const MESSAGE_MAX_CHARS = 8_000;

export interface CreateSessionRequest {
  readonly track: SessionTrack;
  readonly company: Company;
  readonly difficulty: Difficulty;
  readonly max_questions?: number;
  readonly behavioral_questions?: number;
  readonly duration_minutes?: number;
  /** A pasted job description: its topics lean the choice of questions. */
  readonly job_description?: string;
}

export interface SessionSettings {
  readonly max_questions: number;
  readonly behavioral_questions: number;
  readonly max_follow_ups: number;
  readonly duration_minutes: number;
  readonly warmup: boolean;
}

export interface SessionSummary {
  readonly id: string;
  readonly track: SessionTrack;
  readonly company: Company;
  readonly difficulty: Difficulty;
  readonly status: SessionStatus;
  readonly phase: InterviewPhase | null;
  readonly settings: SessionSettings;
  /** 0-100 once finalized. */
  readonly overall_score: number | null;
  /** `llm` or `offline` once finalized. */
  readonly score_source: 'llm' | 'offline' | null;
  /** A retry session points at the session it came from and the question it re-asks. */
  readonly parent_session_id: string | null;
  readonly retry_question_id: string | null;
  readonly created_at: string;
  readonly started_at: string | null;
  readonly finished_at: string | null;
}

export interface SessionMessage {
  readonly id: string;
  readonly seq: number;
  readonly role: MessageRole;
  /** greeting, question, follow_up, hint, answer... */
  readonly kind: string;
  readonly content: string;
  readonly question_id: string | null;
  readonly created_at: string;
}

export interface SessionDetail extends SessionSummary {
  readonly job_description: string | null;
  readonly progress: InterviewProgress | null;
  readonly messages: readonly SessionMessage[];
}

export interface SendMessageRequest {
  readonly content: string;
  /** Chosen by the client per message: a retried post with the same id returns the first result. */
  readonly client_message_id: string;
}

export interface TurnResponse {
  readonly candidate_message: SessionMessage | null;
  readonly interviewer_message: SessionMessage;
  readonly phase: InterviewPhase;
  readonly progress: InterviewProgress;
  readonly decision: InterviewDecision;
}

/** Server-sent events of POST /sessions/:id/message/stream. */
export type TurnStreamEvent =
  | { readonly type: 'token'; readonly text: string }
  /** The LLM's stream broke: what was shown is replaced by this text, which is what is stored. */
  | { readonly type: 'replace'; readonly text: string }
  | ({ readonly type: 'done' } & TurnResponse)
  | { readonly type: 'error'; readonly statusCode: number; readonly message: string };
