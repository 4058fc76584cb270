import { BankQuestionFactory } from '../testing/bank-question.factory';
import { profileQuestion, questionKind } from './question-profile';

describe('profileQuestion', () => {
  it('should tell behavioral questions by tag or type', () => {
    expect(questionKind(BankQuestionFactory.behavioral('b').build())).toBe('behavioral');
    expect(questionKind(BankQuestionFactory.technical('t').withTags('behavioral').build())).toBe(
      'behavioral',
    );
    expect(questionKind(BankQuestionFactory.technical('t').build())).toBe('technical');
  });

  it('should read the expected complexity from the key points', () => {
    const profile = profileQuestion(BankQuestionFactory.technical('t').build());
    expect(profile.expectsComplexity).toBe(true);
    expect(profile.expectedComplexity).toEqual(['o(n)']);
  });

  it('should expect scale rather than big-O from a design question', () => {
    const profile = profileQuestion(
      BankQuestionFactory.technical('t')
        .ofType('system_design')
        .with({ keyPoints: ['Shard by user id'], referenceAnswer: null })
        .build(),
    );
    expect(profile.expectsScale).toBe(true);
    expect(profile.expectsComplexity).toBe(false);
  });

  it('should map behavioral key points to the behavior that shows them', () => {
    const profile = profileQuestion(
      BankQuestionFactory.behavioral('b')
        .with({
          keyPoints: [
            'Shares a measurable result',
            'Reflects on the lesson learned',
            'Listens to the other side',
            'Knows the codebase',
          ],
        })
        .build(),
    );
    expect(profile.keyPointCues).toEqual(['measurable', 'reflection', 'listening', null]);
  });

  it('should profile a question once, whatever object carries it', () => {
    const question = BankQuestionFactory.technical('cached').build();
    const first = profileQuestion(question);
    expect(profileQuestion(structuredClone(question))).toBe(first);
  });

  it('should profile an edited question anew', () => {
    const question = BankQuestionFactory.technical('edited').build();
    const before = profileQuestion(question);
    const edited = { ...question, prompt: `${question.prompt} Also handle a stream of values.` };
    const after = profileQuestion(edited);
    expect(after).not.toBe(before);
    expect(after.promptKeys.has('stream')).toBe(true);
    expect(before.promptKeys.has('stream')).toBe(false);
  });
});
