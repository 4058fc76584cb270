import fc from 'fast-check';
import { RUBRIC_DIMENSIONS } from '@interview-prep/contracts';
import { analyzeAnswer } from '../analysis/answer-analysis';
import { type AnswerFeatures, featuresOf } from '../analysis/answer-features';
import { profileQuestion } from '../analysis/question-profile';
import { BankQuestionFactory } from '../testing/bank-question.factory';
import { gradeAnswer, meanScore, overallOf } from './offline-grader';

const profile = profileQuestion(BankQuestionFactory.technical('t').build());
const strongAnswer =
  'First, I walk the array once with a hash map from value to index. For each value I look up target minus the current value, because the map answers that in constant time; if it is there I return both indices, otherwise I insert the value. That is O(n) time and O(n) space. For an empty array I return an empty result, and duplicates work because I check before inserting. I would test [3, 3] with target 6.';
const features = (content: string): AnswerFeatures =>
  featuresOf(analyzeAnswer(profile, { id: 'm', content }, { isFollowUp: false }));

describe('gradeAnswer', () => {
  it('should score a complete answer that covers the key points 7 or more on every dimension', () => {
    const rubric = gradeAnswer({ profile, features: features(strongAnswer), hintsUsed: 0 });
    for (const dimension of RUBRIC_DIMENSIONS) {
      expect(rubric[dimension]).toBeGreaterThanOrEqual(7);
    }
  });

  it('should score nothing scorable as zero', () => {
    expect(Object.values(gradeAnswer({ profile, features: null, hintsUsed: 0 }))).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });

  it('should take a point of problem solving per hint, up to three', () => {
    const base = gradeAnswer({ profile, features: features(strongAnswer), hintsUsed: 0 });
    const twoHints = gradeAnswer({ profile, features: features(strongAnswer), hintsUsed: 2 });
    const manyHints = gradeAnswer({ profile, features: features(strongAnswer), hintsUsed: 9 });
    expect(twoHints.problem_solving).toBeCloseTo(base.problem_solving - 2, 5);
    expect(manyHints.problem_solving).toBeCloseTo(base.problem_solving - 3, 5);
    expect(twoHints.complexity).toBe(base.complexity);
  });

  it('should cap a short answer', () => {
    const rubric = gradeAnswer({
      profile,
      features: features('Hash map, O(n) time and space.'),
      hintsUsed: 0,
    });
    expect(Math.max(...Object.values(rubric))).toBeLessThanOrEqual(2);
  });

  it('should stay within 0-10 with one decimal for any signals', () => {
    const count = fc.nat({ max: 40 });
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({
          words: fc.nat({ max: 2000 }),
          sentences: count,
          relevance: share,
          keyPointRatios: fc.array(share, { maxLength: 6 }),
          topicRatios: fc.array(share, { maxLength: 4 }),
          complexityClasses: fc.subarray(['o(n)', 'o(1)', 'o(n^2)']),
          complexityMeasures: fc.subarray(['time', 'space', 'unspecified'] as const),
          edgeCaseKinds: fc.subarray(['empty', 'null', 'overflow', 'failure'] as const),
          tradeOffs: count,
          testing: count,
          reasoning: count,
          structure: count,
          scale: count,
          code: fc.boolean(),
          behavior: fc.subarray([
            'situation',
            'task',
            'action',
            'result',
            'measurable',
            'reflection',
          ] as const),
          singular: count,
          plural: count,
          fillers: count,
          hedges: count,
        }),
        fc.nat({ max: 5 }),
        fc.boolean(),
        (signals, hintsUsed, behavioral) => {
          const question = behavioral
            ? BankQuestionFactory.behavioral('b').build()
            : BankQuestionFactory.technical('t').build();
          const rubric = gradeAnswer({
            profile: profileQuestion(question),
            features: signals,
            hintsUsed,
          });
          for (const dimension of RUBRIC_DIMENSIONS) {
            expect(rubric[dimension]).toBeGreaterThanOrEqual(0);
            expect(rubric[dimension]).toBeLessThanOrEqual(10);
            expect(Math.round(rubric[dimension] * 10)).toBeCloseTo(rubric[dimension] * 10, 6);
          }
          expect(overallOf(rubric)).toBe(Math.round(meanScore(rubric) * 10));
        },
      ),
    );
  });
});
