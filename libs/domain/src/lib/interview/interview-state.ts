import {
  type Company,
  type DecisionReasonCode,
  type Difficulty,
  type InterviewPhase,
  type QuestionKind,
  type QuestionSelectionReason,
  type SessionTrack,
} from '@interview-prep/contracts';
import type { AnswerFeatures } from '../analysis/answer-features';
import type { BankQuestion } from '../question-bank';
import type { DifficultyTrajectory } from '../selection/adaptive-difficulty';
import type { LearningFocus } from '../selection/question-selector';
import type { InterviewConfig } from './interview-config';

/** Bumped when the state's shape changes, so stored sessions can be migrated. */
export const INTERVIEW_STATE_VERSION = 1;

/** One counted answer: the numbers the grader needs, not the text (that is in the messages). */
export interface AnswerSummary {
  readonly messageId: string;
  readonly features: AnswerFeatures;
}

export interface AskedFollowUp {
  readonly text: string;
  readonly reason: DecisionReasonCode;
  /** What it probes, in a few words, for when the candidate asks what is meant. */
  readonly about: string;
}

export type QuestionStatus = 'open' | 'answered' | 'skipped' | 'ended';

/** A question of the session and everything that happened on it. */
export interface AskedQuestion {
  /** A snapshot: editing the bank mid-session changes nothing for this session. */
  readonly question: BankQuestion;
  readonly kind: QuestionKind;
  /** As asked, with `{company}` filled in. */
  readonly prompt: string;
  /** Why it was picked; null for a question given up front (a retry). */
  readonly selection: QuestionSelectionReason | null;
  readonly followUps: readonly AskedFollowUp[];
  readonly hintsUsed: number;
  /** Turns that did not move the answer on: repeats, clarifications, nudges, hints run out. */
  readonly stalls: number;
  readonly answers: readonly AnswerSummary[];
  readonly status: QuestionStatus;
  /** The offline score, 0-10, once closed; it drives the difficulty. */
  readonly score: number | null;
}

/**
 * Everything about a session the engine needs, as plain JSON (the API keeps it in a jsonb
 * column). The engine never mutates it: each turn returns a new state.
 */
export interface InterviewState {
  readonly version: typeof INTERVIEW_STATE_VERSION;
  readonly phase: InterviewPhase;
  readonly seed: number;
  /** The last turn handled (0: the start); each turn draws from its own random stream. */
  readonly turn: number;
  readonly config: InterviewConfig;
  readonly candidateName: string;
  readonly track: SessionTrack;
  readonly company: Company;
  /** ISO time the session started. */
  readonly startedAt: string;
  /** The difficulty chosen at creation; behavioral questions stay at it. */
  readonly baseDifficulty: Difficulty;
  /** Technical questions adapt from the base difficulty. */
  readonly difficulty: DifficultyTrajectory;
  /** The kind of each planned question, in order. */
  readonly plan: readonly QuestionKind[];
  /** Questions to ask first, in order (a retry). */
  readonly pinnedQuestions: readonly BankQuestion[];
  readonly focus: LearningFocus;
  /** In the order asked; the open one is last. */
  readonly questions: readonly AskedQuestion[];
  /** What the interviewer last asked, for "can you repeat that?". */
  readonly lastPrompt: string;
  readonly wrapUpQuestions: number;
  /** Phrasings used lately, so the interviewer does not repeat itself. */
  readonly recentLines: readonly string[];
}

/** The question under discussion, or null outside the questions. */
export function currentQuestion(state: InterviewState): AskedQuestion | null {
  const last = state.questions[state.questions.length - 1];
  return last?.status === 'open' ? last : null;
}

export function askedQuestionIds(state: InterviewState): string[] {
  return state.questions.map((asked) => asked.question.id);
}
