import { DIFFICULTIES, type Difficulty } from '@interview-prep/contracts';

export type AnswerVerdict = 'strong' | 'weak' | 'steady';
export type DifficultyChange = 'up' | 'down' | 'none';

/** One graded technical answer and what it did to the difficulty. */
export interface DifficultyStep {
  readonly questionId: string;
  readonly difficulty: Difficulty;
  /** The question's offline score, 0-10. */
  readonly score: number;
  readonly verdict: AnswerVerdict;
  readonly change: DifficultyChange;
}

export interface DifficultyTrajectory {
  readonly current: Difficulty;
  readonly steps: readonly DifficultyStep[];
}

/** A question scored at least this (0-10) is strong; at most WEAK_SCORE, weak. */
const STRONG_SCORE = 7;
const WEAK_SCORE = 4;

export function startTrajectory(difficulty: Difficulty): DifficultyTrajectory {
  return { current: difficulty, steps: [] };
}

export function verdictOf(score: number): AnswerVerdict {
  if (score >= STRONG_SCORE) {
    return 'strong';
  }
  return score <= WEAK_SCORE ? 'weak' : 'steady';
}

/**
 * Two strong answers in a row move one level up, two weak ones one level down, within
 * easy..hard. A change consumes the streak: the next move needs two fresh answers.
 */
export function recordAnswer(
  trajectory: DifficultyTrajectory,
  questionId: string,
  score: number,
): DifficultyTrajectory {
  const verdict = verdictOf(score);
  const sinceChange = trajectory.steps.slice(lastChangeIndex(trajectory.steps) + 1);
  const previous = sinceChange[sinceChange.length - 1];
  const streak = previous !== undefined && previous.verdict === verdict && verdict !== 'steady';
  const next = streak
    ? shift(trajectory.current, verdict === 'strong' ? 1 : -1)
    : trajectory.current;
  const change: DifficultyChange =
    next === trajectory.current ? 'none' : verdict === 'strong' ? 'up' : 'down';
  return {
    current: next,
    steps: [
      ...trajectory.steps,
      { questionId, difficulty: trajectory.current, score, verdict, change },
    ],
  };
}

function lastChangeIndex(steps: readonly DifficultyStep[]): number {
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    if (steps[i]?.change !== 'none') {
      return i;
    }
  }
  return -1;
}

function shift(difficulty: Difficulty, by: 1 | -1): Difficulty {
  const index = Math.min(
    DIFFICULTIES.length - 1,
    Math.max(0, DIFFICULTIES.indexOf(difficulty) + by),
  );
  return DIFFICULTIES[index] as Difficulty;
}

/** The wanted difficulty first, then the others by distance (the easier first on a tie). */
export function difficultyPreference(target: Difficulty): Difficulty[] {
  const at = DIFFICULTIES.indexOf(target);
  return [...DIFFICULTIES].sort(
    (a, b) =>
      Math.abs(DIFFICULTIES.indexOf(a) - at) - Math.abs(DIFFICULTIES.indexOf(b) - at) ||
      DIFFICULTIES.indexOf(a) - DIFFICULTIES.indexOf(b),
  );
}
