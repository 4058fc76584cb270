import type { Difficulty, RubricDimension } from './interview.constants';

/*
 * The interview on the wire: what a turn and the results look like to the API's clients.
 * Field names are snake_case, like the original's results (`overall_score`, `next_steps`).
 */

// ---------------------------------------------------------------------------------------------
// Session settings

/** Bounds and defaults of the per-session settings; the API's DTOs and the web form use them. */
export const INTERVIEW_LIMITS = {
  max_questions: { min: 1, max: 15, default: 7 },
  /** Behavioral questions are never first, so at most `max_questions - 1` are asked. */
  behavioral_questions: { min: 0, max: 3, default: 2 },
  max_follow_ups: { min: 0, max: 3, default: 2 },
  duration_minutes: { min: 10, max: 120, default: 45 },
} as const;

/** Longest job description accepted at session creation, in characters. */
export const JOB_DESCRIPTION_MAX_CHARS = 20_000;

// ---------------------------------------------------------------------------------------------
// Turns

export const INTERVIEW_PHASES = ['warmup', 'questions', 'wrap_up', 'finished'] as const;
export type InterviewPhase = (typeof INTERVIEW_PHASES)[number];

export const MESSAGE_ROLES = ['interviewer', 'candidate'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

export const QUESTION_KINDS = ['technical', 'behavioral'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What the interviewer did on a turn. */
export const DECISION_KINDS = [
  'greet',
  'ask_question',
  'follow_up',
  'give_hint',
  'repeat',
  'clarify',
  'nudge',
  'wrap_up',
  'answer_candidate_question',
  'close',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Why the interviewer did it: the signal behind a decision. */
export const DECISION_REASON_CODES = [
  'session_started',
  'warmup_answered',
  'pinned_question',
  // moving on after an answer
  'strong_answer',
  'gaps_probed',
  'follow_up_limit',
  'question_limit',
  'time_limit',
  'bank_exhausted',
  'stall_limit',
  // follow-ups: what the answer lacked
  'complexity_missing',
  'edge_cases_missing',
  'key_point_missed',
  'situation_missing',
  'action_missing',
  'personal_role_unclear',
  'result_missing',
  'outcome_not_measurable',
  'reflection_missing',
  'hedging',
  'depth_probe',
  // plain-language requests
  'intent_repeat',
  'intent_clarify',
  'intent_assumption',
  'intent_hint',
  'hints_exhausted',
  'intent_skip',
  'intent_dont_know',
  'intent_end',
  // answers that never reach the score
  'junk_empty',
  'junk_too_short',
  'junk_not_words',
  'junk_repetitive',
  'junk_off_topic',
  // wrap-up
  'candidate_question',
  'no_candidate_questions',
  'wrap_up_limit',
  'finished_by_request',
] as const;
export type DecisionReasonCode = (typeof DECISION_REASON_CODES)[number];

/** A span of a candidate's message: `content.slice(start, end) === text`. */
export interface MessageSpan {
  readonly message_id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface DecisionReason {
  readonly code: DecisionReasonCode;
  /** One sentence a person can read, e.g. "The answer gives no time or space complexity." */
  readonly detail: string;
  /** The text that triggered the decision, when there is one. */
  readonly span: MessageSpan | null;
}

/** Why a question was picked for this slot. */
export interface QuestionSelectionReason {
  readonly seen: 'unseen' | 'least_recently_seen';
  readonly detail: string;
}

export interface InterviewDecision {
  readonly kind: DecisionKind;
  readonly reason: DecisionReason;
  /** The question asked, followed up or hinted; null outside the questions. */
  readonly question_id: string | null;
  /** Set when a new question was picked on this turn. */
  readonly selection: QuestionSelectionReason | null;
}

export interface InterviewProgress {
  readonly phase: InterviewPhase;
  /** 1-based number of the question under discussion; 0 before the first one. */
  readonly question_number: number;
  /** Planned questions; lowered to those asked once the interview wraps up early. */
  readonly total_questions: number;
  /** Whether the question under discussion is technical or behavioral; null outside a question. */
  readonly question_kind: QuestionKind | null;
  readonly follow_ups_on_question: number;
  readonly max_follow_ups: number;
  readonly hints_used_on_question: number;
  readonly difficulty: Difficulty;
  readonly elapsed_seconds: number;
  readonly duration_minutes: number;
}

// ---------------------------------------------------------------------------------------------
// Results

export type RubricScores = Readonly<Record<RubricDimension, number>>;

/** Where a score came from. `fallback_fields` lists the LLM's fields replaced by offline ones. */
export type ScoreSource =
  | { readonly kind: 'offline' }
  | {
      readonly kind: 'llm';
      readonly model: string;
      readonly fallback_fields: readonly string[];
    };

export const FEEDBACK_SECTIONS = ['strengths', 'weaknesses', 'next_steps'] as const;
export type FeedbackSection = (typeof FEEDBACK_SECTIONS)[number];

/** What an evidence quote supports: a rubric score, or one line of strengths/weaknesses/next_steps. */
export type EvidenceTarget =
  | { readonly section: 'rubric'; readonly dimension: RubricDimension }
  | { readonly section: FeedbackSection; readonly index: number };

/** An exact substring of one of the candidate's messages. */
export interface EvidenceQuote {
  readonly target: EvidenceTarget;
  readonly message_id: string;
  readonly quote: string;
  /** Offset of `quote` in the message's content. */
  readonly start: number;
}

export const QUESTION_OUTCOMES = ['answered', 'skipped', 'not_answered'] as const;
/** `not_answered`: the interview ended before any reply; such a question is left out of the score. */
export type QuestionOutcome = (typeof QUESTION_OUTCOMES)[number];

export interface QuestionNote {
  readonly question_id: string;
  readonly title: string;
  readonly kind: QuestionKind;
  readonly difficulty: Difficulty;
  readonly outcome: QuestionOutcome;
  /** 0-100, like `overall_score`; null when not answered. */
  readonly score: number | null;
  readonly rubric: RubricScores | null;
  readonly covered_key_points: readonly string[];
  readonly missed_key_points: readonly string[];
  readonly hints_used: number;
  readonly answer_message_ids: readonly string[];
  /** One or two sentences on this answer. */
  readonly comment: string;
  /** Revealed only in results. */
  readonly reference_answer: string | null;
}

export interface FillerCount {
  readonly word: string;
  readonly count: number;
}

export interface AnswerStatistics {
  readonly answers: number;
  readonly words: number;
  readonly average_words: number;
  readonly filler_words: number;
  /** Filler words per 100 words. */
  readonly filler_rate: number;
  readonly top_fillers: readonly FillerCount[];
  readonly hedges: number;
  /** Share of situation/task/action/result shown across behavioral answers, 0-1; null without any. */
  readonly star_coverage: number | null;
  readonly measurable_outcomes: number;
  readonly hints_used: number;
  readonly questions_skipped: number;
  /** Mean time from the interviewer's message to the answer; null without timestamps. */
  readonly average_seconds_per_answer: number | null;
}

/** The original's results `{ overall_score, rubric, strengths, weaknesses, next_steps }`, extended. */
export interface InterviewResults {
  /** round(mean of the five rubric scores x 10), 0-100. */
  readonly overall_score: number;
  readonly rubric: RubricScores;
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  readonly next_steps: readonly string[];
  readonly evidence: readonly EvidenceQuote[];
  readonly questions: readonly QuestionNote[];
  readonly statistics: AnswerStatistics;
  readonly source: ScoreSource;
}
