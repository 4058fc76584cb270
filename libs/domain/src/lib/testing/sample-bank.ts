import { type Company, DIFFICULTIES, type Track } from '@interview-prep/contracts';
import type { BankQuestion } from '../question-bank';
import { BankQuestionFactory } from './bank-question.factory';

const TECHNICAL_TAG_SETS: readonly (readonly string[])[] = [
  ['arrays', 'hash-tables'],
  ['strings', 'two-pointers'],
  ['trees', 'recursion'],
  ['graphs', 'queues'],
  ['dynamic-programming'],
  ['stacks', 'strings'],
  ['heaps', 'sorting'],
  ['linked-lists'],
];
const BEHAVIORAL_TAG_SETS: readonly (readonly string[])[] = [
  ['conflict'],
  ['failure', 'learning'],
  ['ownership'],
  ['customer-focus'],
];

/**
 * A small bank for engine tests: for each company and difficulty, technical questions of the
 * track with varied tags, and behavioral questions.
 */
export function sampleBank(
  track: Track = 'swe_intern',
  companies: readonly Company[] = ['general', 'google'],
): BankQuestion[] {
  return companies.flatMap((company) =>
    DIFFICULTIES.flatMap((difficulty) => [
      ...TECHNICAL_TAG_SETS.map((tags, i) =>
        BankQuestionFactory.technical(`${track}.${company}.${difficulty}.t${i}`)
          .at(track, company, difficulty)
          .withTags(...tags)
          .build(),
      ),
      ...BEHAVIORAL_TAG_SETS.map((tags, i) =>
        BankQuestionFactory.behavioral(`behavioral.${company}.${difficulty}.b${i}`)
          .at('behavioral', company, difficulty)
          .withTags(...tags)
          .build(),
      ),
    ]),
  );
}
