import { INTERVIEW_LIMITS } from '@interview-prep/contracts';

/** Per-session settings of the interview. */
export interface InterviewConfig {
  readonly maxQuestions: number;
  /** Behavioral questions among them; never the first. */
  readonly behavioralQuestions: number;
  readonly maxFollowUps: number;
  readonly durationMinutes: number;
  /** Small talk before the first question; off for a retry of one question. */
  readonly warmup: boolean;
}

export type InterviewConfigInput = Partial<InterviewConfig>;

type Limit = { readonly min: number; readonly max: number; readonly default: number };

function checked(name: string, value: number | undefined, limit: Limit): number {
  const resolved = value ?? limit.default;
  if (!Number.isInteger(resolved) || resolved < limit.min || resolved > limit.max) {
    throw new RangeError(
      `${name} must be an integer from ${limit.min} to ${limit.max}, got ${resolved}`,
    );
  }
  return resolved;
}

/**
 * Fills the defaults (7 questions, 2 behavioral, 2 follow-ups, 45 minutes) and checks the
 * bounds of INTERVIEW_LIMITS, which the API validates first. Behavioral questions are never
 * first, so their count is lowered to leave the first slot technical.
 */
export function resolveInterviewConfig(input: InterviewConfigInput = {}): InterviewConfig {
  const maxQuestions = checked('maxQuestions', input.maxQuestions, INTERVIEW_LIMITS.max_questions);
  const behavioral = checked(
    'behavioralQuestions',
    input.behavioralQuestions,
    INTERVIEW_LIMITS.behavioral_questions,
  );
  return {
    maxQuestions,
    behavioralQuestions: Math.min(behavioral, maxQuestions - 1),
    maxFollowUps: checked('maxFollowUps', input.maxFollowUps, INTERVIEW_LIMITS.max_follow_ups),
    durationMinutes: checked(
      'durationMinutes',
      input.durationMinutes,
      INTERVIEW_LIMITS.duration_minutes,
    ),
    warmup: input.warmup ?? true,
  };
}
