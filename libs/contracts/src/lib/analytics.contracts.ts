import type { Company, Difficulty, RubricDimension, SessionTrack } from './interview.constants';
import type { InterviewResults, RubricScores } from './interview.contracts';
import type { QuestionSummary } from './questions.contracts';

/** One earlier or later try at the same question. */
export interface QuestionAttempt {
  readonly session_id: string;
  readonly finished_at: string | null;
  /** 0-100. */
  readonly score: number | null;
  readonly rubric: RubricScores | null;
}

/** A question this session shares with other sessions of the user (a retry, or asked again). */
export interface QuestionAttempts {
  readonly question_id: string;
  readonly title: string;
  /** Oldest first; this session's attempt included. */
  readonly attempts: readonly QuestionAttempt[];
  /** This attempt minus the one before it, per dimension; null without an earlier one. */
  readonly change: RubricScores | null;
}

/** GET /analytics/sessions/:id/results: the original's shape and everything added to it. */
export interface SessionResults extends InterviewResults {
  readonly session_id: string;
  readonly track: SessionTrack;
  readonly company: Company;
  readonly difficulty: Difficulty;
  readonly finished_at: string | null;
  readonly attempts: readonly QuestionAttempts[];
}

export interface ProgressPoint {
  readonly session_id: string;
  readonly finished_at: string;
  readonly overall_score: number;
  readonly rubric: RubricScores;
  /** Offline-graded scores are marked so the chart can tell them apart. */
  readonly source: 'llm' | 'offline';
}

export interface TagProgress {
  readonly tag: string;
  /** Mean question score, 0-100. */
  readonly average_score: number;
  readonly questions: number;
  readonly last_practised: string;
}

export interface WeakTag extends TagProgress {
  /** Questions on this tag the user has not seen yet, to practise it. */
  readonly suggested_questions: readonly QuestionSummary[];
}

export interface DimensionProgress {
  readonly dimension: RubricDimension;
  /** Mean over the finished sessions, 0-10. */
  readonly average: number;
}

/** GET /analytics/progress. */
export interface ProgressReport {
  readonly sessions_completed: number;
  /** Oldest first. */
  readonly timeline: readonly ProgressPoint[];
  readonly dimensions: readonly DimensionProgress[];
  readonly tags: readonly TagProgress[];
  /** Weakest first. */
  readonly weakest_tags: readonly WeakTag[];
  readonly weakest_dimensions: readonly DimensionProgress[];
}
