import type { Company, Difficulty, QuestionType, Track } from './interview.constants';

/** A question as listed: enough to choose one, nothing that gives an answer away. */
export interface QuestionSummary {
  readonly id: string;
  readonly track: Track;
  readonly company: Company;
  readonly difficulty: Difficulty;
  readonly question_type: QuestionType;
  readonly title: string;
  readonly tags: readonly string[];
  readonly estimated_minutes: number | null;
}

/** One question. Key points, hints and the reference answer are revealed only in results. */
export interface QuestionDetail extends QuestionSummary {
  /** With `{company}` filled in. */
  readonly prompt: string;
  readonly followups: readonly string[];
  readonly expected_topics: readonly string[];
}

export interface QuestionListQuery {
  readonly track?: Track;
  readonly company?: Company;
  readonly difficulty?: Difficulty;
  readonly type?: QuestionType;
  readonly tag?: string;
  /** Words to find in the title or prompt. */
  readonly q?: string;
  readonly page?: number;
  readonly page_size?: number;
}

export interface CoverageCell {
  readonly track: Track;
  readonly company: Company;
  readonly difficulty: Difficulty;
  readonly question_type: QuestionType;
  readonly count: number;
}

export interface TagCount {
  readonly tag: string;
  readonly kind: 'technical' | 'behavioral';
  readonly count: number;
}

export interface QuestionCoverage {
  readonly total: number;
  readonly cells: readonly CoverageCell[];
  /** Track x company x difficulty combinations with no question at all. */
  readonly empty_cells: readonly { track: Track; company: Company; difficulty: Difficulty }[];
  readonly by_tag: readonly TagCount[];
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
