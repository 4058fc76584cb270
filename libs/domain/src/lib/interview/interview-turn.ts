import type { InterviewDecision } from '@interview-prep/contracts';
import type { QuestionCatalog } from '../selection/question-catalog';
import type { SeededRandom } from '../util/seeded-random';
import type { InterviewState } from './interview-state';
import type { Voice } from './interviewer-voice';

/** What one turn has to work with: its random stream, its voice, the catalog and the time. */
export interface TurnTools {
  /** This turn's number: 0 for the start, then one per message. */
  readonly turn: number;
  readonly random: SeededRandom;
  readonly voice: Voice;
  readonly catalog: QuestionCatalog;
  /** ISO time of the turn. */
  readonly now: string;
}

/** What a turn produced, before the engine stamps the turn counter and progress. */
export interface Turn {
  readonly state: InterviewState;
  readonly text: string;
  readonly decision: InterviewDecision;
}

/** Joins reply parts with single spaces, skipping empty ones. */
export function sentences(...parts: readonly string[]): string {
  return parts.filter((part) => part.trim() !== '').join(' ');
}

export function elapsedSeconds(state: InterviewState, now: string): number {
  const elapsed = (Date.parse(now) - Date.parse(state.startedAt)) / 1000;
  return Number.isFinite(elapsed) ? Math.max(0, Math.floor(elapsed)) : 0;
}

export function isOutOfTime(state: InterviewState, now: string): boolean {
  return elapsedSeconds(state, now) >= state.config.durationMinutes * 60;
}
