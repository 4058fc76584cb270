import type {
  Company,
  Difficulty,
  QuestionKind,
  RubricDimension,
  SessionTrack,
} from '@interview-prep/contracts';
import type { BankQuestion } from '../question-bank';
import { startTrajectory } from '../selection/adaptive-difficulty';
import { tagsFromJobDescription } from '../selection/job-description-tags';
import { deriveSeed, SeededRandom } from '../util/seeded-random';
import {
  type InterviewConfig,
  type InterviewConfigInput,
  resolveInterviewConfig,
} from './interview-config';
import { INTERVIEW_STATE_VERSION, type InterviewState } from './interview-state';

/** What the API knows when a session starts. */
export interface InterviewSetup {
  readonly candidateName: string;
  readonly track: SessionTrack;
  readonly company: Company;
  readonly difficulty: Difficulty;
  /** Any 32-bit integer; store it with the session to replay it. */
  readonly seed: number;
  /** ISO time the session starts. */
  readonly startedAt: string;
  readonly config?: InterviewConfigInput;
  /** Weak tags and rubric dimensions from the user's past sessions, weakest first. */
  readonly weakTags?: readonly string[];
  readonly weakDimensions?: readonly RubricDimension[];
  /** A pasted job description: its tags lean the choice of questions. */
  readonly jobDescription?: string | null;
  /** Questions to ask first, in order: a retry of one question sets one and `warmup: false`. */
  readonly pinnedQuestions?: readonly BankQuestion[];
}

export function initialState(setup: InterviewSetup): InterviewState {
  const config = resolveInterviewConfig(setup.config);
  return {
    version: INTERVIEW_STATE_VERSION,
    phase: config.warmup ? 'warmup' : 'questions',
    seed: setup.seed,
    turn: 0,
    config,
    candidateName: setup.candidateName.trim(),
    track: setup.track,
    company: setup.company,
    startedAt: setup.startedAt,
    baseDifficulty: setup.difficulty,
    difficulty: startTrajectory(setup.difficulty),
    plan: planQuestionKinds(config, new SeededRandom(deriveSeed(setup.seed, 'plan'))),
    pinnedQuestions: setup.pinnedQuestions ?? [],
    focus: {
      weakTags: setup.weakTags ?? [],
      weakDimensions: setup.weakDimensions ?? [],
      jobTags: tagsFromJobDescription(setup.jobDescription ?? ''),
    },
    questions: [],
    lastPrompt: '',
    wrapUpQuestions: 0,
    recentLines: [],
  };
}

/**
 * Where the behavioral questions go: never first, one in each equal stretch of the remaining
 * slots, so they are spread out (7 questions, 2 behavioral: one in 2-4, one in 5-7).
 */
export function planQuestionKinds(config: InterviewConfig, random: SeededRandom): QuestionKind[] {
  const kinds: QuestionKind[] = Array.from({ length: config.maxQuestions }, () => 'technical');
  const slots = config.maxQuestions - 1;
  const count = config.behavioralQuestions;
  for (let i = 0; i < count; i += 1) {
    const from = 1 + Math.floor((i * slots) / count);
    const to = Math.floor(((i + 1) * slots) / count);
    kinds[from + random.int(to - from + 1)] = 'behavioral';
  }
  return kinds;
}
