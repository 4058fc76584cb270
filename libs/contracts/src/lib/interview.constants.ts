/** Interview tracks. `behavioral` holds the behavioral question bank used by every session. */
export const TRACKS = ['swe_intern', 'swe_engineer', 'behavioral'] as const;
export type Track = (typeof TRACKS)[number];

/** Tracks a candidate can pick when starting a session. */
export const SESSION_TRACKS = ['swe_intern', 'swe_engineer'] as const satisfies readonly Track[];
export type SessionTrack = (typeof SESSION_TRACKS)[number];

export const COMPANIES = ['general', 'amazon', 'apple', 'google', 'microsoft', 'meta'] as const;
export type Company = (typeof COMPANIES)[number];

export const COMPANY_DISPLAY_NAMES: Readonly<Record<Company, string>> = {
  general: 'our company',
  amazon: 'Amazon',
  apple: 'Apple',
  google: 'Google',
  microsoft: 'Microsoft',
  meta: 'Meta',
};

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const QUESTION_TYPES = [
  'coding',
  'conceptual',
  'debugging',
  'object_design',
  'system_design',
  'behavioral',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The tag that marks a behavioral question, as in the original's files. */
export const BEHAVIORAL_TAG = 'behavioral';

export const RUBRIC_DIMENSIONS = [
  'communication',
  'problem_solving',
  'correctness_reasoning',
  'complexity',
  'edge_cases',
] as const;
export type RubricDimension = (typeof RUBRIC_DIMENSIONS)[number];

export const RUBRIC_SCORE_MIN = 0;
export const RUBRIC_SCORE_MAX = 10;
