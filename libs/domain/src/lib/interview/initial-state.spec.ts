import fc from 'fast-check';
import { SeededRandom } from '../util/seeded-random';
import { initialState, planQuestionKinds } from './initial-state';
import { resolveInterviewConfig } from './interview-config';

describe('planQuestionKinds', () => {
  it('should place the behavioral questions, never first, spread out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer(),
        (maxQuestions, behavioralQuestions, seed) => {
          const config = resolveInterviewConfig({ maxQuestions, behavioralQuestions });
          const kinds = planQuestionKinds(config, new SeededRandom(seed));
          expect(kinds).toHaveLength(maxQuestions);
          expect(kinds[0]).toBe('technical');
          expect(kinds.filter((kind) => kind === 'behavioral')).toHaveLength(
            config.behavioralQuestions,
          );
        },
      ),
    );
  });
});

describe('initialState', () => {
  it('should start in the warmup with the defaults and the job description tags', () => {
    const state = initialState({
      candidateName: '  Ada Lovelace ',
      track: 'swe_engineer',
      company: 'meta',
      difficulty: 'hard',
      seed: 99,
      startedAt: '2025-01-06T10:00:00Z',
      jobDescription: 'Distributed systems with Kafka',
    });
    expect(state).toMatchObject({
      version: 1,
      phase: 'warmup',
      turn: 0,
      candidateName: 'Ada Lovelace',
      config: {
        maxQuestions: 7,
        behavioralQuestions: 2,
        maxFollowUps: 2,
        durationMinutes: 45,
        warmup: true,
      },
      difficulty: { current: 'hard', steps: [] },
      focus: { weakTags: [], weakDimensions: [], jobTags: ['distributed-systems', 'messaging'] },
    });
  });
});
