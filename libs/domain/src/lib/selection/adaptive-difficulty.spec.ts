import fc from 'fast-check';
import { DIFFICULTIES, type Difficulty } from '@interview-prep/contracts';
import {
  difficultyPreference,
  type DifficultyTrajectory,
  recordAnswer,
  startTrajectory,
  verdictOf,
} from './adaptive-difficulty';

function play(start: Difficulty, scores: readonly number[]): DifficultyTrajectory {
  return scores.reduce(
    (trajectory, score, i) => recordAnswer(trajectory, `q${i}`, score),
    startTrajectory(start),
  );
}

describe('adaptive difficulty', () => {
  it('should move up after two strong answers in a row', () => {
    expect(play('easy', [8, 9]).current).toBe('medium');
    expect(play('easy', [8, 5, 9]).current).toBe('easy');
  });

  it('should move down after two weak answers in a row', () => {
    expect(play('hard', [2, 3]).current).toBe('medium');
  });

  it('should need two fresh answers after a change', () => {
    expect(play('easy', [8, 8, 8]).current).toBe('medium');
    expect(play('easy', [8, 8, 8, 8]).current).toBe('hard');
  });

  it('should stay within easy..hard', () => {
    expect(play('hard', [9, 9, 9, 9]).current).toBe('hard');
    expect(play('easy', [0, 0, 0, 0]).current).toBe('easy');
  });

  it('should only move one level, and only after two answers of the same verdict', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DIFFICULTIES),
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { maxLength: 15 }),
        (start, scores) => {
          const { steps, current } = play(start, scores);
          expect(DIFFICULTIES).toContain(current);
          steps.forEach((step, i) => {
            const next = steps[i + 1]?.difficulty ?? current;
            const moved = DIFFICULTIES.indexOf(next) - DIFFICULTIES.indexOf(step.difficulty);
            expect(Math.abs(moved)).toBeLessThanOrEqual(1);
            if (moved !== 0) {
              expect(steps[i - 1]?.verdict).toBe(step.verdict);
              expect(step.change).toBe(moved > 0 ? 'up' : 'down');
            }
          });
        },
      ),
    );
  });

  it('should read verdicts from the 0-10 score', () => {
    expect([verdictOf(7), verdictOf(5.5), verdictOf(4)]).toEqual(['strong', 'steady', 'weak']);
  });

  it('should prefer the target difficulty, then the nearer ones', () => {
    expect(difficultyPreference('medium')).toEqual(['medium', 'easy', 'hard']);
    expect(difficultyPreference('hard')).toEqual(['hard', 'medium', 'easy']);
  });
});
