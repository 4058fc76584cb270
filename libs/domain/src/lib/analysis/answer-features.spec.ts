import { BankQuestionFactory } from '../testing/bank-question.factory';
import { analyzeAnswer } from './answer-analysis';
import { featuresOf, mergeFeatures } from './answer-features';
import { profileQuestion } from './question-profile';

const profile = profileQuestion(BankQuestionFactory.technical('t').build());
const featuresFor = (content: string) =>
  featuresOf(analyzeAnswer(profile, { id: 'm', content }, { isFollowUp: false }));

describe('mergeFeatures', () => {
  it('should be null without answers', () => {
    expect(mergeFeatures([])).toBeNull();
  });

  it('should keep the best coverage of each key point and add up counts', () => {
    const first = featuresFor('I would use a hash map from value to index, because it is fast.');
    const second = featuresFor('It runs in O(n) time and O(n) space; an empty array returns -1.');
    const merged = mergeFeatures([first, second]);
    expect(merged?.words).toBe(first.words + second.words);
    expect(merged?.keyPointRatios).toEqual(
      first.keyPointRatios.map((ratio, i) => Math.max(ratio, second.keyPointRatios[i] ?? 0)),
    );
    expect(merged?.complexityClasses).toEqual(['o(n)']);
    expect(merged?.edgeCaseKinds).toEqual(['empty']);
    expect(merged?.reasoning).toBe(first.reasoning + second.reasoning);
  });

  it('should survive a round trip through JSON', () => {
    const features = featuresFor('A hash map gives O(n) time.');
    expect(JSON.parse(JSON.stringify(features))).toEqual(features);
  });
});
