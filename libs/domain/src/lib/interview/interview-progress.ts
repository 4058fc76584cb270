import type { InterviewProgress } from '@interview-prep/contracts';
import { currentQuestion, type InterviewState } from './interview-state';
import { elapsedSeconds } from './interview-turn';

/** "Question 3 of 7", follow-ups and hints on it, difficulty and time, for the UI. */
export function progressOf(state: InterviewState, now: string): InterviewProgress {
  const open = currentQuestion(state);
  const asked = state.questions.length;
  return {
    phase: state.phase,
    question_number: asked,
    total_questions:
      state.phase === 'warmup' || state.phase === 'questions' ? state.config.maxQuestions : asked,
    question_kind: open?.kind ?? null,
    follow_ups_on_question: open?.followUps.length ?? 0,
    max_follow_ups: state.config.maxFollowUps,
    hints_used_on_question: open?.hintsUsed ?? 0,
    difficulty: state.difficulty.current,
    elapsed_seconds: elapsedSeconds(state, now),
    duration_minutes: state.config.durationMinutes,
  };
}
