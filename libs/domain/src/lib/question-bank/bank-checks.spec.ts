import type { BankQuestion } from './bank-question';
import {
  countCells,
  findDuplicateIds,
  findNearDuplicates,
  findThinCells,
  jaccard,
  promptShingles,
} from './bank-checks';

const question = (id: string, prompt: string, over: Partial<BankQuestion> = {}): BankQuestion => ({
  id,
  track: 'swe_intern',
  company: 'general',
  difficulty: 'easy',
  title: id,
  prompt,
  questionType: 'coding',
  tags: ['arrays'],
  followups: [],
  keyPoints: [],
  expectedTopics: [],
  evaluationFocus: [],
  hints: [],
  referenceAnswer: null,
  estimatedMinutes: null,
  ...over,
});

const located = (q: BankQuestion, index = 0) => ({
  file: `${q.id}.json`,
  index,
  question: q,
});

describe('bank checks', () => {
  it('should flag the same problem told in other words as a near-duplicate', () => {
    const a = question(
      'a',
      'Given a binary tree, return its maximum depth, the number of nodes on the longest root-to-leaf path.',
    );
    const b = question(
      'b',
      'Return the maximum depth of a binary tree: the number of nodes on the longest path from the root to a leaf.',
    );
    const c = question(
      'c',
      'Design a rate limiter for an API gateway that allows 100 requests per minute per user.',
    );
    const findings = findNearDuplicates([located(a), located(b), located(c)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'b.json', field: 'prompt' });
  });

  it('should measure similarity between 0 and 1', () => {
    const shingles = promptShingles('Reverse a linked list');
    expect(jaccard(shingles, shingles)).toBe(1);
    expect(jaccard(shingles, promptShingles('Design a cache'))).toBe(0);
  });

  it('should report an id used twice', () => {
    const findings = findDuplicateIds([
      located(question('x', 'one')),
      located(question('x', 'two'), 3),
    ]);
    expect(findings).toEqual([expect.objectContaining({ index: 3, field: 'id' })]);
  });

  it('should count every cell, including empty ones, and report thin cells', () => {
    const cells = countCells([question('a', 'p')]);
    expect(cells).toHaveLength(54);
    expect(
      cells.find(
        (c) => c.track === 'swe_intern' && c.company === 'general' && c.difficulty === 'easy',
      )?.count,
    ).toBe(1);
    expect(findThinCells([question('a', 'p')])).toHaveLength(54);
  });
});
