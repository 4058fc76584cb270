import type {
  AiHealth,
  Company,
  Difficulty,
  InterviewPhase,
  QuestionKind,
  QuestionOutcome,
  RubricDimension,
  SessionStatus,
  Track,
} from '@interview-prep/contracts';

/** How the app names the contracts' values. Wording only: no rule lives here. */
export const TRACK_LABELS: Readonly<Record<Track, string>> = {
  swe_intern: 'Software engineering intern',
  swe_engineer: 'Software engineer',
  behavioral: 'Behavioral',
};

export const COMPANY_LABELS: Readonly<Record<Company, string>> = {
  general: 'General',
  amazon: 'Amazon',
  apple: 'Apple',
  google: 'Google',
  microsoft: 'Microsoft',
  meta: 'Meta',
};

export const DIFFICULTY_LABELS: Readonly<Record<Difficulty, string>> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};

export const DIMENSION_LABELS: Readonly<Record<RubricDimension, string>> = {
  communication: 'Communication',
  problem_solving: 'Problem solving',
  correctness_reasoning: 'Correctness and reasoning',
  complexity: 'Complexity',
  edge_cases: 'Edge cases',
};

export const STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  created: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
};

export const PHASE_LABELS: Readonly<Record<InterviewPhase, string>> = {
  warmup: 'Warmup',
  questions: 'Questions',
  wrap_up: 'Wrap-up',
  finished: 'Finished',
};

export const OUTCOME_LABELS: Readonly<Record<QuestionOutcome, string>> = {
  answered: 'Answered',
  skipped: 'Skipped',
  not_answered: 'Not answered',
};

export const KIND_LABELS: Readonly<Record<QuestionKind, string>> = {
  technical: 'Technical',
  behavioral: 'Behavioral',
};

export const AI_LABELS: Readonly<Record<AiHealth, string>> = {
  online: 'AI online',
  degraded: 'AI degraded',
  offline: 'AI offline',
};

const TABLES = {
  track: TRACK_LABELS,
  company: COMPANY_LABELS,
  difficulty: DIFFICULTY_LABELS,
  dimension: DIMENSION_LABELS,
  status: STATUS_LABELS,
  phase: PHASE_LABELS,
  outcome: OUTCOME_LABELS,
  kind: KIND_LABELS,
  ai: AI_LABELS,
} as const;

export type LabelKind = keyof typeof TABLES;

export function label(kind: LabelKind, value: string | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  return (TABLES[kind] as Readonly<Record<string, string>>)[value] ?? value.replace(/_/g, ' ');
}

/** "12:05" or "1:02:05". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

const SHORT_DATE = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Nov 26". */
export function shortDate(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : SHORT_DATE.format(date);
}

/** "Nov 26, 2026, 3:04 PM" in the user's locale. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : DATE_TIME.format(date);
}
