import type { Company, Difficulty, QuestionType, Track } from '@interview-prep/contracts';

/**
 * One question of the bank as the domain uses it: the JSON file's fields with the optional ones
 * resolved (id derived, defaults filled), in camelCase.
 */
export interface BankQuestion {
  /** Stable id: from the file, or derived from track/company/difficulty/title. */
  readonly id: string;
  readonly track: Track;
  readonly company: Company;
  readonly difficulty: Difficulty;
  readonly title: string;
  /** May hold `{company}`; fill it with `renderPrompt` before showing it. */
  readonly prompt: string;
  readonly questionType: QuestionType;
  /** Lowercase; `behavioral` marks a behavioral question. */
  readonly tags: readonly string[];
  readonly followups: readonly string[];
  readonly keyPoints: readonly string[];
  readonly expectedTopics: readonly string[];
  readonly evaluationFocus: readonly string[];
  readonly hints: readonly string[];
  readonly referenceAnswer: string | null;
  readonly estimatedMinutes: number | null;
}
