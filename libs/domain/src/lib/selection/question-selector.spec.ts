import fc from 'fast-check';
import type { BankQuestion } from '../question-bank';
import { BankQuestionFactory } from '../testing/bank-question.factory';
import { SeededRandom } from '../util/seeded-random';
import type { CandidateQuestion } from './question-catalog';
import { dimensionsExercised, type SelectionContext, selectQuestion } from './question-selector';

const context: SelectionContext = {
  targetDifficulty: 'medium',
  companies: ['google', 'general'],
  askedIds: [],
  previousTags: [],
  usedTags: [],
  focus: { weakTags: [], weakDimensions: [], jobTags: [] },
};

function candidate(question: BankQuestion, lastSeenAt: string | null = null): CandidateQuestion {
  return { ...question, lastSeenAt };
}

const q = (id: string, ...tags: string[]) =>
  BankQuestionFactory.technical(id)
    .at('swe_intern', 'google', 'medium')
    .withTags(...tags);
const pick = (
  candidates: readonly CandidateQuestion[],
  overrides: Partial<SelectionContext> = {},
  seed = 1,
) => selectQuestion(candidates, { ...context, ...overrides }, new SeededRandom(seed));

describe('selectQuestion', () => {
  it('should never pick a question seen before while an unseen one remains', () => {
    const chosen = pick([
      candidate(q('seen', 'arrays').build(), '2025-01-01T00:00:00Z'),
      candidate(q('fresh', 'arrays').at('swe_intern', 'general', 'hard').build()),
    ]);
    expect(chosen?.question.id).toBe('fresh');
    expect(chosen?.reason.seen).toBe('unseen');
  });

  it('should pick the least recently seen once all were seen', () => {
    const chosen = pick([
      candidate(q('recent').build(), '2025-03-01T00:00:00Z'),
      candidate(q('old').build(), '2024-12-01T00:00:00Z'),
    ]);
    expect(chosen?.question.id).toBe('old');
    expect(chosen?.reason).toMatchObject({ seen: 'least_recently_seen' });
  });

  it('should prefer the target difficulty, then the company over general', () => {
    const candidates = [
      candidate(q('general-medium').at('swe_intern', 'general', 'medium').build()),
      candidate(q('google-hard').at('swe_intern', 'google', 'hard').build()),
      candidate(q('google-medium').build()),
    ];
    expect(pick(candidates)?.question.id).toBe('google-medium');
    expect(pick(candidates.slice(0, 2))?.question.id).toBe('general-medium');
  });

  it('should never pick a question already asked', () => {
    expect(pick([candidate(q('a').build())], { askedIds: ['a'] })).toBeNull();
  });

  it('should prefer the least tag overlap with the previous question, then new tags', () => {
    const candidates = [
      candidate(q('same', 'arrays', 'hash-tables').build()),
      candidate(q('other', 'graphs').build()),
      candidate(q('wide', 'trees', 'recursion').build()),
    ];
    const chosen = pick(candidates, { previousTags: ['arrays'], usedTags: ['arrays', 'graphs'] });
    expect(chosen?.question.id).toBe('wide');
    expect(chosen?.reason.detail).toContain('no tags shared with the previous question');
    expect(chosen?.reason.detail).toContain('brings 2 new tags (trees and recursion)');
  });

  it('should lean toward weak tags and the job description', () => {
    const candidates = [
      candidate(q('a', 'graphs').build()),
      candidate(q('b', 'databases').build()),
    ];
    expect(
      pick(candidates, { focus: { weakTags: ['databases'], weakDimensions: [], jobTags: [] } })
        ?.question.id,
    ).toBe('b');
    const chosen = pick(candidates, {
      focus: { weakTags: [], weakDimensions: [], jobTags: ['graphs'] },
    });
    expect(chosen?.question.id).toBe('a');
    expect(chosen?.reason.detail).toContain('matches the job description (graphs)');
  });

  it('should not depend on the order the catalog returns rows in', () => {
    const candidates = ['a', 'b', 'c', 'd'].map((id) => candidate(q(id, 'arrays').build()));
    fc.assert(
      fc.property(
        fc.integer(),
        fc.shuffledSubarray(candidates, { minLength: candidates.length }),
        (seed, shuffled) => {
          expect(pick(shuffled, {}, seed)?.question.id).toBe(
            pick(candidates, {}, seed)?.question.id,
          );
        },
      ),
    );
  });

  it('should pick something not yet asked whenever something is left', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(fc.subarray(ids), fc.integer(), (askedIds, seed) => {
        const chosen = pick(
          ids.map((id) => candidate(q(id).build())),
          { askedIds },
          seed,
        );
        expect(chosen === null).toBe(askedIds.length === ids.length);
        expect(askedIds).not.toContain(chosen?.question.id);
      }),
    );
  });
});

describe('dimensionsExercised', () => {
  it('should see complexity and edge cases in a coding question', () => {
    const question = BankQuestionFactory.technical('t').build();
    expect(dimensionsExercised(question)).toEqual(['problem_solving', 'complexity', 'edge_cases']);
  });

  it('should see communication in a story', () => {
    expect(dimensionsExercised(BankQuestionFactory.behavioral('b').build())).toEqual([
      'communication',
    ]);
  });
});
